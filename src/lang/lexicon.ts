// Which parts of speech a word can take at all, from wink-lexicon (MIT, the lexicon under wink's own Penn tagger):
// the English layer's corrections ask it before reading a word the model took for a noun as a verb ("offer advice",
// "support victims": yes; "education inputs": "education" is never a verb). Loaded at its first question, as a Map
// the build keeps (util/data-cache.ts): compiling the package's 390 KB object literal took some 35 ms a run.
import {createRequire} from 'node:module'
import {cachedLoad} from '../util/data-cache.js'

let tagsByWord: ReadonlyMap<string, readonly string[]> | undefined

function loadLexicon(): ReadonlyMap<string, readonly string[]> {
  const require = createRequire(import.meta.url)
  const file = require.resolve('wink-lexicon/src/lexicon.js')
  return cachedLoad('wink-lexicon', [file], () => new Map(Object.entries(require(file) as Record<string, readonly string[]>)))
}

function pennTags(word: string): readonly string[] {
  tagsByWord ??= loadLexicon()
  return tagsByWord.get(word.toLowerCase()) ?? []
}

/** Whether `word` is used as a verb of a clause in its plain form ("offer", "support", "share"; not "park", "bus"). */
export function usedAsFiniteVerb(word: string): boolean {
  return pennTags(word).includes('VBP')
}

/** The plain form of a verb in -ed or -ing the model read as another part of speech ("caring", "planned"). */
export function verbLemma(word: string): string {
  const lower = word.toLowerCase()
  const stem = lower.replace(/(?:ed|ing)$/, '')
  const candidates = [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1'), stem.replace(/i$/, 'y')]
  return candidates.find((candidate) => candidate !== lower && pennTags(candidate).some((tag) => /^VBP?$/.test(tag))) ?? stem
}

/**
 * What `word` is when the lexicon knows it and never as a verb ("provision", "children": a noun); undefined when it
 * can be a verb, or the lexicon does not know it (a word it does not know may be one).
 */
export function neverVerb(word: string): 'NOUN' | 'ADJ' | undefined {
  const tags = pennTags(word)
  if (tags.length === 0 || tags.some((tag) => tag.startsWith('VB'))) return undefined
  if (tags.some((tag) => tag.startsWith('NN'))) return 'NOUN'
  return tags.includes('JJ') ? 'ADJ' : undefined
}

/** Whether `word` can be an adjective ("crucial", "collective"). */
export function canBeAdjective(word: string): boolean {
  return pennTags(word).includes('JJ')
}

/** Whether `word` can be a verb in its plain form ("offer", "support") or, for a form in -s, in that form ("targets"). */
export function canBeVerb(word: string): boolean {
  const wanted = /[^s]s$/i.test(word) ? /^VBZ$/ : /^VBP?$/
  return pennTags(word).some((tag) => wanted.test(tag))
}
