import type {SimplifyRule} from './types.js'

/** A replacement in a sentence's source text: offsets into that text. */
export interface Edit {
  start: number
  end: number
  after: string
  rule: SimplifyRule
}

/** Stretches of a text no word rule may change: quotations, and whatever the caller protects (glossary terms). */
export type Ranges = ReadonlyArray<readonly [number, number]>

const quotePattern = /‘.*?’(?![\p{L}])|“.*?”|"[^"]*"/gu

/** Where the text quotes someone: their words stay as they were. */
export function quotations(text: string): Array<[number, number]> {
  return [...text.matchAll(quotePattern)].map((match) => [match.index, match.index + match[0].length])
}

export function overlaps(start: number, end: number, ranges: Ranges): boolean {
  return ranges.some(([from, to]) => start < to && end > from)
}

/** Apply edits that do not overlap (the first found wins); returns the new text and the edits kept. */
export function applyEdits(text: string, edits: readonly Edit[]): {text: string; applied: Edit[]} {
  const applied: Edit[] = []
  for (const edit of [...edits].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (applied.some((kept) => edit.start < kept.end && edit.end > kept.start)) continue
    applied.push(edit)
  }
  let result = ''
  let at = 0
  for (const edit of applied) {
    result += text.slice(at, edit.start) + edit.after
    at = edit.end
  }
  return {text: result + text.slice(at), applied}
}

/** The replacement written in the case of the words it replaces: "Utilise" → "Use", "UTILISE" → "USE". */
export function keepCase(original: string, replacement: string): string {
  if (original.length > 1 && original === original.toUpperCase() && /\p{Lu}/u.test(original)) return replacement.toUpperCase()
  if (/^\p{Lu}/u.test(original)) return replacement.charAt(0).toUpperCase() + replacement.slice(1)
  return replacement
}
