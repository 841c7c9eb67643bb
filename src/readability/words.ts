import {syllable} from 'syllable'
import {daleChall} from 'dale-chall'
import {spache} from 'spache'

/** One word of a sentence, as the counts and the rules see it. */
export interface Word {
  value: string
  /** Offset in the sentence's text. */
  start: number
  kind: 'word' | 'number' | 'acronym' | 'name'
  syllables: number
}

const wordPattern = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu

/**
 * The words of a sentence. Digits count as one word of one syllable ("2023" is read as one number);
 * an acronym (2 or more capitals) counts one syllable a letter, as it is spelled out;
 * a capitalised word that does not start the sentence is a proper name.
 */
export function wordsOf(text: string): Word[] {
  const words: Word[] = []
  for (const match of text.matchAll(wordPattern)) {
    const value = match[0]
    const kind = /^[\d.,-]+$/.test(value) || /^\d/.test(value)
      ? 'number'
      : /^[\p{Lu}\d&]{2,}s?$/u.test(value)
        ? 'acronym'
        : words.length > 0 && /^\p{Lu}/u.test(value)
          ? 'name'
          : 'word'
    const syllables = kind === 'number' ? 1 : kind === 'acronym' ? value.replace(/s$/, '').length : Math.max(1, syllable(value))
    words.push({value, start: match.index, kind, syllables})
  }
  return words
}

const daleChallWords = new Set(daleChall)
const spacheWords = new Set(spache)

/** The forms a word may take on an American list: itself, without a common ending, in American spelling. */
export function listForms(word: string, american: ReadonlyMap<string, string>): string[] {
  const lower = word.toLowerCase().replace(/’/g, "'")
  const forms = new Set([lower, american.get(lower) ?? lower])
  for (const form of [...forms]) {
    for (const [ending, replacement] of [['s', ''], ['es', ''], ['ies', 'y'], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e'], ['ly', ''], ["'s", '']] as const) {
      if (form.endsWith(ending) && form.length > ending.length + 2) forms.add(form.slice(0, -ending.length) + replacement)
    }
    // Regular British endings, for words the spelling list does not hold.
    forms.add(form.replace(/our(s?)$/, 'or$1').replace(/is(e|ed|es|ing|ation)$/, 'iz$1').replace(/tre(s?)$/, 'ter$1'))
  }
  return [...forms]
}

export function onDaleChall(word: string, american: ReadonlyMap<string, string>): boolean {
  return listForms(word, american).some((form) => daleChallWords.has(form))
}

export function onSpache(word: string, american: ReadonlyMap<string, string>): boolean {
  return listForms(word, american).some((form) => spacheWords.has(form))
}
