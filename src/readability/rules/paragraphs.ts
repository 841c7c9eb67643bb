import type {Rule} from './rule.js'

/** Sentences a paragraph may hold (Photosymbols: "4 or 5 sentences together"; GOV.UK content design). */
export const paragraphLimit = 5

export const paragraphsRule: Rule = {
  id: 'paragraph-length',
  summary: `Paragraphs of ${paragraphLimit} sentences or fewer`,
  standard: 'Photosymbols easy read guidance; GOV.UK content design (short paragraphs)',
  check({sentence}) {
    const {sentences, index} = sentence.paragraph
    // Reported once, at the first sentence past the limit: where the new paragraph should start.
    if (sentences <= paragraphLimit || index !== paragraphLimit) return []
    return [{
      ruleId: 'paragraph-length',
      severity: 'warning',
      message: `Unexpected paragraph of ${sentences} sentences, expected ${paragraphLimit} or fewer: start a new paragraph here`,
      start: 0,
      end: sentence.text.length,
      actual: `${sentences} sentences`,
      expected: `${paragraphLimit} sentences or fewer`
    }]
  }
}
