import {verbsOf, type VerbGroup} from '../util/tagger.js'

export {termsOf, verbsOf, type Term, type VerbGroup} from '../util/tagger.js'

/** Helper verbs (and helper phrases) after which a verb is in its base form: "We will use", "We must act". */
export const modals: ReadonlySet<string> = new Set(['will', 'must', 'can', 'should', 'may', 'would', 'could', 'shall', 'will also', 'will further', 'will continue to'])

const prepositions = /^(?:in|as|by|through|with|under|to|for|at|on|from|despite|across|throughout|only|after|before|during|since|if|when|while|although|because|where|once|working|having|following|regionally|nationally|locally)\b/i
const determinerFirst = /^(?:our|the|a|an|this|these|their|each|every|its|his|her)\s/i
const pronoun = /\b(we|i|they|it|he|she|this|there)\s*$/i

/** A clause that starts with these depends on another one ("As the Chief Constable has said …"). */
export const dependent = /^(?:as|if|when|whenever|where|wherever|while|although|though|because|since|unless|until|whether|once)\b/i

/** A clause's subject and main verb: the first verb that can head a clause, and the words before it that name who does it. */
export interface Clause {
  subject: string
  verb: VerbGroup
}

/**
 * The main clause of a sentence, or undefined when there is none we can trust: the subject must be a short plain
 * noun phrase ("We", "Lanarkshire Division", "The area"), or a pronoun right before the verb after an opening phrase
 * ("In doing so we will …" → "we").
 */
export function mainClause(text: string): Clause | undefined {
  const clause = clauseOf(text)
  // "We'll extend …": the tagger reads the helper inside the contraction ("will"); the subject is the pronoun alone,
  // or "We'll will also …" would be written when the subject and helper are written again.
  const contracted = clause && /^(.+?)['’](?:ll|re|ve|d)$/i.exec(clause.subject)
  return contracted && clause.verb.auxiliary !== '' ? {...clause, subject: contracted[1]!} : clause
}

function clauseOf(text: string): Clause | undefined {
  const verb = verbsOf(text).find((candidate) => !candidate.nonFinite)
  if (!verb) return undefined
  const before = text.slice(0, verb.start).trim()
  // "Please note …": an order to the reader, with no subject.
  if (before === '' || /^please$/i.test(before)) return undefined
  const words = before.split(/\s+/)
  // "the Antonine Wall and has been …", "a move that creates …": no subject of its own.
  // "one of the areas where residents can make …": the verb is the inner clause's, the subject has none of its own.
  if (/\b(?:and|or|but|of|for|to|with|that|which|who|whom|whose|where)\b/i.test(words.at(-1)!) || /\b(?:that|which|who|whom|whose)\b/i.test(before) || /\s(?:where|when)\s/i.test(before)) return undefined
  // A noun group led by "our", "the", … may run longer ("our trusted relationship with the public and communities we serve").
  if (!prepositions.test(before) && !/[,;:()]/.test(before) && (words.length <= 6 || (words.length <= 10 && determinerFirst.test(before)))) return {subject: before, verb}
  const last = pronoun.exec(before)
  if (last) return {subject: last[1]!, verb}
  // "Throughout my time as Chief Constable, Police Scotland has …": after an opening phrase and its comma, a short name
  // or noun group right before the verb.
  const opened = /^[^,;:()]+,\s+([^,;:()]+)$/.exec(before)?.[1]
  if (opened && prepositions.test(before) && !prepositions.test(opened) && (/^\p{Lu}/u.test(opened) || determinerFirst.test(opened)) && opened.split(/\s+/).length <= 4 && !/\b(?:and|or|but|of|for|to|with|that|which|who|whom|whose|where)\b/i.test(opened)) return {subject: opened, verb}
  return afterOpening(text, verb)
}

/**
 * "Through intelligence led policing, we will identify …": a word of the opening phrase that the tagger took for a
 * verb ("led") hides the clause after the comma; its first verb, right after a pronoun, is the main one.
 */
function afterOpening(text: string, first: VerbGroup): Clause | undefined {
  if (!prepositions.test(text)) return undefined
  const comma = text.indexOf(',', first.end)
  const verb = verbsOf(text).find((candidate) => candidate.start > comma && !candidate.nonFinite)
  if (comma === -1 || !verb || /[,;:]/.test(text.slice(comma + 1, verb.start))) return undefined
  const last = pronoun.exec(text.slice(comma + 1, verb.start).trim())
  return last && text.slice(comma + 1, verb.start).trim().toLowerCase() === last[1]!.toLowerCase() ? {subject: last[1]!, verb} : undefined
}

/** Whether a piece of text is a clause that can stand alone: a subject and a verb that heads a clause. */
export function standsAlone(text: string): boolean {
  if (mainClause(text) !== undefined) return true
  // Looser: some verb that heads a clause, with words before it that do not end in a joining word ("… sets out").
  return verbsOf(text).some((verb) => {
    if (verb.nonFinite) return false
    const before = text.slice(0, verb.start).trim()
    return before !== '' && !/\b(?:and|or|but|of|for|to|with|that|which|who|whom|whose|where)$/i.test(before)
  })
}

/** A word as lower-case letters only, for lookups in the data's word lists ("Staff," → "staff"). */
export function bare(word: string | undefined): string {
  return (word ?? '').toLowerCase().replace(/[^\p{L}]/gu, '')
}

/** How many words a text has, counted as every stage counts them (the English layer). */
export {wordCount} from '../lang/tokens.js'

/** The subject as it starts a sentence: "the area" → "The area"; "we" → "We". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** Whether a piece starts with a verb (no subject of its own: "and fully engage …"). */
export function verbFirst(text: string): boolean {
  const verb = verbsOf(text)[0]
  return verb !== undefined && text.slice(0, verb.start).trim() === ''
}
