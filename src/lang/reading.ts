// One reading of a sentence, made once and shared by every stage that asks: its words with their parts of speech,
// lemmas and verb forms, and its verb groups ("will not fully engage", "has been taken").
import {corrected, have, inIng, insideGroup} from './corrections.js'
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
const verbal = new Set<PartOfSpeech>(['AUX', 'VERB'])
/**
 * Two fixes to the model's lemmas: they are American, and "analyse", "maximised" keep their own spelling ("analyse",
 * "maximise"); the helper "being" is "be" (the model gives "being", so it would read as no form in -ing).
 */
function ownLemma(value: string, lemma: string): string {
  if (lemma === 'being') return 'be'
  const american = /^(.*[iy])ze$/.exec(lemma)
  return american && value.toLowerCase().startsWith(`${american[1]}s`) ? `${american[1]}se` : lemma
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
    .map((token) => ({value: token.value, start: token.start, end: token.end, pos: token.pos, lemma: ownLemma(token.value, token.lemma), participle: false, gerund: false}))
  corrected(words)
  // "being", "having" are gerunds too: a helper in -ing heads no clause ("with their safety being paramount").
  for (const word of words) word.gerund = (word.pos === 'VERB' || word.pos === 'AUX') && inIng(word)
  participles(words)
  return {words, verbs: groups(text, words)}
})
