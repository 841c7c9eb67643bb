import {ParseEnglish} from 'parse-english'

const english = new ParseEnglish()

/**
 * Where each sentence of a text starts and ends (offsets), from retext-english's sentence rules,
 * which keep abbreviations ("e.g.", "Dr."), decimals and codes such as "Y1-3" inside their sentence.
 */
export function sentenceRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  for (const paragraph of english.parse(text).children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      const start = sentence.position?.start.offset
      const end = sentence.position?.end.offset
      if (start !== undefined && end !== undefined) ranges.push([start, end])
    }
  }
  // parse-english starts a new paragraph at a blank line; a single line break stays in the sentence.
  return ranges
}
