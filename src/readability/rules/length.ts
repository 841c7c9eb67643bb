import type {Rule} from './rule.js'

/** Words in a sentence above which it warns, and above which it fails (DH 2010; GOV.UK easy read). */
export const sentenceLength = {warn: 15, fail: 20} as const

export const lengthRule: Rule = {
  id: 'sentence-length',
  summary: `Sentences of ${sentenceLength.warn} words or fewer (an error above ${sentenceLength.fail})`,
  standard: 'Department of Health, Making written information easier to understand (2010); GOV.UK easy read guidance ("10 to 15 words")',
  check({sentence, words}) {
    if (words.length <= sentenceLength.warn) return []
    const severity = words.length > sentenceLength.fail ? 'error' : 'warning'
    // Point from the first word past the limit to the end: that is the part to move into a new sentence.
    return [{
      ruleId: 'sentence-length',
      severity,
      message: `Unexpected ${words.length} words in a sentence, expected ${sentenceLength.warn} or fewer: split it into shorter sentences`,
      start: words[sentenceLength.warn]!.start,
      end: sentence.text.length,
      actual: `${words.length} words`,
      expected: `${sentenceLength.warn} words or fewer`
    }]
  }
}
