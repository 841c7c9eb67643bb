import type {SplitRule} from '../tails.js'
import {standsAlone, verbsOf, wordCount, type Term} from '../clauses.js'

const plural = /^(?:are|were|have|do)$/i
const singular = /^(?:is|was|has|does)$/i

/** A comma, then words that go on with the main clause: "…, from forty to one hundred beds", "…, to secure …". */
const asideCloses = /,\s+(?:to|from|in|into|by|with|for|at|on|across|through|under|over|before|after|during|until|within|alongside)\s/i

/** A preposition and a short noun group at the end: "with their local area", "across the three priority wards". */
const prepositionGroup = /\b(?:of|in|across|with|for|from|at|on|by|through|within|between|among|amongst|about|into|over|under|against|around|throughout|via|per|to(?=\s+(?:the|a|an|our|their|its|this|these|those|all|local)\s))\s+(?:[\p{L}\p{N}'’&-]+\s+){0,4}[\p{L}\p{N}'’&)-]+$/iu

/**
 * Whether the noun "which" points back to is unclear, so that "This …" or "These …" may point at the wrong one: after
 * a noun group that follows a preposition ("satisfaction with their local area, which …": the satisfaction or the
 * area; "a scheme across the three wards, which …": the scheme or the wards), after a noun group set off by a comma
 * with no verb of its own (a series or a name said again: "the report, the recycling rate, which …"), or when the
 * verb's number is not the last noun's ("the wards, which helps"). `plural`: the number the verb tells, if it tells.
 */
function unclearAntecedent(left: string, terms: readonly Term[], plural: boolean | undefined): boolean {
  const comma = Math.max(left.lastIndexOf(','), left.lastIndexOf(';'), left.lastIndexOf(':'))
  const stretch = left.slice(comma + 1)
  // "some form of digital footprint, which …": a word for a kind of thing first leaves only the thing to point at.
  const group = prepositionGroup.exec(stretch)
  if (group && !/\b(?:form|forms|kind|kinds|type|types|sort|sorts|variety|range)\s+of\s+\S+(?:\s+\S+){0,4}$/i.test(stretch.slice(Math.max(0, group.index - 12)))) return true
  const inStretch = terms.filter((term) => term.start > comma && term.end <= left.length)
  if (comma !== -1 && wordCount(stretch) <= 8 && inStretch.every((term) => !term.tags.has('Verb') || term.tags.has('Noun') || term.tags.has('Adjective'))) return true
  const noun = inStretch.at(-1)
  const series = /\b(?:and|or)\b/i.test(stretch)
  return plural !== undefined && noun !== undefined && noun.tags.has('Noun') && !series && noun.tags.has('Plural') !== plural
}

/**
 * "X, which enables Y" → "X. This enables Y." Only when the "which" clause runs to the end, with no second clause in
 * it. After a name ("Local Police Plans which reference …") no comma is needed: a name says which one already.
 * Where the noun it points back to is unclear (see unclearAntecedent), the cut is only offered.
 */
export const splitWhich: SplitRule = {
  id: 'split-which',
  family: 'split',
  confidence: 0.85,
  summary: '“…, which …” made “This …” or “These …”',
  cuts({body, terms, wording, leftPart}) {
    // Most sentences have no "which": the expression (its look back through a name) is only run on those that do.
    if (!body.includes('which')) return []
    return [...body.matchAll(/(?:,\s+|(?<=\b\p{Lu}\p{L}*)\s+)which\s+/gu)].flatMap((match) => {
      const left = body.slice(0, match.index)
      const rest = body.slice(match.index + match[0].length)
      if (/[;]|,\s+(?:and|but)\s/.test(rest) || !standsAlone(left) || wordCount(rest) < 3) return []
      // "… which will focus on X and which will be delivered …": the second "which" would have nothing to stand on.
      // "… service, which helps patients …, from forty to a hundred beds": the clause closes at a comma and the sentence
      // goes on with its own words, which "This …" would take for the clause's.
      if (/\b(?:and|or|but)\s+which\b/i.test(rest) || asideCloses.test(rest)) return []
      // Read as "it helps partners …", so the tagger sees the verb that "which" stood before ("helps" is no plural noun here).
      const verb = verbsOf(`it ${rest}`).map((group) => ({...group, start: group.start - 3}))[0]
      if (!verb || verb.start < 0 || verb.start > (/^\S+\s+/.exec(rest)?.[0].length ?? 0) || verb.nonFinite) return []
      const first = rest.slice(verb.start).split(/\s+/)[0]!
      // "which can …", "which were …"… a helper or a past tense says nothing of number: the noun before "which" does.
      // "the Liaison Service (PALS), which …": the noun is the one the bracket names, not the short form in it.
      const bracket = /\([^()]*\)\s*$/.exec(left)
      const noun = terms.filter((term) => term.end <= (bracket ? bracket.index : match.index)).at(-1)
      const tellsNumber = verb.auxiliary === '' && !verb.head.has('PastTense')
      const these = plural.test(first) || (!singular.test(first) && (tellsNumber ? verb.head.has('Infinitive') : noun?.tags.has('Plural') === true))
      // "This is to reduce suicide, which remains …": a second "This" would point elsewhere than the first; "the Skills
      // Board, which reports …": "This reports …" reads as the whole sentence, not the named body.
      const named = noun !== undefined && /^\p{Lu}/u.test(noun.text) && noun.start > 0 && !/^[A-Z]{2,}$/.test(noun.text)
      const unclear = unclearAntecedent(left, terms, tellsNumber ? these : undefined) || /^(?:this|these)\b/i.test(left) || named
      return [{left: leftPart(left), right: `${these ? wording.which.plural : wording.which.singular} ${rest}`, joiner: 'which', ...(unclear ? {confidence: 0.5} : {})}]
    })
  }
}
