// The part-of-speech tagger under the English layer: wink-nlp with its English lite model (MIT, shipped inside the
// npm package, no download). Chosen on evidence (bench/tagger.js on test/fixtures/lang/tagged.yml): about 14 times
// faster than compromise on the seed plan and as accurate or more on what the rules ask (verbs, nouns, participles).
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import {remembered} from './remember.js'

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

/** The tagger, loaded at its first use (a command that reads no English loads no model). */
function tagger(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model)
  return nlp
}

/** The tokens of `text` with their parts of speech and lemmas, tagged once per text. */
export const tagText = remembered(function tagText(text: string): TaggedToken[] {
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
})
