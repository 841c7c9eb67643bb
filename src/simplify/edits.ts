import type {RuleId} from './types.js'

/** A replacement in a sentence's source text: offsets into that text. */
export interface Edit {
  start: number
  end: number
  after: string
  rule: RuleId
  /** How sure the edit is (0 to 1); default: its rule's confidence. */
  confidence?: number
}

/** Stretches of a text no word rule may change: quotations, and whatever the caller protects (glossary terms). */
export type Ranges = ReadonlyArray<readonly [number, number]>

const quotePattern = /‘.*?’(?![\p{L}])|“.*?”|"[^"]*"/gu

/** A quotation that opens in this sentence and closes in a later one ("As she said: ‘Providing everyone …"). */
const opensOnly = /(?:^|[\s:;(])([‘“])(?=\p{Lu})/u
/** A quotation that opened in an earlier sentence and closes at the end of this one ("It is also our duty.’"). */
const closesOnly = /[.!?,]([’”])[)\s]*$/u

/**
 * Where the text quotes someone: their words stay as they were. A quotation the sentence splitter cut across
 * sentences counts too: from its opening mark to the end, or from the start to its closing mark.
 */
export function quotations(text: string): Array<[number, number]> {
  const found = [...text.matchAll(quotePattern)].map((match): [number, number] => [match.index, match.index + match[0].length])
  const inside = (at: number) => found.some(([start, end]) => at >= start && at < end)
  const open = opensOnly.exec(text)
  if (open && !inside(open.index + open[0].length - 1)) found.push([open.index + open[0].length - 1, text.length])
  const close = closesOnly.exec(text)
  const closeAt = close ? close.index + close[0].indexOf(close[1]!) : -1
  if (close && !inside(closeAt) && !/[‘“]/u.test(text.slice(0, closeAt))) found.push([0, closeAt + 1])
  return found
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
