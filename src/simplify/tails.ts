import {formsOf} from '../lang/inflect.js'
import {usedAsFiniteVerb} from '../lang/lexicon.js'
import type {RuleId, RuleInfo, SplitWording} from './types.js'
import {bare, capitalise, mainClause, standsAlone, verbsOf, wordCount, type Clause, type Term} from './clauses.js'

/** One way to cut a sentence in two: the left sentence, the right one (not yet capitalised or ended), and what made it. */
export interface Cut {
  left: string
  right: string
  /** The words it was cut at ("and", "which", "-ing"). */
  joiner: string
  /** The rule that made it (set by split.ts from the registry). */
  rule?: RuleId
  /** How sure the cut is; default: its rule's confidence. */
  confidence?: number
}

/** A rule of the split family: the registry's entry and the cuts it finds in a sentence (rules/<id>.ts). */
export interface SplitRule extends RuleInfo {
  cuts: (context: TailContext) => Cut[]
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

/** "making" → "make"; undefined when it cannot tell. */
export function infinitiveOf(gerund: string): string | undefined {
  return formsOf(gerund)?.infinitive
}

/** A wording with the main clause's {subject} and {helper} filled in ("{subject} {helper}" → "We will"). */
function fill(template: string, main: Clause): string {
  return template.replace('{subject}', main.subject).replace('{helper}', main.verb.auxiliary)
}

/** What a sentence made of a purpose starts with: `with-helper` after "we"/"I" and a helper verb, else `without`. */
function purposeLead(main: Clause | undefined, wording: SplitWording): string {
  return main && helpers.test(main.verb.auxiliary) && pronounSubject.test(main.subject) ? fill(wording.purpose.withHelper, main) : wording.purpose.without
}

/** A helper verb with no "be" or "have" after it ("will", "will also"): the verb after it is active and in its base form. */
const modalOnly = /^(?:will|must|can|should|shall|may|would|could)(?:\s+(?:also|further|continue to))?$/i

/** "to make sure", "in order to": a purpose whatever clause comes before. */
const strongPurpose = /^(?:in order to|so as to|to make sure|to ensure)\b/i
const pronounSubject = /^(?:we|i|they|you)$/i
/** Verbs of intention that, like a helper, say what we will do ("We want to …", "We aim to …"). */
const intentions = /^(?:want|wants|aim|aims|intend|intends|plan|plans|need|needs)\s+to\b/i
/** Words that open a clause inside the main one ("a plan that will …", "those who …"): a "to" after them belongs to it. */
const innerClause = /\b(?:that|which|who|whom|whose|where|what|everything|anything)\b/i

/**
 * A purpose clause at the end: "We will engage with the community at a local level to make sure we are accessible" →
 * "… at a local level." + "This is to make sure we are accessible." Any "to" + verb after a clause with a
 * helper verb ("We will use our data to predict demand"); only "to make sure", "to ensure" and "in order to" after
 * other clauses. Never after a word that takes "to" as part of its meaning ("want to", "able to", "the chance to"),
 * inside a clause whose verb puts its object before "to" ("encourage staff to try"), after "for …" ("for our staff
 * to be able") or inside an inner clause ("a plan that will deprive them of the means to continue").
 */
export function purposeCuts({body, terms, main, imperative, wording, leftPart}: TailContext): Cut[] {
  if (!main && !imperative) return []
  const found: Cut[] = []
  // Any purpose may be cut off after "will", after an order ("Design a plan to protect …": no subject to get wrong),
  // after "want to" (what we will do) and after a perfect tense ("we have done a period of engagement to allow …"),
  // whose participle the tagger may read as an adjective.
  const participle = (term: Term | undefined) => term !== undefined && (term.tags.has('PastTense') || term.tags.has('Participle') || (term.tags.has('Adjective') && /(?:ed|en|ne|wn)$/i.test(term.text)))
  const perfect = main !== undefined && (/^(?:have|has|had)$/i.test(main.verb.auxiliary) || (/^(?:have|has|had)$/i.test(main.verb.text) && participle(terms.find((term) => term.start > main.verb.start))))
  const helper = main ? helpers.test(main.verb.auxiliary) || perfect || intentions.test(body.slice(main.verb.start)) : true
  const verbEnd = main?.verb.end ?? /^\S*/.exec(body)![0].length
  for (const match of body.matchAll(/,?\s+(?:in order to|so as to|to)\s+(?:\p{L}+ly\s+)?(\p{L}+)/giu)) {
    const left = body.slice(0, match.index)
    const rest = body.slice(match.index).replace(/^,?\s*/, '')
    if (!helper && !strongPurpose.test(rest)) continue
    const verbAt = match.index + match[0].length - match[1]!.length
    const verb = terms.find((term) => term.start === verbAt)
    if (!verb || !verb.tags.has('Infinitive') || verb.tags.has('Noun') || verb.tags.has('Gerund') || /^(?:be|have)$/i.test(verb.text)) continue
    // "… training chances, both internally and with partners, to develop our people": a comma may close the words before.
    // "… towards our shared purpose; to improve …": a semicolon before the purpose cuts as well as a space does.
    if (left.length < verbEnd || /:\s*$/.test(left)) continue
    const words = left.split(/\s+/).map(bare)
    const before = words.at(-1)!
    // "plan to shift X and to work with Y": a "to" straight after "and"/"or" is a second thing of the same verb, not a purpose.
    if (/^(?:and|or)$/i.test(before)) continue
    // "an action plan to target …" says what the plan is for: a purpose, where "we plan to" is not.
    const purposeNoun = wording.purposeNouns.includes(before) && terms.some((term) => term.end === left.length && term.tags.has('Noun') && !term.tags.has('Verb'))
    // "We will use our resources to go after …": what something is used for is always a purpose.
    const used = main !== undefined && /\b(?:use|uses|used|using)$/i.test(main.verb.text)
    // "… as one aim; to improve …": after a semicolon the words are the aim itself, not what "aim" takes.
    const afterSemicolon = /;\s*$/.test(left)
    if ((wording.toComplements.includes(before) && !purposeNoun && !used && !afterSemicolon) || words.slice(-4).includes('for')) continue
    // "…, with a new plan to start in 2030": a plan in a "with" phrase, and what it is to do, are one thing.
    if (purposeNoun && /\bwith\s+(?:(?:a|an|the|our|its|their|new)\s+){0,3}\p{L}+$/iu.test(left)) continue
    // "you are entitled to refer", "patients treated to target": a "to" right after a describing word or a past
    // participle completes that word; only a purpose that says so ("to make sure", "in order to") is cut there.
    const last = terms.filter((term) => term.end <= left.length).at(-1)
    const describing = last !== undefined && last.end === left.length && (last.tags.has('Adjective') || last.tags.has('Participle') || (last.tags.has('PastTense') && !last.tags.has('Noun')))
    if (describing && !strongPurpose.test(rest)) continue
    // "… treated to target, and the gap in …": the words after "to" go on with the main clause's series.
    // "… reviewed in 2027 to make sure it still reflects what residents need, and any changes will be agreed …": a part
    // after ", and" goes on with the main clause, not with the purpose.
    if (/,\s+(?:and|or|but)\s/i.test(rest)) continue
    // "encourage staff to try": only the words the tagger reads as verbs ("the wellbeing support for staff" is a noun).
    const objectVerb = terms.some((term) => term.end <= match.index && term.tags.has('Verb') && !term.tags.has('Noun') && wording.toObjects.includes(bare(term.text)))
    // "make sure that we have the right resources to deter crime": the inner clause is what we make sure of, and the
    // purpose at its end is the purpose of the whole.
    const inner = left.slice(verbEnd).replace(/^\s*(?:sure|certain)\s+that\b/i, '')
    if (objectVerb || innerClause.test(inner)) continue
    if (wordCount(left) < 5 || wordCount(rest) < 4 || !(imperative || standsAlone(left))) continue
    // "… criteria to judge quality, because they're …": a reason after a comma may be the main clause's, not the
    // purpose's; ", offering checks …" tells what the main clause's subject does; "to raise it to 50%" points back past
    // the main clause. Once "This is to …" stands apart, each may attach to the wrong words: offered.
    const strands = /,\s+(?:because|as|since|\p{L}+ing)\b/iu.test(rest) || /^to\s+(?:\p{L}+ly\s+)?\p{L}+\s+(?:it|them)\b/iu.test(rest)
    // "we will issue guidance, train crews and work with landlords to improve bin stores": after a series of things to
    // do, the purpose may be the last one's alone ("This is to …" would give it to all).
    const firstComma = left.indexOf(',', verbEnd)
    const afterSeries = firstComma !== -1 && /,[^,;]*\s(?:and|or)\s/i.test(left.slice(verbEnd)) && terms.some((term) => term.start > firstComma && term.end <= left.length && term.tags.has('Verb') && !term.tags.has('Gerund') && /(?:,|\band|\bor)\s+$/i.test(body.slice(0, term.start)))
    found.push({left: leftPart(left), right: `${purposeLead(main, wording)} ${rest}`, joiner: 'to', ...(strands || afterSeries ? {confidence: 0.6} : {})})
  }
  return found
}

/**
 * A trailing "-ing" clause after a clause with a helper verb: "We will deploy our resources where they are needed
 * most, strengthening our resilience" → "… needed most." + "We will strengthen our resilience." The "-ing" words tell
 * what the main clause's subject does, so that subject and helper are written again ("maintaining and improving"
 * becomes "maintain and improve"). Not after "make sure that …", "recognise that …": there the "-ing" words may tell
 * of the inner clause's subject.
 */
export function participleCuts({body, terms, main, imperative, orderLead, wording, leftPart}: TailContext): Cut[] {
  // Only after a helper verb alone ("We will deploy …"): after "will be optimised" the "-ing" words tell what the
  // whole event brings about, and "{subject} will be reduce …" is no English.
  if (!imperative && (!main || !modalOnly.test(main.verb.auxiliary))) return []
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
    // "especially in care, construction, engineering and green energy": an "-ing" word that is one thing of a series
    // (an "and" or "or" after it before a word that is no "-ing" verb, or a short thing with no verb before its comma).
    if (/^\s+(?:and|or)\s/i.test(rest) || seriesItemBefore(body.slice(0, match.index))) continue
    // "develop prevention, engineering, engagement and …", "a framework, mentoring programme and go after …": an
    // "-ing" word inside a series of things or of verbs, not a clause of its own.
    if (/^\s*,/.test(rest) || /\band\s+(\p{L}+)/iu.test(rest) && terms.some((candidate) => candidate.start > at + gerund.length && candidate.tags.has('Infinitive') && /^and\s+$/i.test(body.slice(candidate.start - 4, candidate.start)))) continue
    const left = body.slice(0, match.index)
    const verbEnd = main?.verb.end ?? /^\S*/.exec(body)![0].length
    if (left.length <= verbEnd || /^\s*(?:that|sure|whether|if|how|what)\b/i.test(left.slice(verbEnd))) continue
    // "by recruiting psychologists, streamlining the process and …": the "-ing" words go on from a preposition's series
    // (an "-ing" word with its object; "… on key considerations for policing, maintaining …" is no such series).
    if (/\b(?:by|through|via|from|for|in|on|after|before|without|while)\s+(?:\p{L}+ly\s+)?\p{L}+ing\s+[^,;]+$/iu.test(left.slice(verbEnd))) continue
    const first = infinitiveOf(gerund)
    const second = match[3] ? infinitiveOf(match[3]) : undefined
    if (!first || (match[3] && !second)) continue
    if (wordCount(left) < (imperative ? 4 : 5) || wordCount(rest) < 2 || !(imperative || standsAlone(left))) continue
    // "carrying out a survey and holding sessions" → "carry out a survey and hold sessions": every "-ing" verb joined on.
    const joined = plainJoinedVerbs(rest, match.index + match[0].length, terms)
    if (joined === undefined) continue
    // "We will monitor the measures, drawing on our data, and report on them": a verb after ", and" goes on with the main
    // clause; the "-ing" words are an aside inside it.
    const mainGoesOn = [...rest.matchAll(/,\s+(?:and|or)\s+(\p{L}+)/giu)].some((other) => {
      const term = terms.find((candidate) => candidate.start === match.index + match[0].length + other.index + other[0].length - other[1]!.length)
      return term !== undefined && !term.tags.has('Gerund') && (term.tags.has('Verb') || usedAsFiniteVerb(term.text))
    })
    if (mainGoesOn) continue
    const verbs = second ? `${first} ${match[2]} ${second}` : first
    // After an order, the lead says who: "Support the new system, making sure staff can use it" → "… We will make sure staff can use it."
    const right = `${main ? fill(wording.participle, main) : orderLead} ${verbs}${joined}`
    // "We will …": we are who does the "-ing" words. After another subject ("The new hub will open …, reducing …") the
    // doer may be the hub or the opening: offered.
    const sure = !main || pronounSubject.test(main.subject)
    found.push({left: leftPart(left), right, joiner: '-ing', ...(sure ? {} : {confidence: 0.6})})
  }
  return found
}

/**
 * `rest` (at `offset` in the text `terms` read) with each verb in -ing joined on by "and" or "or" in its plain form
 * ("… and holding sessions" → "… and hold sessions"); undefined when one cannot be put so.
 */
function plainJoinedVerbs(rest: string, offset: number, terms: readonly Term[]): string | undefined {
  let failed = false
  const joined = rest.replace(/(,?\s+(?:and|or)\s+)(\p{L}+ing)\b/giu, (whole, joiner: string, gerund: string, at: number) => {
    const term = terms.find((candidate) => candidate.start === offset + at + joiner.length)
    if (!term?.tags.has('Gerund')) return whole
    const plain = infinitiveOf(gerund)
    if (!plain) failed = true
    return `${joiner.replace(/^,/, '')}${plain ?? gerund}`
  })
  return failed ? undefined : joined
}

/** Whether `left` ends in a short thing of a series after a comma ("… in care, construction"): no verb in it, 1 to 3 words. */
function seriesItemBefore(left: string): boolean {
  const comma = left.lastIndexOf(',')
  if (comma === -1) return false
  const piece = left.slice(comma + 1).trim()
  // "stakeholders, including residents' associations, managing agents and …": the first thing of a named series.
  if (/^(?:including|such as|like|especially|particularly|notably)\s/i.test(piece) && wordCount(piece) <= 5) return true
  return wordCount(piece) <= 3 && verbsOf(piece).length === 0
}

/**
 * A purpose put first: "To make the most of our staff, we will analyse demand" → "We will analyse demand." + "This is to
 * make the most of our staff." The main clause comes first, as easy read puts what is done before why.
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
  // "To create your plan we have consulted the public, partners and …": the comma is inside a series of the main clause,
  // which came before it; the words after it are no clause.
  if (/\b(?:we|i|they)\s+(?:\p{L}+\s+)?(?:have|has|had|will|are|is|were|was|can|must)\b/iu.test(purpose)) return []
  return [{left: `${capitalise(clause)}.`, right: `${purposeLead(main, wording)} ${purpose.charAt(0).toLowerCase()}${purpose.slice(1)}`, joiner: 'to (first)'}]
}
