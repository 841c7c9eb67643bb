import type {SplitRule} from '../tails.js'
import {dependent, mainClause, verbFirst} from '../clauses.js'

/** "X; Y" → "X." + "Y.": both halves are clauses that stand alone. */
export const splitSemicolon: SplitRule = {
  id: 'split-semicolon',
  family: 'split',
  confidence: 0.9,
  summary: 'A sentence cut at a semicolon between two clauses',
  cuts({body, leftPart}) {
    return [...body.matchAll(/;\s*/g)].flatMap((match) => {
      const left = body.slice(0, match.index)
      const right = body.slice(match.index + match[0].length)
      if (dependent.test(left) || /^['‘“"]/.test(right)) return []
      return mainClause(left) && mainClause(right) && !verbFirst(right) ? [{left: leftPart(left), right, joiner: ';'}] : []
    })
  }
}
