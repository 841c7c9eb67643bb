import type {VFile} from 'vfile'

/**
 * A place as a person finds it: in a PDF "page 4, line 12" (the reader's `line` counts the lines of the whole
 * document, and `file.data.pdfPages` holds the line before each page's first), elsewhere `line:column`.
 */
export function pagePlace(file: VFile, line: number, column: number): {page?: number; line: number; column: number} {
  const starts = file.data.pdfPages
  if (!starts || starts.length === 0) return {line, column}
  const index = Math.max(0, starts.findLastIndex((first) => first < line))
  return {page: index + 1, line: line - starts[index]!, column}
}

/** `plan.md:12:3`, or `plan.pdf page 4, line 12, column 3`. */
export function shownPlace(file: VFile, name: string, line: number, column: number): string {
  const place = pagePlace(file, line, column)
  return place.page === undefined ? `${name}:${line}:${column}` : `${name} page ${place.page}, line ${place.line}, column ${column}`
}
