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
      return standsAlone(left) && standsAlone(right) ? [{left: leftPart(left), right: `${wording.soThat} ${right}`, joiner: 'so that'}] : []
    })
  }
}
