import type {SplitRule} from '../tails.js'
import {standsAlone} from '../clauses.js'

/** "X so that Y" → "X. This is so that Y." */
export const splitSoThat: SplitRule = {
  id: 'split-so-that',
  family: 'split',
  confidence: 0.85,
  summary: '“X so that Y” made “This is so that Y.”',
  cuts({body, wording, leftPart}) {
    return [...body.matchAll(/,?\s+so that\s+/gi)].flatMap((match) => {
      const left = body.slice(0, match.index)
      const right = body.slice(match.index + match[0].length)
      // "We will X, review Y so that Z, and invest in W": the "so that" sits inside a series, which goes on after it.
      if (/,/.test(left) && /,\s+(?:and|or)\s+/.test(right)) return []
      if (!standsAlone(left) || !standsAlone(right)) return []
      // "We will X, Y and reduce Z so that it contributes …": after a series the purpose may be the last thing's alone,
      // and "This is so that it …" would give it to all of them; a pronoun first ("it", "they") may lose what it meant
      // once the sentence is cut: offered.
      const unclear = /,\s+(?:and|or)\s+/i.test(left) || /^(?:it|they|this|these|them)\b/i.test(right)
      return [{left: leftPart(left), right: `${wording.soThat} ${right}`, joiner: 'so that', ...(unclear ? {confidence: 0.6} : {})}]
    })
  }
}
