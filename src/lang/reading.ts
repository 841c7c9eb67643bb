// One reading of a sentence, made once and shared by every stage that asks: its words with their parts of speech,
// lemmas and verb forms, and its verb groups ("will not fully engage", "has been taken").
import {canBeAdjective, canBeVerb, neverVerb, usedAsFiniteVerb, verbLemma} from './lexicon.js'
import {remembered} from './remember.js'
import {tagText, type PartOfSpeech} from './tagger.js'

/** A word of a sentence as the layer reads it. */
export interface ReadWord {
  value: string
  start: number
  end: number
  pos: PartOfSpeech
  lemma: string
  /** A verb used as a past participle: after "be" or "have" ("is aligned", "has been taken"), adverbs between. */
  participle: boolean
  /** A verb in -ing ("providing"). */
  gerund: boolean
}

/** A verb group: helpers, "not", adverbs inside, and the verbs ("will not fully engage"). */
export interface VerbGroup extends VerbGroupSpan {
  /** The main verb (the last verb of the group), or the helper when it stands alone ("is", "are"). */
  head: ReadWord
  words: readonly ReadWord[]
}

/** What a verb group is, in this layer and in the simplify rules' tags (util/tagger.ts). */
export interface VerbGroupSpan {
  start: number
  end: number
  text: string
  /** The helpers before the main verb ("will", "has been"), a short one in full ("'ll" is "will"); empty for a verb without one. */
  auxiliary: string
  negative: boolean
  /** "to" + verb, or a lone -ing form: these cannot head a clause. */
  nonFinite: boolean
}

export interface SentenceReading {
  /** Every token but white space, punctuation included (pos PUNCT). */
  words: readonly ReadWord[]
  verbs: readonly VerbGroup[]
}

const be = new Set(['be', 'am', 'is', 'are', 'was', 'were', 'been', 'being'])
const have = new Set(['have', 'has', 'had', 'having'])
const verbal = new Set<PartOfSpeech>(['AUX', 'VERB'])
/** What may stand inside a verb group between its helpers and its verb: "not", "n't", adverbs (never "to"). */
function insideGroup(word: ReadWord): boolean {
  return word.pos === 'ADV' || (word.pos === 'PART' && /^(?:not|n['’]t)$/i.test(word.value))
}
const subjects = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'who'])
const objects = new Set(['me', 'us', 'you', 'them', 'him', 'it'])
const possessives = new Set(['my', 'our', 'your', 'his', 'her', 'its', 'their'])
/** Words before which a lone participle describes the noun after it ("our trusted relationship", "through improved visibility"). */
const beforeAttribute = new Set<PartOfSpeech>(['DET', 'ADP', 'ADJ', 'CCONJ', 'PUNCT', 'VERB'])

const modals = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll", '’ll', "'d", '’d'])
const indefinitePronouns = new Set(['everything', 'something', 'anything', 'nothing', 'everyone', 'someone', 'anyone', 'everybody', 'somebody', 'anybody', 'nobody'])
const lower = (word: ReadWord | undefined): string => word?.value.toLowerCase() ?? ''
/**
 * Two fixes to the model's lemmas: they are American, and "analyse", "maximised" keep their own spelling ("analyse",
 * "maximise"); the helper "being" is "be" (the model gives "being", so it would read as no form in -ing).
 */
function ownLemma(value: string, lemma: string): string {
  if (lemma === 'being') return 'be'
  const american = /^(.*[iy])ze$/.exec(lemma)
  return american && value.toLowerCase().startsWith(`${american[1]}s`) ? `${american[1]}se` : lemma
}

/** A form in -ing that is not its own lemma ("providing"; "bring" and "sing" are no such form). */
const inIng = (word: ReadWord): boolean => /ing$/i.test(word.value) && word.lemma !== word.value.toLowerCase()
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

/** Corrections to the tagger, for what the rules ask of it, in order (a later one reads what an earlier one set). */
const corrections: ReadonlyArray<(words: ReadWord[]) => void> = [notVerbs, indefinites, verbsAfterHelpers, verbsAfterSubjects, attributes, orders, relativeVerbs, coordinatedVerbs, verbsAfterObjects]

function corrected(words: ReadWord[]): void {
  for (const correct of corrections) correct(words)
}

function participles(words: ReadWord[]): void {
  words.forEach((word, index) => {
    if (word.pos !== 'VERB' || word.lemma === word.value.toLowerCase()) return
    let back = index - 1
    while (back >= 0 && insideGroup(words[back]!)) back--
    const before = words[back]?.value.toLowerCase() ?? ''
    word.participle = back >= 0 && (be.has(before) || have.has(before) || words[back]!.participle)
  })
}

/** A helper written short, as the helper says it in full ("We'll plant" has the helper "will"). */
const contractedHelpers: Readonly<Record<string, string>> = {"'ll": 'will', "'re": 'are', "'ve": 'have', "'m": 'am', "'d": 'would', ca: 'can', wo: 'will'}

function groups(text: string, words: readonly ReadWord[]): VerbGroup[] {
  const found: VerbGroup[] = []
  for (let index = 0; index < words.length; index++) {
    if (!verbal.has(words[index]!.pos)) continue
    // Adverbs in -ly just before the verbs belong to the group ("continuously evaluated", "fully engage").
    let first = index
    while (first > 0 && words[first - 1]!.pos === 'ADV' && /ly$/i.test(words[first - 1]!.value) && (first - 1 === 0 || !found.at(-1) || found.at(-1)!.end <= words[first - 1]!.start)) first--
    let last = index
    for (let next = index + 1; next < words.length; next++) {
      const pos = words[next]!.pos
      if (verbal.has(pos)) last = next
      else if (!insideGroup(words[next]!)) break
      // A verb after a verb that is no helper starts a group of its own ("help protect" is two verbs).
      if (verbal.has(pos) && words[next - 1]!.pos === 'VERB') {
        last = next - 1
        break
      }
    }
    while (last > index && !verbal.has(words[last]!.pos)) last--
    const members = words.slice(first, last + 1)
    const verbs = members.filter((word) => verbal.has(word.pos))
    const head = verbs.findLast((word) => word.pos === 'VERB') ?? verbs.at(-1)!
    const helpers = verbs.filter((word) => word !== head)
    const toBefore = /\bto\s*$/i.test(text.slice(0, members[0]!.start))
    found.push({
      start: members[0]!.start,
      end: members.at(-1)!.end,
      text: text.slice(members[0]!.start, members.at(-1)!.end),
      auxiliary: helpers.map((word) => contractedHelpers[word.value.toLowerCase().replace('’', "'")] ?? word.value).join(' '),
      negative: members.some((word) => word.pos === 'PART' && /^(?:not|n['’]t)$/i.test(word.value)),
      head,
      nonFinite: (toBefore && helpers.length === 0) || (verbs.length === 1 && head.gerund),
      words: members
    })
    index = last
  }
  return found
}

/** The reading of one sentence (or any short text), made once per text. */
export const readSentence = remembered(function readSentence(text: string): SentenceReading {
  const words: ReadWord[] = tagText(text)
    .filter((token) => token.pos !== 'SPACE')
    .map((token) => ({...token, lemma: ownLemma(token.value, token.lemma), participle: false, gerund: false}))
  corrected(words)
  // "being", "having" are gerunds too: a helper in -ing heads no clause ("with their safety being paramount").
  for (const word of words) word.gerund = (word.pos === 'VERB' || word.pos === 'AUX') && inIng(word)
  participles(words)
  return {words, verbs: groups(text, words)}
})
