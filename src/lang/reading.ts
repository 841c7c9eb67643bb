// One reading of a sentence, made once and shared by every stage that asks: its words with their parts of speech,
// lemmas and verb forms, and its verb groups ("will not fully engage", "has been taken").
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

/** What a verb group is whichever tagger read it (this layer, or compromise in util/tagger.ts). */
export interface VerbGroupSpan {
  start: number
  end: number
  text: string
  /** The helpers before the main verb ("will", "has been"); empty for a verb without one. */
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

/**
 * Two corrections to the tagger, for what the rules ask of it:
 * - a participle between a determiner, a preposition or a possessive and a noun is an adjective ("controlled drugs");
 * - a verb's plain form after "and"/"or" that goes on from a verb in its plain form, with an object after it, is a
 *   verb, not a noun ("will provide … and use historical data", "will enhance … and work with partners");
 * - a word right after a subject pronoun is a verb ("they report problems"), and so is a word in -s before a particle
 *   and its object ("sets out our work"), and a plain form between a plural noun and a determiner ("officers check the").
 */
function corrected(words: ReadWord[]): void {
  words.forEach((word, index) => {
    if (word.pos !== 'NOUN') return
    const before = words[index - 1]?.value.toLowerCase() ?? ''
    const after = words.slice(index + 1, index + 3)
    const particleAndObject = /s$/i.test(word.value) && /^(?:out|up|off|down)$/i.test(after[0]?.value ?? '') && (after[1]?.pos === 'DET' || possessives.has(after[1]?.value.toLowerCase() ?? ''))
    // "Officers check the roads", "priorities support this aim": a plain form between a plural noun and a determiner.
    const previous = words[index - 1]
    const betweenSubjectAndObject = word.lemma === word.value.toLowerCase() && !/s$/i.test(word.value) && (previous?.pos === 'NOUN' || previous?.pos === 'PROPN') && /s$/i.test(previous.value) && (after[0]?.pos === 'DET' || possessives.has(after[0]?.value.toLowerCase() ?? ''))
    if (subjects.has(before) || particleAndObject || betweenSubjectAndObject) word.pos = 'VERB'
  })
  words.forEach((word, index) => {
    const before = words[index - 1]
    const after = words[index + 1]
    if (word.pos !== 'NOUN' || before?.pos !== 'CCONJ' || word.lemma !== word.value.toLowerCase() || /s$/i.test(word.value)) return
    if (!after || !(after.pos === 'DET' || possessives.has(after.value.toLowerCase()) || objects.has(after.value.toLowerCase()) || (after.pos === 'ADP' && /^(?:with|to)$/i.test(after.value)) || (after.pos === 'ADJ' && words[index + 2]?.pos === 'NOUN'))) return
    // The verb the coordination goes on from: the last verb before "and", in its plain form after a helper, "to" or at the start.
    const previous = words.slice(0, index - 1).findLast((candidate) => candidate.pos === 'VERB' || candidate.pos === 'AUX')
    if (!previous || previous.pos !== 'VERB' || previous.lemma !== previous.value.toLowerCase()) return
    const helper = words[words.indexOf(previous) - 1]
    if (!helper || helper.pos === 'AUX' || /^to$/i.test(helper.value) || words.indexOf(previous) === 0) word.pos = 'VERB'
  })
  words.forEach((word, index) => {
    const before = words[index - 1]
    const after = words[index + 1]
    const describes = after !== undefined && (after.pos === 'NOUN' || after.pos === 'PROPN' || (after.pos === 'CCONJ' && before?.pos === 'ADJ'))
    if (word.pos === 'VERB' && /(?:ed|en)$/i.test(word.value) && describes && (!before || beforeAttribute.has(before.pos) || possessives.has(before.value.toLowerCase()))) word.pos = 'ADJ'
  })
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
      auxiliary: helpers.map((word) => word.value).join(' '),
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
    // "bring", "sing" end in -ing and are no gerund: a gerund is a form in -ing that is not its own lemma.
    .map((token) => ({...token, participle: false, gerund: token.pos === 'VERB' && /ing$/i.test(token.value) && token.lemma !== token.value.toLowerCase()}))
  corrected(words)
  participles(words)
  return {words, verbs: groups(text, words)}
})
