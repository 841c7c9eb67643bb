/**
 * Page furniture and contents entries, by their shape: what a printed plan repeats on every page (page numbers,
 * protective markings, running titles) and the lines of a contents page. Shared by the PDF reader and the
 * clean-up of text that came out of a PDF.
 */

/** "12", "Page 4", "Page | 4", "Page 4 of 30", "4 / 30", "- 4 -". */
export const pageNumberPattern = /^(?:page\s*\|?\s*)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s*(?:of|\/)\s*\d{1,4})?$|^(?:page\s*\|?\s*)?\d{1,4}\s*\|\s*page$/i

/** Government protective markings printed at the top and bottom of every page. */
export const markingPattern = /^(?:official(?:[- ]sensitive)?|not protectively marked|unclassified|restricted|protect)$/i

/**
 * A contents entry: its words, then dot leaders or a gap, then a page number ("Equalities……17", "Our aims .... 3",
 * "Our aims   3"). The words are in group 1, the page in group 2.
 */
export const contentsEntryPattern = /^(\S.*?\S)\s*(?:[.…·_]{2,}\s*|\s{2,}|\t+)(\d{1,3})$/

/** Dot leaders: a run of dots, ellipses or middle dots. */
export const leaderPattern = /[.…·_]{4,}/

/** The heading of a contents page. */
export const contentsHeadingPattern = /^(?:table of )?contents$|^in this (?:plan|document)$/i

/** A line that is furniture by its shape alone, wherever it stands. */
export function isFurnitureShape(text: string): boolean {
  const value = text.trim()
  return pageNumberPattern.test(value) || markingPattern.test(value)
}

/** The text with its numbers replaced, so "Page 3 of 9" and "Page 4 of 9" are the same running line. */
export function furnitureKey(text: string): string {
  return text.trim().toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ')
}

/** Describe a list of page numbers briefly: "1–3, 5". */
export function pageList(pages: readonly number[]): string {
  const sorted = [...new Set(pages)].sort((a, b) => a - b)
  const runs: string[] = []
  for (let index = 0; index < sorted.length; index++) {
    const start = sorted[index]!
    while (sorted[index + 1] === sorted[index]! + 1) index++
    runs.push(start === sorted[index] ? String(start) : `${start}–${sorted[index]}`)
  }
  return runs.join(', ')
}
