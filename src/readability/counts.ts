import type {SentenceCounts} from './types.js'
import {onDaleChall, onSpache, type Word} from './words.js'

/**
 * What the formulas need, counted from the words with easyread's rules (README "Readability"):
 * a number is one word of one syllable and familiar; an acronym has a syllable a letter (it is spelled out) and is
 * familiar once explained; a proper name is familiar and never "complex" (as Dale-Chall and Gunning fog ask);
 * a glossary term is familiar once explained; British spellings are looked up in their American form.
 * With `shortNames` (the checker's setting; off, the counts are the formulas' own), a proper name counts as a short word (at most 2 syllables and 6 letters): a reader knows the name of their
 * town or of the police as a whole, and "Clackmannanshire" or "Police Scotland" must not make a short sentence of
 * names score like a hard one.
 */
/** How long a proper name counts, at most (see countWords). */
export const nameSize = {syllables: 2, letters: 6} as const

export function countWords(words: readonly Word[], explained: readonly boolean[], american: ReadonlyMap<string, string>, shortNames = false): SentenceCounts {
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
  const letters = (word: Word) => Math.min(word.value.replace(/[^\p{L}\p{N}]/gu, '').length, shortNames && word.kind === 'name' ? nameSize.letters : Infinity)
  const syllables = (word: Word) => (shortNames && word.kind === 'name' ? Math.min(word.syllables, nameSize.syllables) : word.syllables)
  return {
    words: words.length,
    syllables: words.reduce((sum, word) => sum + syllables(word), 0),
    letters: words.reduce((sum, word) => sum + letters(word), 0),
    characters: words.reduce((sum, word) => sum + (shortNames && word.kind === 'name' ? letters(word) : word.value.length), 0),
    polysyllables: words.filter((word) => syllables(word) >= 3).length,
    complexWords,
    daleChallUnfamiliar,
    spacheUnfamiliar
  }
}
