// Corrections to the tagger's reading, each for a kind of sentence the model misreads and the rules need read right:
// a verb after "will", after "and" or a series comma, or in a relative clause read as a noun; a name's capital word read
// as a verb; a participle before its noun read as a verb; an order's first verb read as a name. Where a correction
// must know whether a word can be a verb at all, it asks the lexicon (lexicon.ts).
import {canBeAdjective, canBeVerb, neverVerb, usedAsFiniteVerb, verbLemma} from './lexicon.js'
import type {ReadWord} from './reading.js'
import type {PartOfSpeech} from './tagger.js'

export const have = new Set(['have', 'has', 'had', 'having'])
/** What may stand inside a verb group between its helpers and its verb: "not", "n't", adverbs (never "to"). */
export function insideGroup(word: ReadWord): boolean {
  return word.pos === 'ADV' || (word.pos === 'PART' && /^(?:not|n['’]t)$/i.test(word.value))
}
const subjects = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'who'])
const objects = new Set(['me', 'us', 'you', 'them', 'him', 'it'])
const possessives = new Set(['my', 'our', 'your', 'his', 'her', 'its', 'their'])
/** Words before which a lone participle describes the noun after it ("our trusted relationship", "through improved visibility"). */
const beforeAttribute = new Set<PartOfSpeech>(['DET', 'ADP', 'ADJ', 'CCONJ', 'PUNCT', 'VERB'])

/** The modal helpers as the model's tokens give them ("won't" is "wo" and "n't", "can't" is "ca" and "n't"). */
export const modals: ReadonlySet<string> = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll", '’ll', "'d", '’d', 'wo', 'ca'])
const indefinitePronouns = new Set(['everything', 'something', 'anything', 'nothing', 'everyone', 'someone', 'anyone', 'everybody', 'somebody', 'anybody', 'nobody'])
const lower = (word: ReadWord | undefined): string => word?.value.toLowerCase() ?? ''

/** A form in -ing that is not its own lemma ("providing"; "bring" and "sing" are no such form). */
export const inIng = (word: ReadWord): boolean => /ing$/i.test(word.value) && word.lemma !== word.value.toLowerCase()
const plainForm = (word: ReadWord): boolean => word.lemma === word.value.toLowerCase() && !/[^s]s$/i.test(word.value)
/** What may open the object of a verb: a determiner, a possessive, an object pronoun, a number, an adjective before a noun. */
function opensObject(words: readonly ReadWord[], index: number): boolean {
  const word = words[index]
  if (!word) return false
  return word.pos === 'DET' || word.pos === 'NUM' || possessives.has(lower(word)) || objects.has(lower(word)) || (word.pos === 'ADJ' && words[index + 1]?.pos === 'NOUN')
}

/** Reads `word` as a verb, with the plain form the model gave no lemma for when it read another part of speech. */
function asVerb(word: ReadWord): void {
  word.pos = 'VERB'
  if (word.lemma === word.value.toLowerCase() && /(?:ed|ing)$/i.test(word.value)) word.lemma = verbLemma(word.value)
}

/**
 * A capital word inside a name is part of it, never a verb ("the Fire Safety Act 2021", "the Housing Act"); a word
 * the lexicon knows only as something else is no verb after "to" either ("returning children to provision").
 */
function notVerbs(words: ReadWord[]): void {
  words.forEach((word, index) => {
    if (word.pos !== 'VERB') return
    const before = words[index - 1]
    if (index > 0 && /^\p{Lu}/u.test(word.value) && before !== undefined && /^\p{Lu}/u.test(before.value) && (before.pos === 'PROPN' || before.pos === 'NOUN')) word.pos = 'PROPN'
    // Only after "to", where a noun so often stands ("to provision", "to harm"): the lexicon misses some verbs.
    else if (/^to$/i.test(before?.value ?? '')) word.pos = neverVerb(word.value) ?? word.pos
  })
}

/** "everything", "someone" are pronouns, never the verb the model sometimes takes them for ("do everything we can"). */
function indefinites(words: ReadWord[]): void {
  for (const word of words) if (indefinitePronouns.has(lower(word))) word.pos = 'PRON'
}

/**
 * After a modal, adverbs between, comes a verb in its plain form ("will open", "can also share"); after "have" a word
 * in -ed with an object is its participle ("have mitigated the risk"; "have limited resources" keeps its adjective).
 */
function verbsAfterHelpers(words: ReadWord[]): void {
  words.forEach((word, index) => {
    if (word.pos === 'VERB' || word.pos === 'AUX') return
    let back = index - 1
    while (back >= 0 && insideGroup(words[back]!)) back--
    const helper = words[back]
    if (helper?.pos !== 'AUX') return
    if (modals.has(lower(helper)) && (word.pos === 'NOUN' || word.pos === 'ADJ') && plainForm(word) && canBeVerb(word.value)) word.pos = 'VERB'
    else if (have.has(lower(helper)) && word.pos === 'ADJ' && /ed$/i.test(word.value) && opensObject(words, index + 1)) asVerb(word)
  })
}

/** Whether a verb that can head a clause (no form in -ing, none after "to") follows `index` before its clause ends. */
function finiteVerbLater(words: readonly ReadWord[], index: number): boolean {
  const clauseEnd = words.findIndex((other, at) => at > index && /^[,;:.!?]$/.test(other.value))
  const rest = words.slice(index + 1, clauseEnd === -1 ? undefined : clauseEnd)
  // "to identify with and demonstrate": a verb after "and" goes on from a verb after "to".
  const afterTo = (at: number) => /^to$/i.test(rest[at - 1]?.value ?? '')
  return rest.some((other, at) => (other.pos === 'VERB' || other.pos === 'AUX') && !inIng(other) && !afterTo(at) && !(rest[at - 1]?.pos === 'CCONJ' && rest.slice(0, at).some((_, before) => afterTo(before))))
}

/**
 * An order: a text that starts with a word used as a verb in its plain form, with its object after it and no other
 * verb of a clause, starts with that verb ("Support our communities …", "Design services jointly …", "Work with
 * local groups"; not "Police presence in towns", "Support for victims", nor "Design work will start").
 */
function orders(words: ReadWord[]): void {
  const first = words[0]
  // The model reads a capital word first as a name as often as a noun.
  if (!first || !(first.pos === 'NOUN' || first.pos === 'PROPN') || !/^\p{Lu}/u.test(first.value) || !plainForm(first) || !usedAsFiniteVerb(first.value)) return
  const next = words[1]
  const nounOrIng = (word: ReadWord | undefined) => word?.pos === 'NOUN' || (word?.pos === 'VERB' && inIng(word))
  const objectNext = opensObject(words, 1) || nounOrIng(next) || (next?.pos === 'ADJ' && nounOrIng(words[2])) || /^with$/i.test(next?.value ?? '')
  if (objectNext && !finiteVerbLater(words, 0)) first.pos = 'VERB'
}

/**
 * A word right after a subject pronoun is a verb ("they report problems"), and so is a word in -s before a particle
 * and its object ("sets out our work", "sets out three priorities"), and a plain form between a plural noun and a
 * determiner ("officers check the"), or a form in -s between a singular noun and one ("this plan addresses the").
 */
function verbsAfterSubjects(words: ReadWord[]): void {
  words.forEach((word, index) => {
    if (word.pos !== 'NOUN') return
    const after = words.slice(index + 1, index + 3)
    const particleAndObject = /s$/i.test(word.value) && /^(?:out|up|off|down)$/i.test(after[0]?.value ?? '') && opensObject(words, index + 2)
    const previous = words[index - 1]
    const subjectBefore = previous?.pos === 'NOUN' || previous?.pos === 'PROPN'
    const objectAfter = after[0]?.pos === 'DET' || possessives.has(lower(after[0]))
    // "officers check the roads" (a plain form after a plural), "this plan addresses the issues" (-s after a singular).
    const agreesWithSubject = subjectBefore && (plainForm(word) ? /s$/i.test(previous.value) : /[^s]s$/i.test(word.value) && !/s$/i.test(previous.value) && canBeVerb(word.value))
    // "Examples range from …", "a number of routes account for …": a plain form after a plural, before a preposition,
    // second in the sentence or with no finite verb after it in its clause ("our parks staff in the city will help").
    const pluralBeforePreposition = plainForm(word) && subjectBefore && /[^s]s$/i.test(previous.value) && after[0]?.pos === 'ADP' && usedAsFiniteVerb(word.value) && (index === 1 || !finiteVerbLater(words, index))
    const betweenSubjectAndObject = (agreesWithSubject && objectAfter) || pluralBeforePreposition
    // "This reports to the Cabinet": "this" is no determiner of a plural, so a form in -s after it is its verb.
    const afterThis = /^(?:this|that)$/i.test(lower(previous)) && /[^s]s$/i.test(word.value) && canBeVerb(word.value)
    if (subjects.has(lower(previous)) || particleAndObject || betweenSubjectAndObject || afterThis) word.pos = 'VERB'
    if (afterThis) previous!.pos = 'PRON'
  })
}

/**
 * The word before `index` that joins it to what came before, past an aside ("and, where possible, share"): "and",
 * "or", or the comma of a series.
 */
function joinerBefore(words: readonly ReadWord[], index: number): ReadWord | undefined {
  let back = index - 1
  if (words[back]?.value === ',') {
    const opening = words.slice(0, back).findLastIndex((word) => word.value === ',')
    if (opening > 0 && words[opening - 1]!.pos === 'CCONJ' && back - opening <= 4 && words.slice(opening + 1, back).every((word) => word.pos === 'ADV' || word.pos === 'ADJ' || word.pos === 'SCONJ')) back = opening - 1
  }
  return words[back]
}

/**
 * A word the model took for a noun that goes on, after "and", "or" or the comma of a series, from an earlier verb in
 * the same form, with an object after it, is a verb: "will provide … and use historical data", "will develop …, offer
 * advice … and support victims", "a plan that targets … and addresses …". The word must be one that can be a verb.
 */
function coordinatedVerbs(words: ReadWord[]): void {
  words.forEach((word, index) => {
    if (word.pos !== 'NOUN' || !canBeVerb(word.value)) return
    const joiner = joinerBefore(words, index)
    if (!joiner || !(joiner.pos === 'CCONJ' || joiner.value === ',')) return
    const joinedAt = words.indexOf(joiner)
    const after = words[index + 1]
    // The verb the coordination goes on from: the last verb before.
    const previous = words.slice(0, joinedAt).findLast((candidate) => candidate.pos === 'VERB' || candidate.pos === 'AUX')
    if (!previous || previous.pos !== 'VERB') return
    const previousAt = words.indexOf(previous)
    // A bare noun after the word ("offer advice", "share buildings") is its object only where a noun series is
    // unlikely: the word is used as a finite verb, and an aside, a long first item with its own determiner, or a verb
    // of the same series stands before it ("develop our capability in this field, offer advice … and support
    // victims"; "and, where possible, share buildings").
    const aside = joinedAt < index - 1
    // "issue clear and consistent guidance to every household, train crews": an object with its own describing words.
    const item = words.slice(previousAt + 1, joinedAt)
    const longItemBefore = joiner.value === ',' && joinedAt - previousAt >= 4 && item.some((other) => other.pos === 'NOUN') && item.some((other) => other.pos === 'DET' || other.pos === 'ADJ' || possessives.has(lower(other)))
    const helper = words[previousAt - 1]
    const inSeries = helper?.pos === 'CCONJ' || helper?.value === ','
    const bareObject = after?.pos === 'NOUN' && usedAsFiniteVerb(word.value) && (aside || longItemBefore || inSeries)
    if (plainForm(word)) {
      if (!plainForm(previous) || !(opensObject(words, index + 1) || (after?.pos === 'ADP' && /^(?:with|to)$/i.test(after.value)) || bareObject)) return
      // In its plain form after a helper, "to", the start, or as a member of the series itself.
      if (!helper || helper.pos === 'AUX' || /^to$/i.test(helper.value) || inSeries) word.pos = 'VERB'
    } else if (/[^s]s$/i.test(previous.value) && previous.lemma !== lower(previous) && (opensObject(words, index + 1) || after?.pos === 'NOUN')) {
      // In -s, going on from a verb in -s ("targets drug supply and addresses drug deaths").
      word.pos = 'VERB'
    }
  })
}

/**
 * After a noun and "that", "which" or "who", a word with an object after it is the relative clause's verb ("a plan
 * that targets drug supply", "plans which reference distinct priorities"), and so is a plain form after a plural
 * noun ("the issues that matter most").
 */
function relativeVerbs(words: ReadWord[]): void {
  words.forEach((word, index) => {
    if (word.pos !== 'NOUN' || index < 2 || !/^(?:that|which|who)$/i.test(words[index - 1]!.value)) return
    const noun = words[index - 2]!
    if (noun.pos !== 'NOUN' && noun.pos !== 'PROPN') return
    const after = words[index + 1]
    // "the issues that matter most": a plain form after a plural noun agrees with it, whatever follows.
    const agrees = plainForm(word) && /[^s]s$/i.test(noun.value) && usedAsFiniteVerb(word.value) && after?.pos !== 'NOUN'
    if (opensObject(words, index + 1) || (canBeVerb(word.value) && after?.pos === 'NOUN') || agrees) word.pos = 'VERB'
  })
}

/** A form in -ing after an object pronoun is a verb ("many of them caring for a parent"), not a noun. */
function verbsAfterObjects(words: ReadWord[]): void {
  words.forEach((word, index) => {
    if (word.pos === 'NOUN' && /ing$/i.test(word.value) && objects.has(lower(words[index - 1]))) asVerb(word)
  })
}

/**
 * A participle (or a form in -ing) between a determiner, a preposition or a possessive and a noun describes it: an
 * adjective ("controlled drugs", "our existing estate"), and a form in -ing between two nouns part of a name ("the
 * household recycling rate"). An adjective after a determiner with no noun after it is a noun ("the public, …"), and
 * a word that can be an adjective, between a determiner and a comma with an adjective after it, is one ("a crucial,
 * irreplaceable perspective").
 */
function attributes(words: ReadWord[]): void {
  words.forEach((word, index) => {
    const before = words[index - 1]
    const after = words[index + 1]
    const describes = after !== undefined && (after.pos === 'NOUN' || after.pos === 'PROPN' || (after.pos === 'CCONJ' && before?.pos === 'ADJ'))
    // After "and" only between describing words ("safe and improved roads"); "planted trees and helped households"
    // goes on with a verb.
    const afterAnd = before?.pos === 'CCONJ' && !(words[index - 2]?.pos === 'ADJ' || /(?:ed|en)$/i.test(words[index - 2]?.value ?? ''))
    const participle = /(?:ed|en)$/i.test(word.value) && (!before || beforeAttribute.has(before.pos) || possessives.has(lower(before))) && !afterAnd
    const ing = inIng(word) && before !== undefined && (before.pos === 'DET' || possessives.has(lower(before)))
    // "the household recycling rate": between two nouns in the singular, a form in -ing is part of the name.
    const named = inIng(word) && before?.pos === 'NOUN' && after?.pos === 'NOUN' && !/s$/i.test(before.value) && !/[^s]s$/i.test(after.value)
    if (word.pos === 'VERB' && named) word.pos = 'NOUN'
    else if (word.pos === 'VERB' && describes && (participle || ing)) word.pos = 'ADJ'
    // "a crucial, irreplaceable perspective": a word between a determiner and a comma, with an adjective and a noun after.
    // A series goes on after the noun ("the public, local groups and partners"): no adjectives there.
    const series = words[index + 4] !== undefined && (words[index + 4]!.pos === 'CCONJ' || words[index + 4]!.value === ',')
    const coordinate = (word.pos === 'NOUN' || word.pos === 'ADJ') && before?.pos === 'DET' && after?.value === ',' && words[index + 2]?.pos === 'ADJ' && words[index + 3]?.pos === 'NOUN' && !series && canBeAdjective(word.value)
    if (coordinate) word.pos = 'ADJ'
    else if (word.pos === 'ADJ' && before?.pos === 'DET' && (!after || after.pos === 'PUNCT')) word.pos = 'NOUN'
  })
}

/** The corrections, in order: a later one reads what an earlier one set. */
const corrections: ReadonlyArray<(words: ReadWord[]) => void> = [notVerbs, indefinites, verbsAfterHelpers, verbsAfterSubjects, attributes, orders, relativeVerbs, coordinatedVerbs, verbsAfterObjects]

/** Corrects the parts of speech (and a few lemmas) of a sentence's words, in place. */
export function corrected(words: ReadWord[]): void {
  for (const correct of corrections) correct(words)
}
