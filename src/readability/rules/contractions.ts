import type {RawFinding, Rule} from './rule.js'
import {wordLists} from '../lists.js'

/** Endings that always make a contraction; "'s" is one only after the words in glossary/contractions.yml. */
const contracted = /(?:n't|'re|'ve|'ll|'d|'m)$/

export const contractionsRule: Rule = {
  id: 'no-contractions',
  summary: 'Write words in full: "cannot", not "can\'t"',
  standard: 'GOV.UK style guide and clear-language guidance',
  check({words}) {
    const findings: RawFinding[] = []
    for (const word of words) {
      const value = word.value.toLowerCase().replace(/’/g, "'")
      const full = wordLists.contractions.get(value)
      if (full === undefined && !contracted.test(value)) continue
      findings.push({
        ruleId: 'no-contractions',
        severity: 'warning',
        message: full
          ? `Unexpected contraction "${word.value}", expected "${full}": write the words in full`
          : `Unexpected contraction "${word.value}": write the words in full`,
        start: word.start,
        end: word.end,
        ...(full ? {expected: full} : {})
      })
    }
    return findings
  }
}
