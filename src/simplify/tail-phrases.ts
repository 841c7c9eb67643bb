import {standsAlone, wordCount, type Term} from './clauses.js'
import {isThing} from './series-lists.js'
import {formsOf} from '../lang/inflect.js'
import type {Cut, TailContext} from './tails.js'
import type {SplitWording} from './types.js'

// Tail cuts whose new sentence names again what the first one was about: "This includes …", "These are …", "This
// plan …", "Our most vulnerable citizens are …", "This person is …", "This is set out in …".

/**
 * ", including those who rarely speak to us" at the end → "This includes those who rarely speak to us." Also without
 * the comma after a noun ("a range of sources including the analysis of demand"), and in brackets at the end ("focus
 * groups (including seldom heard voices)"), where the brackets mark where the words end.
 */
export function includingCuts({body, terms, wording, leftPart}: TailContext): Cut[] {
  const match = /(,\s+|\s+\(|\s+)(?:including|such as)\s+/i.exec(body)
  if (!match) return []
  const left = body.slice(0, match.index)
  const bracket = match[1]!.includes('(')
  if (bracket && !/\)$/.test(body)) return []
  const rest = bracket ? body.slice(match.index + match[0].length, -1) : body.slice(match.index + match[0].length)
  const noun = terms.find((term) => term.end === left.length && term.tags.has('Noun') && !term.tags.has('Pronoun'))
  if (!match[1]!.includes(',') && !bracket && !noun) return []
  if (wordCount(rest) < 2 || /;/.test(rest) || wordCount(left) < 5 || !standsAlone(left)) return []
  // The words after "including" run to the end as one item or one series ("A, B and C"); "…, including A, to B" does not.
  const parts = rest.split(/\s*,\s*/)
  const series = parts.length === 1 || (/\s(?:and|or)\s/.test(parts.at(-1)!) && parts.every((part) => wordCount(part) <= 5))
  // "…, including the Justice Strategy, through our plans": a part that opens with a preposition goes on with the sentence.
  if (!bracket && (!series || parts.slice(1).some((part) => /^(?:through|to|from|in|into|by|with|for|at|on|across|under|over)\s/i.test(part)))) return []
  // "drawing on national data such as X and on our own information": a preposition after "and" goes on with the words
  // before "such as", not with its examples.
  if (/\s(?:and|or)\s+(?:on|in|at|with|from|to|for|by|through)\s/i.test(rest)) return []
  // "… children, young people, parents and carers, including members of …": after a comma, "including" may take in the
  // whole series, not only its last noun, so naming that noun is only offered.
  const afterSeries = match[1]!.includes(',') && /,[^,]+,[^,]*\s(?:and|or)\s+[^,\s]+(?:\s+[^,\s]+){0,3}$/i.test(left)
  return [includingSentence(left, rest, noun, terms, wording, leftPart, afterSeries)]
}

/**
 * The sentence an including cut makes. After a common noun it names the noun again, in its number: "… a range of
 * sources. These sources include …", "… and partners. These partners include …", so that it is clear what includes
 * what. Else "This includes …", whose "This" may point at the whole clause or at its last noun: only offered.
 */
function includingSentence(left: string, rest: string, noun: Term | undefined, terms: readonly Term[], wording: SplitWording, leftPart: (text: string) => string, afterSeries: boolean): Cut {
  if (noun && /^\p{Ll}/u.test(noun.text) && !noun.tags.has('Gerund')) {
    const lead = (noun.tags.has('Plural') ? wording.includingAside.plural : wording.includingAside.singular).replace('{noun}', nounWord(noun))
    return {left: leftPart(left), right: `${lead} ${rest}`, joiner: 'including', confidence: afterSeries || placeNoun(terms, noun) ? 0.6 : 0.85}
  }
  return {left: leftPart(left), right: `${wording.including} ${rest}`, joiner: 'including'}
}

/**
 * Whether `noun` ends a place phrase after another noun ("stakeholders across the voluntary and private sectors"): the
 * words after "including" may name things of the first noun, not of this one, so a sentence naming it is only offered.
 */
function placeNoun(terms: readonly Term[], noun: Term): boolean {
  const before = terms.filter((term) => term.end < noun.start)
  for (let at = before.length - 1; at >= 0; at--) {
    const term = before[at]!
    if (term.tags.has('Preposition')) return /^(?:across|within|throughout|among)$/i.test(term.text.replace(/[^\p{L}]/gu, '')) && before[at - 1]?.tags.has('Noun') === true
    if (!['Adjective', 'Determiner', 'Conjunction', 'Noun'].some((tag) => term.tags.has(tag)) || term.tags.has('Pronoun')) return false
  }
  return false
}

/** A noun group's number, from its head word (the last word before "of", "in", …): "an eighth of …" is singular. */
function pluralHead(group: string, terms: readonly Term[], offset: number): boolean {
  // "19.4% of secondary pupils", "a third of homes": a share takes its number from what it is a share of.
  const share = /^(?:[\d.,]+%|[\d.,]+\s+per\s*cent|(?:a|one)\s+(?:half|third|quarter|fifth|tenth)|half|most|some|many|the majority|the rest)\s+of\s+(.+)$/i.exec(group)
  if (share) return pluralHead(share[1]!, terms, offset + group.length - share[1]!.length)
  // "many of them", "both", "these": words that count more than one, and plural pronouns.
  if (/^(?:many|several|few|both|all|these|those|they|them|us|we)\b/i.test(group)) return true
  // "27 of these", "two of the stations": a count of more than one.
  if (/^(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands)\s+of\b/i.test(group) && !/^1\s/.test(group)) return true
  if (/^(?:a|an|one|this|that)\s/i.test(group)) return false
  // `s`: a plan's lines may break inside the group ("the largest\nlocal authorities"), and the head runs on past them.
  const head = /^(.*?)(?:\s+(?:of|in|for|from|to|at|on|with|across|that|which|who)\b|$)/is.exec(group)![1]!
  const last = head.split(/\s+/).at(-1) ?? ''
  const term = terms.find((candidate) => candidate.start === offset + head.length - last.length)
  // "the most vulnerable": an adjective standing for people is plural.
  return term?.tags.has('Plural') === true || (term?.tags.has('Adjective') === true && !term.tags.has('Noun')) || /[^s]s$/i.test(last)
}

/** A noun as a new sentence names it again ("This plan …", "These events …"): its letters only, in lower case. */
function nounWord(noun: Term): string {
  return noun.text.replace(/[^\p{L}'’-]/gu, '').toLowerCase()
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
  // "the passing of Her Majesty, the late Queen Elizabeth II": a person named again is no "This is …".
  const person = terms.some((term) => term.start >= match.index - 40 && (term.tags.has('Person') || term.tags.has('Honorific')))
  if (person || /\b(?:majesty|highness|late)\b/i.test(body.slice(Math.max(0, match.index - 30)))) return []
  if (!before?.tags.has('Noun') || /\band\s+(?:the|a|an)\b/i.test(group) || /,/.test(left.slice(-40)) && /\band\b/i.test(left.slice(left.lastIndexOf(',')))) return []
  // "a move that creates new crime types": the group may end in a clause about its noun.
  const relative = /\s(?:that|which|who)\s/i.exec(group)
  if (!verbless(terms, start, relative ? start + relative.index : body.length) || wordCount(group) < 3 || wordCount(left) < 5 || !standsAlone(left)) return []
  // A group with "and" in it names the same things again only if it agrees in number: "the council, the fire service
  // and other stakeholders" is a series of partners, not the council named again ("X Council and Y Council, the
  // fourth and fifth largest councils" are two, named again).
  const plural = pluralHead(group, terms, start)
  const leftPlural = before.tags.has('Plural') || /\band\s+[^,;:]*$/i.test(left.slice(-60))
  if (/\sand\s/i.test(group) && plural !== leftPlural) return []
  const lead = plural ? wording.appositive.plural : wording.appositive.singular
  return [{left: leftPart(left), right: `${lead} ${group}`, joiner: 'appositive'}]
}

/** ", from online fraud to child exploitation" at the end → "Examples range from online fraud to child exploitation." */
export function rangeCuts({body, terms, wording, leftPart}: TailContext): Cut[] {
  const match = /[,;]\s+(from\s+[^,;:]+\s+to\s+[^,;:]+)$/i.exec(body)
  if (!match) return []
  const left = body.slice(0, match.index)
  const start = match.index + match[0].length - match[1]!.length
  // "from breaking up crime groups to investigating offences": a range of things done, each an "-ing" word first.
  const doings = /^from\s+\p{L}+ing\s[^,;:]+\s+to\s+\p{L}+ing\s/iu.test(match[1]!)
  // "…, from forty to one hundred beds": an amount that changes, not a range of examples.
  if (/^from\s+(?:[£$€]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundred)\b)/i.test(match[1]!)) return []
  if (!(doings || verbless(terms, start, body.length)) || wordCount(left) < 5 || !standsAlone(left)) return []
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
    const group = terms.filter((term) => term.end <= match.index)
    const noun = group.at(-1)
    const verb = terms.find((term) => term.start >= match.index + match[0].length)
    if (!noun || !verb || match.index <= main.verb.end) continue
    // "a phrase that residents used": the word after "that" is the clause's subject, and the noun its object.
    const second = terms.find((term) => term.start > verb.start)
    if (second?.tags.has('Verb') && !second.tags.has('Noun') && !verb.tags.has('Modal') && !verb.tags.has('Auxiliary') && !second.tags.has('Adverb')) continue
    if (!noun.tags.has('Noun') || noun.tags.has('Pronoun') || noun.tags.has('ProperNoun') || noun.tags.has('Verb') || noun.tags.has('Adjective')) continue
    // The noun group: back from the noun over adjectives and nouns to its first word.
    let first = group.length - 1
    // "an operating model": an "-ing" word between the determiner and the noun describes the noun.
    while (first > 0 && (group[first - 1]!.tags.has('Adjective') || group[first - 1]!.tags.has('Gerund') || group[first - 1]!.tags.has('Noun') && !group[first - 1]!.tags.has('Pronoun')) && !/[,;:]\s*$/.test(body.slice(group[first - 1]!.end, group[first]!.start))) first--
    const determiner = group[first - 1]
    // "in a way that …", "to the extent that …": the clause says which way; it cannot stand apart.
    if (wording.thatNotAfter.includes(noun.text.toLowerCase())) continue
    if (!determiner || !introducing.test(determiner.text) || group.length - first > 4 || /[,;:]/.test(body.slice(determiner.end, match.index))) continue
    // The verb agrees with the noun: "channels that provide", "a plan that addresses".
    const agrees = verb.tags.has('PresentTense') || verb.tags.has('Modal') || (noun.tags.has('Plural') && verb.tags.has('Infinitive'))
    if (!verb.tags.has('Verb') || verb.tags.has('Noun') || verb.tags.has('Gerund') || (verb.tags.has('Infinitive') && !agrees)) continue
    const left = body.slice(0, match.index)
    const rest = body.slice(match.index + match[0].length)
    if (/[;]|,\s+(?:and|but|which)\s/.test(rest) || wordCount(left) < 5 || wordCount(rest) < 3 || !standsAlone(left)) continue
    const lead = noun.tags.has('Plural') ? wording.that.plural : wording.that.singular
    // "depends on a workforce that is supported …": a "that is …" clause says which one is meant, and on its own it
    // would claim what the sentence only asked for: offered.
    // "so that a fall does not become a crisis that ends in …": under a "not", a condition or a purpose the clause is
    // part of what is denied or hoped for; on its own it would state it as a fact: offered.
    const defining = /^(?:is|are|was|were)\b/i.test(rest) || /\b(?:not|never|no|n['’]t|so that|if|unless|would|could|might|should|may)\b/i.test(left)
    found.push({left: leftPart(left), right: `${lead} ${nounWord(noun)} ${rest}`, joiner: 'that', ...(defining ? {confidence: 0.5} : {})})
  }
  return found
}

/**
 * ", with our most vulnerable citizens experiencing the most pressure" at the end → "Our most vulnerable citizens are
 * experiencing the most pressure." The group before the "-ing" or "-ed" word (6 words at most, no verb) becomes the
 * subject, with "is", "are" or (after "will") "will be"; "with their safety being paramount" → "Their safety is paramount."
 */
export function withCuts({body, terms, main, wording, leftPart}: TailContext): Cut[] {
  // "… with their safety being most important": "being" marks the clause even without a comma.
  const match = /,\s+with\s+/i.exec(body) ?? /\s+with\s+(?=(?:their|its|our|his|her)\s+\p{L}+\s+being\s)/iu.exec(body)
  if (!match || !main) return []
  const left = body.slice(0, match.index)
  const after = match.index + match[0].length
  const verb = terms.find((term) => term.start >= after && term.tags.has('Verb') && (term.tags.has('Gerund') || term.tags.has('PastTense') || term.tags.has('Participle')) && !term.tags.has('Adjective'))
  if (!verb) return []
  const group = body.slice(after, verb.start).trim()
  const rest = body.slice(verb.start)
  // "with buildings, street lighting and business travel making up …": a series is no subject of one word group.
  if (wordCount(group) < 1 || wordCount(group) > 6 || !verbless(terms, after, verb.start) || /\b(?:and|or|which|that|who)\b|,/i.test(group)) return []
  if (/[,;]/.test(rest) || wordCount(left) < 5 || wordCount(rest) < 2 || !standsAlone(left)) return []
  // "with our rate having levelled off": a helper in -ing ("is having levelled") is no verb to write with "is"; "… and
  // the amount of food being thrown away remaining high": a second "with" clause after "and" would be left without one.
  if (/^having\s/i.test(rest) || /\s(?:and|or)\s[^,;]*\b\p{L}+ing\b/iu.test(rest.slice(verb.end - verb.start))) return []
  const plural = pluralHead(group, terms, after)
  const future = /^will\b/i.test(main.verb.auxiliary)
  const being = /^being\s+/i.exec(rest)
  const be = future ? wording.with.future : plural ? wording.with.plural : wording.with.singular
  const right = being ? `${group} ${be} ${rest.slice(being[0].length)}` : `${group} ${be} ${rest}`
  // "…, with Local Outcome Improvement Plans taken into account in their development": once the group is the subject,
  // "their" may point at it instead of what it meant: offered.
  const drifts = /\b(?:their|its|they|them|it)\b/i.test(rest)
  // "…stood at 19,400, with a quarter held by …" ("is held": the time of the first half is lost); "…will start in March,
  // with all flats following by December" ("will be following", not "will follow"): after the past, and for an "-ing"
  // word after "will", the new verb is offered ("will be cascaded" after "will" is sure).
  const past = main.verb.head.has('PastTense') || /^(?:was|were|had|did)\b/i.test(main.verb.auxiliary)
  const unsureTime = past || (future && verb.tags.has('Gerund') && being === null)
  return [{left: leftPart(left), right, joiner: 'with', ...(drifts || unsureTime ? {confidence: 0.5} : {})}]
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

/**
 * A trailing "-ing" clause that tells what the whole clause brings about: "… through plans and performance reporting,
 * helping us to show our aims" → "… performance reporting." + "This helps us to show our aims." ("This will help …"
 * after "will"). Only the "-ing" words of `wording.result.participles`: other "-ing" words tell what the subject does
 * (the participle cut), and "This leads by example" would not be what the plan said.
 */
export function resultCuts({body, main, wording, leftPart}: TailContext): Cut[] {
  const found: Cut[] = []
  for (const match of body.matchAll(/,\s+(\p{L}+ing)\s+/giu)) {
    if (!wording.result.participles.includes(match[1]!.toLowerCase())) continue
    const forms = formsOf(match[1]!.toLowerCase())
    const left = body.slice(0, match.index)
    const rest = body.slice(match.index + match[0].length)
    // "a role in improving X, making use of Y and getting rid of Z": one "-ing" word of a series, not a clause.
    if (/\b(?:and|or)\s+\p{L}+ing\b/iu.test(rest)) continue
    if (!forms || /[;]|,\s+(?:and|but|which)\s/.test(rest) || wordCount(left) < 5 || wordCount(rest) < 2 || !standsAlone(left)) continue
    const verb = main && /^will\b/i.test(main.verb.auxiliary) ? `will ${forms.infinitive}` : forms.present
    found.push({left: leftPart(left), right: `${wording.result.lead} ${verb} ${rest}`, joiner: '-ing (result)'})
  }
  return found
}

/**
 * A series of things after a semicolon, naming again the things just spoken of: "… the Road Safety Board's four key
 * pillars; prevention, engineering, engagement and enforcement" → "… four key pillars." + "These are prevention,
 * engineering, engagement and enforcement." Two things or more, each a short noun group or a name; a series of names
 * needs no "and" ("Context, Culture, Care, Coordination").
 */
export function semicolonSeriesCuts({body, terms, imperative, wording, leftPart}: TailContext): Cut[] {
  const match = /;\s+([^;:]+)$/.exec(body)
  if (!match) return []
  const series = match[1]!
  const last = /^(.*?)(?:,\s*|\s+)and\s+([^,]+)$/i.exec(series)
  const items = (last ? [...last[1]!.split(/\s*,\s*/), last[2]!] : series.split(/\s*,\s*/)).map((item) => item.trim())
  const named = items.every((item) => /^\p{Lu}/u.test(item))
  if (items.length < 2 || (!last && (!named || items.length < 3)) || !items.every((item) => isThing(item))) return []
  const left = body.slice(0, match.index)
  const before = terms.filter((term) => term.end <= match.index).at(-1)
  if (!before?.tags.has('Noun') || wordCount(left) < 4 || !(imperative || standsAlone(left))) return []
  return [{left: leftPart(left), right: `${wording.appositive.plural} ${series}`, joiner: '; (series)'}]
}

/** The joiner of an including aside: its sentence names its noun in full, so it can come after the sentence's other pieces. */
export const includingAsideJoiner = 'including (aside)'

/**
 * "including …" set off inside a sentence: "Recent events including the pandemic and the summit, have placed
 * pressure on policing" → "Recent events have placed pressure on policing." + "These events include the pandemic and
 * the summit." The words after "including" end at the comma after which the sentence goes on with a verb or a
 * preposition ("… gender based abuse, including violence against women, in Lanarkshire and …"); they have no verb of
 * their own, and the sentence without them must stand alone. The noun before "including" is named again.
 */
export function includingAsideCuts({body, terms, wording}: TailContext): Cut[] {
  const match = /(,?)\s+including\s+/i.exec(body)
  if (!match) return []
  const left = body.slice(0, match.index)
  const noun = terms.filter((term) => term.end <= match.index).at(-1)
  if (!noun?.tags.has('Noun') || noun.tags.has('Pronoun') || wordCount(left) < 2) return []
  const start = match.index + match[0].length
  for (const comma of body.slice(start).matchAll(/,\s*/g)) {
    const end = start + comma.index
    const named = body.slice(start, end)
    const rest = body.slice(end + comma[0].length)
    const next = terms.find((term) => term.start >= end + comma[0].length)
    // "…, have placed pressure on policing": a verb, with no series going on after it ("…, armed policing, dog units and …").
    const verb = next !== undefined && next.tags.has('Verb') && !next.tags.has('Gerund') && !next.tags.has('Noun') && !next.tags.has('Adjective') && !/,/.test(rest)
    const goesOn = next !== undefined && (verb || next.tags.has('Preposition'))
    if (!goesOn) continue
    // "including A, B, C, registered providers and landlords": a series with no "and" yet goes on after this comma.
    if (/,/.test(named) && !/\s(?:and|or)\s/i.test(named)) return []
    if (!verbless(terms, start, end) && terms.some((term) => term.start >= start && term.end <= end && term.tags.has('Verb') && !term.tags.has('Gerund') && !term.tags.has('Noun'))) return []
    const sentence = `${left} ${rest}`
    if (wordCount(sentence) < 4 || !standsAlone(sentence)) return []
    const lead = (noun.tags.has('Plural') ? wording.includingAside.plural : wording.includingAside.singular).replace('{noun}', nounWord(noun))
    // "the levers which determine the cost of housing, including interest rates": after a "which" clause, the
    // examples may be of the noun before it, not of the clause's last noun.
    const insideClause = /\b(?:which|that|who)\s[^,;:]+$/i.test(left)
    return [{left: `${sentence}.`, right: `${lead} ${named}`, joiner: includingAsideJoiner, ...(placeNoun(terms, noun) || insideClause ? {confidence: 0.6} : {})}]
  }
  return []
}
