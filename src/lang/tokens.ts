// The one word tokenizer of easyread: every stage (simplify, glossary, readability, select, layout) counts and finds
// words with it, so a sentence has the same number of words everywhere.
import {remembered} from './remember.js'

/**
 * A word: letters and digits, joined by an apostrophe ("don't", "people’s"), a hyphen ("anti-social", "Y1-3"), an
 * ampersand ("A&E"), a full stop inside it ("e.g", "3.5", "gov.uk") or a comma between digits ("1,500").
 */
const wordPattern = /[\p{L}\p{N}]+(?:(?:[-‐‑'’.&]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{N}]+)*/gu
/** A word, or any other character that is not white space (punctuation, a symbol). */
const tokenPattern = /[\p{L}\p{N}]+(?:(?:[-‐‑'’.&]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{N}]+)*|\S/gu

/** A word or a mark, with its offsets in the text. */
export interface Token {
  value: string
  start: number
  end: number
}

/** The matches of a global `pattern` in the text as tokens, in order (a pattern that cannot match empty text). */
export function tokensMatching(text: string, pattern: RegExp): Token[] {
  const found: Token[] = []
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) found.push({value: match[0], start: match.index, end: match.index + match[0].length})
  return found
}

/** The words of a text, in order, with their offsets. */
export function wordTokens(text: string): Token[] {
  return tokensMatching(text, wordPattern)
}

/** The words and the marks between them (each mark one token), in order. */
export function allTokens(text: string): Token[] {
  return tokensMatching(text, tokenPattern)
}

/**
 * How many words a text has: the one count every stage uses. Remembered: the stages count the same sentences again
 * and again (the seed plan's build asks some 5,600 times about 1,800 texts).
 */
export const wordCount = remembered(function wordCount(text: string): number {
  // `test` moves the global pattern on without making a match: counting allocates nothing.
  let count = 0
  wordPattern.lastIndex = 0
  while (wordPattern.test(text)) count++
  return count
})

/** Whether a token is a word (not a mark). */
export function isWord(token: string): boolean {
  return /^[\p{L}\p{N}]/u.test(token)
}

/** The words of a text with each hyphenated word cut into its parts ("anti-social" → "anti", "social"): for term lookups. */
export function wordParts(text: string): Token[] {
  return wordTokens(text).flatMap((token) => {
    if (!/[-‐‑]/.test(token.value)) return [token]
    const parts: Token[] = []
    for (const match of token.value.matchAll(/[^-‐‑]+/g)) parts.push({value: match[0], start: token.start + match.index, end: token.start + match.index + match[0].length})
    return parts
  })
}
