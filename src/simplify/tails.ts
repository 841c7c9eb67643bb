import nlp from 'compromise'
import type {SplitWording} from './types.js'
import {capitalise, mainClause, standsAlone, verbsOf, wordCount, type Clause, type Term} from './clauses.js'

/** One way to cut a sentence in two: the left sentence, the right one (not yet capitalised or ended), and what made it. */
export interface Cut {
  left: string
  right: string
  /** Which joiner made it, for the audit trail. */
  joiner: string
}

/** What the tail cuts need to know of the sentence being cut. */
export interface TailContext {
  /** The sentence without its end mark. */
  body: string
  terms: readonly Term[]
  main: Clause | undefined
  /** An order with no subject ("Design a plan to protect …"), as the items of a plan's milestones are. */
  imperative: boolean
  /** What an order cut in two says first, so that each piece has its subject ("We will"). */
  orderLead: string
  wording: SplitWording
  /** The left part as a sentence ("…, " → "….") */
  leftPart: (text: string) => string
}

/** A helper verb that a purpose or "-ing" sentence can repeat: "will", "must", "can", … */
const helpers = /^(?:will|must|can|should|shall|may|would|could)\b/i

/** "making" → "make", through compromise's conjugation; undefined when it cannot tell. */
export function verbForms(gerund: string): {infinitive: string} | undefined {
  const infinitive = (nlp(`we are ${gerund}`).verbs().conjugate() as Array<Record<string, string>>)[0]?.Infinitive
  if (!infinitive || !/^\p{L}+$/u.test(infinitive) || infinitive.toLowerCase() === gerund.toLowerCase()) return undefined
  return {infinitive}
}

/** The words of `text` as lower-case letters, for lookups in the data's word lists. */
function bare(word: string | undefined): string {
  return (word ?? '').toLowerCase().replace(/[^\p{L}]/gu, '')
}

/** "to make sure", "in order to": a purpose whatever clause comes before. */
const strongPurpose = /^(?:in order to|so as to|to make sure|to ensure)\b/i
const pronounSubject = /^(?:we|i|they|you)$/i
/** Verbs of intention that, like a helper, say what we will do ("We want to …", "We aim to …"). */
const intentions = /^(?:want|wants|aim|aims|intend|intends|plan|plans|need|needs)\s+to\b/i
/** Words that open a clause inside the main one ("a plan that will …", "those who …"): a "to" after them belongs to it. */
const innerClause = /\b(?:that|which|who|whom|whose|where|what|everything|anything)\b/i

/**
 * A purpose clause at the end: "We will engage with the community at a local level to make sure we are accessible" →
 * "… at a local level." + "We will do this to make sure we are accessible." Any "to" + verb after a clause with a
 * helper verb ("We will use our data to predict demand"); only "to make sure", "to ensure" and "in order to" after
 * other clauses. Never after a word that takes "to" as part of its meaning ("want to", "able to", "the chance to"),
 * inside a clause whose verb puts its object before "to" ("encourage staff to try"), after "for …" ("for our staff
 * to be able") or inside an inner clause ("a plan that will deprive them of the means to continue").
 */
export function purposeCuts({body, terms, main, imperative, wording, leftPart}: TailContext): Cut[] {
  if (!main && !imperative) return []
  const found: Cut[] = []
  // An order ("Design a plan to protect …") has no subject to get wrong: any purpose may be cut off, as after "will".
  // "We want to work with groups to support …" says what we will do, as "will" does.
  const helper = main ? helpers.test(main.verb.auxiliary) || intentions.test(body.slice(main.verb.start)) : true
  const verbEnd = main?.verb.end ?? /^\S+/.exec(body)![0].length
  for (const match of body.matchAll(/,?\s+(?:in order to|so as to|to)\s+(?:\p{L}+ly\s+)?(\p{L}+)/giu)) {
    const left = body.slice(0, match.index)
    const rest = body.slice(match.index).replace(/^,?\s*/, '')
    if (!helper && !strongPurpose.test(rest)) continue
    const verbAt = match.index + match[0].length - match[1]!.length
    const verb = terms.find((term) => term.start === verbAt)
    if (!verb || !verb.tags.has('Infinitive') || verb.tags.has('Noun') || verb.tags.has('Gerund') || /^(?:be|have)$/i.test(verb.text)) continue
    // "… training chances, both internally and with partners, to develop our people": a comma may close the words before.
    if (left.length <= verbEnd || /[;:]\s*$/.test(left)) continue
    const words = left.split(/\s+/).map(bare)
    const before = words.at(-1)!
    if (wording.toComplements.includes(before) || words.slice(-4).includes('for')) continue
    // "encourage staff to try": only the words the tagger reads as verbs ("the wellbeing support for staff" is a noun).
    const objectVerb = terms.some((term) => term.end <= match.index && term.tags.has('Verb') && !term.tags.has('Noun') && wording.toObjects.includes(bare(term.text)))
    if (objectVerb || innerClause.test(left.slice(verbEnd))) continue
    if (wordCount(left) < 5 || wordCount(rest) < 4 || !(imperative || standsAlone(left))) continue
    const lead = main && helper && pronounSubject.test(main.subject) ? wording.purpose.withHelper.replace('{subject}', main.subject).replace('{helper}', main.verb.auxiliary) : wording.purpose.without
    found.push({left: leftPart(left), right: `${lead} ${rest}`, joiner: 'to'})
  }
  return found
}

/** ", including those who rarely speak to us" at the end → "This includes those who rarely speak to us." */
export function includingCuts({body, wording, leftPart}: TailContext): Cut[] {
  const match = /,\s+(?:including|such as)\s+/i.exec(body)
  if (!match) return []
  const left = body.slice(0, match.index)
  const rest = body.slice(match.index + match[0].length)
  // The words after "including" run to the end as one item or one series ("A, B and C"); "…, including A, to B" does not.
  const parts = rest.split(/\s*,\s*/)
  const series = parts.length === 1 || (/\s(?:and|or)\s/.test(parts.at(-1)!) && parts.every((part) => wordCount(part) <= 5))
  if (!series || wordCount(rest) < 2 || /;/.test(rest) || wordCount(left) < 5 || !standsAlone(left)) return []
  return [{left: leftPart(left), right: `${wording.including} ${rest}`, joiner: 'including'}]
}

/**
 * A trailing "-ing" clause after a clause with a helper verb: "We will deploy our resources where they are needed
 * most, strengthening our resilience" → "… needed most." + "We will strengthen our resilience." The "-ing" words tell
 * what the main clause's subject does, so that subject and helper are written again ("maintaining and improving"
 * becomes "maintain and improve"). Not after "make sure that …", "recognise that …": there the "-ing" words may tell
 * of the inner clause's subject.
 */
export function participleCuts({body, terms, main, imperative, orderLead, wording, leftPart}: TailContext): Cut[] {
  if (!imperative && (!main || !helpers.test(main.verb.auxiliary))) return []
  const found: Cut[] = []
  for (const match of body.matchAll(/,\s+(?:thereby\s+)?(\p{L}+ing)(?:\s+(and|or)\s+(\p{L}+ing))?\b/giu)) {
    const gerund = match[1]!
    if (wording.notParticiples.includes(gerund.toLowerCase())) continue
    const at = match.index + match[0].indexOf(gerund)
    const term = terms.find((candidate) => candidate.start === at)
    // The tagger can take "strengthening" or "ensuring" for a noun; followed by its object, with no comma, "and" or
    // preposition between, it is a verb (the conjugation below must know it too).
    const next = terms.find((candidate) => candidate.start > at)
    const object = next !== undefined && /^\s+$/.test(body.slice(at + gerund.length, next.start)) && !['Preposition', 'Conjunction', 'Verb'].some((tag) => next.tags.has(tag))
    if (!term || !(term.tags.has('Verb') || object)) continue
    const rest = body.slice(match.index + match[0].length)
    // "develop prevention, engineering, engagement and …", "a framework, mentoring programme and go after …": an
    // "-ing" word inside a series of things or of verbs, not a clause of its own.
    if (/^\s*,/.test(rest) || /\band\s+(\p{L}+)/iu.test(rest) && terms.some((candidate) => candidate.start > at + gerund.length && candidate.tags.has('Infinitive') && /^and\s+$/i.test(body.slice(candidate.start - 4, candidate.start)))) continue
    const left = body.slice(0, match.index)
    const verbEnd = main?.verb.end ?? /^\S+/.exec(body)![0].length
    if (left.length <= verbEnd || /^\s*(?:that|sure|whether|if|how|what)\b/i.test(left.slice(verbEnd))) continue
    const first = verbForms(gerund)
    const second = match[3] ? verbForms(match[3]) : undefined
    if (!first || (match[3] && !second)) continue
    if (wordCount(left) < (imperative ? 4 : 5) || wordCount(rest) < 2 || !(imperative || standsAlone(left))) continue
    const verbs = second ? `${first.infinitive} ${match[2]} ${second.infinitive}` : first.infinitive
    // After an order, the lead says who: "Support the new system, making sure staff can use it" → "… We will make sure staff can use it."
    const right = `${main ? wording.participle.replace('{subject}', main.subject).replace('{helper}', main.verb.auxiliary) : orderLead} ${verbs}${rest}`
    found.push({left: leftPart(left), right, joiner: '-ing'})
  }
  return found
}

/** A noun group's number, from its head word (the last word before "of", "in", …): "an eighth of …" is singular. */
function pluralHead(group: string, terms: readonly Term[], offset: number): boolean {
  if (/^(?:a|an|one|this|that)\s/i.test(group)) return false
  const head = /^(.*?)(?:\s+(?:of|in|for|from|to|at|on|with|across|that|which|who)\b|$)/i.exec(group)![1]!
  const last = head.split(/\s+/).at(-1) ?? ''
  const term = terms.find((candidate) => candidate.start === offset + head.length - last.length)
  // "the most vulnerable": an adjective standing for people is plural.
  return term?.tags.has('Plural') === true || (term?.tags.has('Adjective') === true && !term.tags.has('Noun')) || /[^s]s$/i.test(last)
}

/** A noun group with no verb in it: words tagged as nouns, adjectives, determiners, numbers and prepositions only. */
function verbless(terms: readonly Term[], start: number, end: number): boolean {
  return terms.filter((term) => term.start >= start && term.end <= end).every((term) => !term.tags.has('Verb') || term.tags.has('Noun') || term.tags.has('Adjective'))
}

/**
 * A noun group after a comma that names again what came before it: "… North and South Lanarkshire Council, the fourth
 * and fifth largest local authorities in Scotland" → "…Council." + "These are the fourth and fifth largest local
 * authorities in Scotland." Only at the end of the sentence, after a noun, with no verb and no "and the" in the group.
 */
export function appositiveCuts({body, terms, wording, leftPart}: TailContext): Cut[] {
  const match = /[,;]\s+((?:the|a|an)\s+[^,;:]+)$/i.exec(body)
  if (!match) return []
  const left = body.slice(0, match.index)
  const group = match[1]!
  const start = match.index + match[0].length - group.length
  const before = terms.filter((term) => term.end <= match.index).at(-1)
  if (!before?.tags.has('Noun') || /\band\s+(?:the|a|an)\b/i.test(group) || /,/.test(left.slice(-40)) && /\band\b/i.test(left.slice(left.lastIndexOf(',')))) return []
  // "a move that creates new crime types": the group may end in a clause about its noun.
  const relative = /\s(?:that|which|who)\s/i.exec(group)
  if (!verbless(terms, start, relative ? start + relative.index : body.length) || wordCount(group) < 3 || wordCount(left) < 5 || !standsAlone(left)) return []
  const lead = pluralHead(group, terms, start) ? wording.appositive.plural : wording.appositive.singular
  return [{left: leftPart(left), right: `${lead} ${group}`, joiner: 'appositive'}]
}

/** ", from online fraud to child exploitation" at the end → "This includes everything from online fraud to child exploitation." */
export function rangeCuts({body, terms, wording, leftPart}: TailContext): Cut[] {
  const match = /[,;]\s+(from\s+[^,;:]+\s+to\s+[^,;:]+)$/i.exec(body)
  if (!match) return []
  const left = body.slice(0, match.index)
  const start = match.index + match[0].length - match[1]!.length
  if (!verbless(terms, start, body.length) || wordCount(left) < 5 || !standsAlone(left)) return []
  return [{left: leftPart(left), right: `${wording.range} ${match[1]}`, joiner: 'from … to'}]
}

/** The words a new thing is brought in with: "a plan that …", "some channels that …"; "the issues that …" names which issues. */
const introducing = /^(?:a|an|some|several|new)$/i

/**
 * A relative clause with "that" after a noun, running to the end: "We will develop a prevention plan that addresses
 * the issues …" → "We will develop a prevention plan." + "This plan addresses the issues …". The noun is named again
 * with "this" or "these", so the new sentence says what it is about. Only after a noun group that brings in something
 * new ("a plan", "some channels"): after "the issues that matter most" the clause says which issues, and cutting it
 * off would change what the sentence means.
 */
export function thatCuts({body, terms, main, wording, leftPart}: TailContext): Cut[] {
  if (!main) return []
  const found: Cut[] = []
  for (const match of body.matchAll(/\s+that\s+/gi)) {
    const noun = terms.filter((term) => term.end <= match.index).at(-1)
    const verb = terms.find((term) => term.start >= match.index + match[0].length)
    if (!noun || !verb || match.index <= main.verb.end) continue
    if (!noun.tags.has('Noun') || noun.tags.has('Pronoun') || noun.tags.has('ProperNoun') || noun.tags.has('Verb') || noun.tags.has('Adjective')) continue
    // The noun group: back from the noun over adjectives and nouns to its first word.
    const group = terms.filter((term) => term.end <= match.index)
    let first = group.length - 1
    while (first > 0 && (group[first - 1]!.tags.has('Adjective') || group[first - 1]!.tags.has('Noun') && !group[first - 1]!.tags.has('Pronoun')) && !/[,;:]\s*$/.test(body.slice(group[first - 1]!.end, group[first]!.start))) first--
    const determiner = group[first - 1]
    // "in a way that …", "to the extent that …": the clause says which way; it cannot stand apart.
    if (wording.thatNotAfter.includes(noun.text.toLowerCase())) continue
    if (!determiner || !introducing.test(determiner.text) || group.length - first > 4 || /[,;:]/.test(body.slice(determiner.end, match.index))) continue
    if (!verb.tags.has('Verb') || verb.tags.has('Noun') || verb.tags.has('Gerund') || verb.tags.has('Infinitive') && !verb.tags.has('PresentTense') && !verb.tags.has('Modal')) continue
    const left = body.slice(0, match.index)
    const rest = body.slice(match.index + match[0].length)
    if (/[;]|,\s+(?:and|but|which)\s/.test(rest) || wordCount(left) < 5 || wordCount(rest) < 3 || !standsAlone(left)) continue
    const word = noun.text.replace(/[^\p{L}'’-]/gu, '').toLowerCase()
    const lead = noun.tags.has('Plural') ? wording.that.plural : wording.that.singular
    found.push({left: leftPart(left), right: `${lead} ${word} ${rest}`, joiner: 'that'})
  }
  return found
}

/**
 * ", with our most vulnerable citizens experiencing the most pressure" at the end → "Our most vulnerable citizens are
 * experiencing the most pressure." The group before the "-ing" or "-ed" word (6 words at most, no verb) becomes the
 * subject, with "is", "are" or (after "will") "will be"; "with their safety being paramount" → "Their safety is paramount."
 */
export function withCuts({body, terms, main, wording, leftPart}: TailContext): Cut[] {
  const match = /,\s+with\s+/i.exec(body)
  if (!match || !main) return []
  const left = body.slice(0, match.index)
  const after = match.index + match[0].length
  const verb = terms.find((term) => term.start >= after && term.tags.has('Verb') && (term.tags.has('Gerund') || term.tags.has('PastTense') || term.tags.has('Participle')) && !term.tags.has('Adjective'))
  if (!verb) return []
  const group = body.slice(after, verb.start).trim()
  const rest = body.slice(verb.start)
  if (wordCount(group) < 1 || wordCount(group) > 6 || !verbless(terms, after, verb.start) || /\b(?:and|or|which|that|who)\b/i.test(group)) return []
  if (/[,;]/.test(rest) || wordCount(left) < 5 || wordCount(rest) < 2 || !standsAlone(left)) return []
  const plural = pluralHead(group, terms, after)
  const future = /^will\b/i.test(main.verb.auxiliary)
  const being = /^being\s+/i.exec(rest)
  const be = future ? wording.with.future : plural ? wording.with.plural : wording.with.singular
  const right = being ? `${group} ${be} ${rest.slice(being[0].length)}` : `${group} ${be} ${rest}`
  return [{left: leftPart(left), right, joiner: 'with'}]
}

/**
 * A purpose put first: "To make the most of our staff, we will analyse demand" → "We will analyse demand." + "We will
 * do this to make the most of our staff." The main clause comes first, as easy read puts what is done before why.
 */
export function frontPurposeCuts({body, terms, wording}: TailContext): Cut[] {
  const match = /^to\s+(?:\p{L}+ly\s+)?(\p{L}+)[^,;:]*?,\s*/iu.exec(body)
  if (!match) return []
  const verb = terms.find((term) => term.start === match[0].indexOf(match[1]!))
  if (!verb?.tags.has('Infinitive')) return []
  const purpose = body.slice(0, match[0].length).replace(/,\s*$/, '')
  const clause = body.slice(match[0].length)
  const main = mainClause(clause)
  if (!main || wordCount(purpose) < 4 || wordCount(clause) < 4 || verbsOf(purpose).length > 1 && /\b(?:that|which|who)\b/i.test(purpose)) return []
  const lead = helpers.test(main.verb.auxiliary) && pronounSubject.test(main.subject) ? wording.purpose.withHelper.replace('{subject}', main.subject).replace('{helper}', main.verb.auxiliary) : wording.purpose.without
  return [{left: `${capitalise(clause)}.`, right: `${lead} ${purpose.charAt(0).toLowerCase()}${purpose.slice(1)}`, joiner: 'to (first)'}]
}

/**
 * ", who is supported by three officers" at the end → "This person is supported by three officers." ("They are …"
 * after a plural verb). Only after a comma: a "who" clause without one says which person is meant.
 */
export function whoCuts({body, wording, leftPart}: TailContext): Cut[] {
  const match = /,\s+who\s+(is|are|was|were|has|have|had|will|can|must|leads|lead|works|work)\b/i.exec(body)
  if (!match) return []
  const left = body.slice(0, match.index)
  const rest = body.slice(match.index + match[0].length - match[1]!.length)
  if (/[;]|,\s+(?:and|but|which|who)\s/.test(rest) || wordCount(left) < 5 || wordCount(rest) < 3 || !standsAlone(left)) return []
  const plural = /^(?:are|were|have|lead|work)$/i.test(match[1]!)
  return [{left: leftPart(left), right: `${plural ? wording.who.plural : wording.who.singular} ${rest}`, joiner: 'who'}]
}

/** "… person-centred as outlined in the Vision for Justice" → "… person-centred." + "This is set out in the Vision for Justice." */
export function setOutCuts({body, wording, leftPart}: TailContext): Cut[] {
  const match = /,?\s+as\s+(?:outlined|set out|described|detailed|explained|shown|stated)\s+in\s+/i.exec(body)
  if (!match) return []
  const left = body.slice(0, match.index)
  const rest = body.slice(match.index + match[0].length)
  if (/[,;]/.test(rest) || wordCount(left) < 5 || wordCount(rest) < 2 || !standsAlone(left)) return []
  return [{left: leftPart(left), right: `${wording.setOutIn} ${rest}`, joiner: 'as set out in'}]
}
