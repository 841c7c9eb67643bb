import type {GlossaryEntry, SenseSignal} from './types.js'

/** Words on either side of a term within which a signal that is not tied to the term counts. */
export const senseWindow = 6

/** The stand-in for the term in a signal: "easily ~" (the word before), "~ to the public" (the words after). */
export const termMark = '~'

/**
 * Read a signal as written in a glossary file. A signal is one word or a few; with `~` it is tied to the term
 * ("easily ~", "~ in the police"), without it the words may stand anywhere within 6 words of it ("wheelchair").
 * Returns a problem's message when it is not well made.
 */
export function parseSignal(text: string): SenseSignal | string {
  const words = text.toLowerCase().replace(/’/g, "'").split(/\s+/).filter(Boolean)
  const marks = words.filter((word) => word === termMark).length
  if (words.length === 0) return 'A sense signal must be one word or a few, like "wheelchair" or "easily ~"'
  if (words.some((word) => word.includes(termMark) && word !== termMark)) return `Write "${termMark}" as a word of its own, like "easily ~"`
  if (marks > 1 || (marks === 1 && words[0] !== termMark && words.at(-1) !== termMark)) return `"${termMark}" stands for the term once, first or last: "easily ~" or "~ to the public"`
  if (marks === 1 && words.length === 1) return `A sense signal needs a word beside "${termMark}"`
  if (words.some((word) => word !== termMark && !/^[\p{L}\p{N}'-]+$/u.test(word))) return 'A sense signal is words only (letters, digits, hyphens)'
  if (marks === 0) return {words, place: 'near'}
  return words[0] === termMark ? {words: words.slice(1), place: 'after'} : {words: words.slice(0, -1), place: 'before'}
}

/** The words of a text in lower case with their offsets. */
export interface SenseWord {
  word: string
  start: number
  end: number
}

/**
 * Whether a term found at words[first..last] is used in its entry's sense. The longest signal found decides, this
 * sense winning a tie: "confidence in themselves" (another sense) outweighs "confidence in" (this one), and
 * "accessible to disabled people" stays this sense although "accessible to" alone is another. With no signal of
 * another sense, the entry's own sense is taken; one of another sense ("accessible by phone", "the confidence to
 * speak up") means the text uses the word another way: the term gets no bold and no box.
 */
export function inSense(entry: GlossaryEntry, words: readonly SenseWord[], first: number, last: number): boolean {
  if (!entry.sense) return true
  const longest = (signals: readonly SenseSignal[]) => Math.max(0, ...signals.filter((signal) => hasSignal(signal, words, first, last)).map((signal) => signal.words.length))
  const other = longest(entry.sense.other)
  return other === 0 || longest(entry.sense.this) >= other
}

function hasSignal(signal: SenseSignal, words: readonly SenseWord[], first: number, last: number): boolean {
  const at = (from: number) => signal.words.every((word, index) => words[from + index]?.word === word)
  if (signal.place === 'before') return at(first - signal.words.length)
  if (signal.place === 'after') return at(last + 1)
  const from = Math.max(0, first - senseWindow)
  const to = Math.min(words.length - signal.words.length, last + senseWindow)
  for (let index = from; index <= to; index++) if ((index + signal.words.length <= first || index > last) && at(index)) return true
  return false
}
