import type {SentenceCounts} from './types.js'
import {median, readingAges, scoreCounts} from './formulas.js'

/** Formulas need about 100 words to be stable (EASY-READ.md). */
export const passageWords = 100

const sumKeys: Array<keyof SentenceCounts> = ['words', 'syllables', 'letters', 'characters', 'polysyllables', 'complexWords', 'daleChallUnfamiliar', 'spacheUnfamiliar']

/**
 * For each sentence, the formulas' median reading age over its passage: the sentence with its neighbours on both
 * sides, taken in turn, until the passage holds at least 100 words (or the whole document, when it is shorter).
 */
export function passageReadingAges(counts: readonly SentenceCounts[]): number[] {
  return counts.map((_, index) => {
    let from = index
    let to = index
    const total = (key: keyof SentenceCounts) => {
      let sum = 0
      for (let at = from; at <= to; at++) sum += counts[at]![key]
      return sum
    }
    while (total('words') < passageWords && (from > 0 || to < counts.length - 1)) {
      if (to < counts.length - 1) to++
      if (total('words') < passageWords && from > 0) from--
    }
    const pooled = Object.fromEntries(sumKeys.map((key) => [key, total(key)])) as unknown as SentenceCounts
    return median(Object.values(readingAges(scoreCounts(pooled, to - from + 1))))
  })
}
