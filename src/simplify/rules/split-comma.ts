import type {SplitRule} from '../tails.js'
import {dependent, mainClause} from '../clauses.js'

/** "Policing is demanding, it is relentless": two clauses joined by a comma alone are two sentences. */
export const splitComma: SplitRule = {
  id: 'split-comma',
  family: 'split',
  confidence: 0.9,
  summary: 'Two clauses joined by a comma alone made two sentences',
  cuts({body, leftPart}) {
    return [...body.matchAll(/,\s+(?=(?:it|we|they|this|there|i)\s+(?:is|are|was|were|can|will|has|have|must)\b)/gi)].flatMap((match) => {
      const left = body.slice(0, match.index)
      const right = body.slice(match.index + match[0].length)
      // "Through intelligence led policing, we will …": an opening phrase, not a clause, however its words are tagged.
      if (dependent.test(left) || /['‘“"]/.test(left) || !mainClause(left)) return []
      return [{left: leftPart(left), right, joiner: ','}]
    })
  }
}
