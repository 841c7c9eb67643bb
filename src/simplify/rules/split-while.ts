import type {SplitRule} from '../tails.js'
import {infinitiveOf} from '../tails.js'
import {modals, standsAlone} from '../clauses.js'

/** "We will X, while recognising Y" → "We will X. We will also recognise Y." */
export const splitWhile: SplitRule = {
  id: 'split-while',
  family: 'split',
  confidence: 0.8,
  summary: '“We will X, while doing Y” made “We will also do Y.”',
  cuts({body, main, wording, leftPart}) {
    if (!main || !modals.has(main.verb.auxiliary.toLowerCase())) return []
    return [...body.matchAll(/,\s+while\s+(\p{L}+ing)\b/giu)].flatMap((match) => {
      const left = body.slice(0, match.index)
      const base = infinitiveOf(match[1]!)
      if (!base || !standsAlone(left)) return []
      const rest = body.slice(match.index + match[0].length)
      // "…, while continuing." (what goes on was cut off before): a verb with nothing after it says nothing alone.
      if (rest.trim() === '') return []
      return [{left: leftPart(left), right: `${main.subject} ${main.verb.auxiliary} ${wording.whileAlso} ${base}${rest}`, joiner: 'while'}]
    })
  }
}
