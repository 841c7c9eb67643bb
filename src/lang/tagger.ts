// The part-of-speech tagger under the English layer: wink-nlp with its English lite model (MIT, shipped inside the
// npm package, no download). Chosen on evidence (bench/tagger.js on test/fixtures/lang/tagged.yml): about 14 times
// faster than compromise on the seed plan and as accurate or more on what the rules ask (verbs, nouns, participles).
import {createRequire} from 'node:module'
import type winkNLP from 'wink-nlp'
import {taggerModel} from './wink-model.js'

/** Universal Dependencies parts of speech, as the model gives them. */
export type PartOfSpeech = 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE'

/** One token as the tagger reads it, with its offsets in the text. */
export interface TaggedToken {
  value: string
  start: number
  end: number
  pos: PartOfSpeech
  /** The dictionary form ("served" → "serve", "communities" → "community"), lower case. */
  lemma: string
}

let nlp: ReturnType<typeof winkNLP> | undefined

/**
 * What the tagger runs: part of speech (with the lemmas, which read it) and nothing else. wink's default pipe adds
 * sentence boundaries, negation, sentiment and named entities, which no stage reads; the tags and lemmas are the same
 * without them (checked on every line of the seeds and sample plans) and a text is tagged in about two thirds of the time.
 */
const pipe = ['pos']

/**
 * The tagger, loaded at its first use: wink and its model (some 3 MB of JSON, put together in wink-model.ts) are
 * loaded then, so a command or a plan that reads no English loads neither.
 */
function tagger(): ReturnType<typeof winkNLP> {
  if (!nlp) {
    const require = createRequire(import.meta.url)
    const createTagger = require('wink-nlp') as typeof winkNLP
    nlp = createTagger(taggerModel() as Parameters<typeof winkNLP>[0], pipe)
  }
  return nlp
}

/**
 * The tokens of `text` with their parts of speech and lemmas. Not remembered: its one caller, `readSentence`, is,
 * and copies the tokens; kept here too, they were 4,000 texts' tokens held for no second asker (674 asks, 674 texts
 * on the seed).
 */
export function tagText(text: string): TaggedToken[] {
  const reader = tagger()
  const {its} = reader
  const tokens = reader.readDoc(text).tokens()
  const values = tokens.out(its.value) as string[]
  const parts = tokens.out(its.pos) as PartOfSpeech[]
  const lemmas = tokens.out(its.lemma as never) as string[]
  const tagged: TaggedToken[] = []
  let at = 0
  values.forEach((value, index) => {
    // wink gives no offsets: each token is found in order in the text (it never changes the characters).
    const start = text.indexOf(value, at)
    if (start === -1) return
    at = start + value.length
    tagged.push({value, start, end: at, pos: parts[index]!, lemma: (lemmas[index] ?? value).toLowerCase()})
  })
  return tagged
}
