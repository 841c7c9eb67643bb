import {syllable as countSyllables} from 'syllable'
import {daleChall as daleChallList} from 'dale-chall'
import {spache as spacheList} from 'spache'
import {remembered} from '../lang/remember.js'

/**
 * The word data the readability formulas read for every word, made cheap to ask again: a plan repeats its words, and
 * retext-readability asks `syllable()` (some 15 expressions and a plural lookup per word) and `list.includes()` (a
 * walk through an array of up to 3,000 words) for each one of every sentence. The CLI bundle points
 * retext-readability's own imports of these three packages here (scripts/bundle-cli.js); the answers are the same.
 */

/** `syllable`'s count for `value`, remembered for the distinct words of a very long plan: it depends on the text alone. */
export const syllable = remembered(countSyllables, 50_000)

/** The list as an array (so it reads as the package's own) whose `includes` asks a Set. */
function setBacked(list: readonly string[]): {words: ReadonlySet<string>; list: string[]} {
  const words = new Set(list)
  const copy = [...list]
  Object.defineProperty(copy, 'includes', {value: (word: string) => words.has(word)})
  return {words, list: copy}
}

const daleChallData = setBacked(daleChallList)
const spacheData = setBacked(spacheList)

/** The Dale-Chall list of familiar words, as `dale-chall` exports it. */
export const daleChall = daleChallData.list
/** The Spache list of familiar words, as `spache` exports it. */
export const spache = spacheData.list
/** The same lists as sets. */
export const daleChallWords = daleChallData.words
export const spacheWords = spacheData.words
