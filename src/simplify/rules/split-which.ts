import type {SplitRule} from '../tails.js'
import {standsAlone, verbsOf, wordCount} from '../clauses.js'

const plural = /^(?:are|were|have|do)$/i
const singular = /^(?:is|was|has|does)$/i

/**
 * "X, which enables Y" → "X. This enables Y." Only when the "which" clause runs to the end, with no second clause in
 * it. After a name ("Local Police Plans which reference …") no comma is needed: a name says which one already.
 */
export const splitWhich: SplitRule = {
  id: 'split-which',
  family: 'split',
  confidence: 0.85,
  summary: '“…, which …” made “This …” or “These …”',
  cuts({body, terms, wording, leftPart}) {
    return [...body.matchAll(/(?:,\s+|(?<=\b\p{Lu}\p{L}*)\s+)which\s+/gu)].flatMap((match) => {
      const left = body.slice(0, match.index)
      const rest = body.slice(match.index + match[0].length)
      if (/[;]|,\s+(?:and|but)\s/.test(rest) || !standsAlone(left) || wordCount(rest) < 3) return []
      // Read as "it helps partners …", so the tagger sees the verb that "which" stood before ("helps" is no plural noun here).
      const verb = verbsOf(`it ${rest}`).map((group) => ({...group, start: group.start - 3}))[0]
      if (!verb || verb.start < 0 || verb.start > (/^\S+\s+/.exec(rest)?.[0].length ?? 0) || verb.nonFinite) return []
      const first = rest.slice(verb.start).split(/\s+/)[0]!
      // "which can …", "which were …"… a helper or a past tense says nothing of number: the noun before "which" does.
      const noun = terms.filter((term) => term.end <= match.index).at(-1)
      const tellsNumber = verb.auxiliary === '' && !verb.head.has('PastTense')
      const these = plural.test(first) || (!singular.test(first) && (tellsNumber ? verb.head.has('Infinitive') : noun?.tags.has('Plural') === true))
      return [{left: leftPart(left), right: `${these ? wording.which.plural : wording.which.singular} ${rest}`, joiner: 'which'}]
    })
  }
}
