import type {SentenceCounts} from './types.js'
import {onDaleChall, onSpache, type Word} from './words.js'

/**
 * What the formulas need, counted from the words with easyread's rules (README "Readability"):
 * a number is one word of one syllable and familiar; an acronym has a syllable a letter (it is spelled out) and is
 * familiar once explained; a proper name is familiar and never "complex" (as Dale-Chall and Gunning fog ask);
 * a glossary term is familiar once explained; British spellings are looked up in their American form.
 */
export function countWords(words: readonly Word[], explained: readonly boolean[], american: ReadonlyMap<string, string>): SentenceCounts {
  let daleChallUnfamiliar = 0
  let spacheUnfamiliar = 0
  let complexWords = 0
  words.forEach((word, index) => {
    const familiarAnyway = explained[index] || word.kind === 'number' || word.kind === 'name'
    const dale = familiarAnyway || (word.kind !== 'acronym' && onDaleChall(word.value, american))
    const spache = familiarAnyway || (word.kind !== 'acronym' && onSpache(word.value, american))
    if (!dale) daleChallUnfamiliar++
    if (!spache) spacheUnfamiliar++
    if (word.syllables >= 3 && !familiarAnyway && !dale) complexWords++
  })
  const letters = (word: Word) => word.value.replace(/[^\p{L}\p{N}]/gu, '').length
  return {
    words: words.length,
    syllables: words.reduce((sum, word) => sum + word.syllables, 0),
    letters: words.reduce((sum, word) => sum + letters(word), 0),
    characters: words.reduce((sum, word) => sum + word.value.length, 0),
    polysyllables: words.filter((word) => word.syllables >= 3).length,
    complexWords,
    daleChallUnfamiliar,
    spacheUnfamiliar
  }
}
