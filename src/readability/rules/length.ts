import type {Rule} from './rule.js'
import type {Word} from '../words.js'

/** Words in a sentence above which it warns, and above which it fails (DH 2010; GOV.UK easy read). */
export const sentenceLength = {warn: 15, fail: 20} as const

/** Words a term or label before a dash may have: "**integrity** – being honest", "Our vision – what we want". */
export const labelWords = 6

/** A spaced dash (en dash, em dash or a hyphen with spaces), as easy read sets off an explanation. */
const spacedDash = /\s[–—-]\s|\s?[–—]\s|\s[–—]/g

/**
 * Where an explanation after a dash starts, when the sentence is a short term or label, a dash, then its
 * explanation ("**integrity** – being honest", "Police Scotland's values - the things we believe …"): EASY-READ.md
 * asks for exactly this. The reader takes in the term, then the explanation, as two pieces; each is held to the
 * limit on its own. -1 when the sentence has no such dash (a dash after a longer clause is a sentence's aside).
 */
export function explanationStart(text: string, words: readonly Word[]): number {
  spacedDash.lastIndex = 0
  const dash = spacedDash.exec(text)
  if (!dash) return -1
  const before = words.filter((word) => word.end <= dash.index).length
  return before >= 1 && before <= labelWords ? before : -1
}

export const lengthRule: Rule = {
  id: 'sentence-length',
  summary: `Sentences of ${sentenceLength.warn} words or fewer (an error above ${sentenceLength.fail}); a term and its explanation after a dash are counted apart`,
  standard: 'Department of Health, Making written information easier to understand (2010); GOV.UK easy read guidance ("10 to 15 words")',
  check({sentence, words}) {
    const split = explanationStart(sentence.text, words)
    // The longer piece is the one to judge: the explanation (the label before it has 6 words at most).
    const piece = split === -1 ? words : words.slice(split)
    if (piece.length <= sentenceLength.warn) return []
    const severity = piece.length > sentenceLength.fail ? 'error' : 'warning'
    const where = split === -1 ? 'a sentence' : 'an explanation after a dash'
    // Point from the first word past the limit to the end: that is the part to move into a new sentence.
    return [{
      ruleId: 'sentence-length',
      severity,
      message: `Unexpected ${piece.length} words in ${where}, expected ${sentenceLength.warn} or fewer: split it into shorter sentences`,
      start: piece[sentenceLength.warn]!.start,
      end: sentence.text.length,
      actual: `${piece.length} words`,
      expected: `${sentenceLength.warn} words or fewer`
    }]
  }
}
