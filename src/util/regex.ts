/** `text` with every character that means something in a regular expression escaped, to match it as written. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A letter, digit, apostrophe or hyphen: a character that continues a word. */
const wordCharacter = /^[\p{L}\p{N}'’-]$/u

/**
 * The first place in `text` where `words` stand as whole words (any white space between them, a word's own case),
 * as a match: no letter, digit, apostrophe or hyphen touches either end. The same as a `u` expression with
 * `(?<![\p{L}\p{N}'’-])` and `(?![\p{L}\p{N}'’-])` around the words, without compiling one: V8 takes about a
 * millisecond to compile each new expression that holds `\p{L}`, and a plan offers dozens of different words.
 */
export function findWholeWords(text: string, words: string): {index: number; text: string} | undefined {
  const pattern = new RegExp(escapeRegExp(words).replace(/\s+/g, '\\s+'), 'g')
  for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
    const end = found.index + found[0].length
    if (!continuesWord(characterBefore(text, found.index)) && !continuesWord(characterAt(text, end))) return {index: found.index, text: found[0]}
    // A match may start inside the one just refused ("a a" in "xa a a").
    pattern.lastIndex = found.index + 1
  }
  return undefined
}

/** Where `createPhraseFinder` found one of its phrases: the text as written, and the phrase it matched. */
export interface PhraseMatch {
  index: number
  text: string
  phrase: string
}

/** Letters as a case-insensitive `u` expression compares them, for the letters a phrase list holds. */
function foldCase(text: string): string {
  return text.toLowerCase().replace(/ſ/g, 's')
}

const whiteSpace = /\s+/y

/** How `createPhraseFinder` compares; each default is the plain-word rule's. */
export interface PhraseFinderOptions {
  /** A character that continues a word: no phrase is found touching one at either end. Default: a letter, digit, apostrophe or hyphen. */
  wordCharacter?: RegExp
  /** What the text and the phrases are compared as. Default: letters folded as a case-insensitive expression folds them. */
  fold?: (text: string) => string
  /** Whether a phrase whose last word ends in "*" takes any letters there ("priorit*": priority, priorities). Default: false. */
  anyEnding?: boolean
}

/**
 * A finder of many phrases at once: every place, left to right and never overlapping, where one of `phrases` stands
 * as whole words, compared folded, with any white space between its words; at one place the first phrase in
 * `phrases` order that fits wins. With the defaults, the same as a `giu` expression
 * `(?<![\p{L}\p{N}'’-])(?:phrase|phrase|…)(?![\p{L}\p{N}'’-])`, without it: an expression of hundreds of phrases took
 * V8 milliseconds to compile and was compiled again each time a garbage collection had thrown its code away, which
 * was most of the time the plain-word rule took. `anyEnding` stands for `\p{L}*` after a last word in "*".
 */
export function createPhraseFinder(phrases: readonly string[], options: PhraseFinderOptions = {}): (text: string) => PhraseMatch[] {
  const {wordCharacter: continues = wordCharacter, fold = foldCase, anyEnding = false} = options
  const byFirstCharacter = new Map<string, Array<{phrase: string; words: string[]; anyEnding: boolean}>>()
  for (const phrase of phrases) {
    const words = fold(phrase).split(/\s+/).filter((word) => word !== '')
    const open = anyEnding && words.length > 0 && words.at(-1)!.endsWith('*')
    if (open) words[words.length - 1] = words.at(-1)!.slice(0, -1)
    if (words.length === 0 || words[0] === '') continue
    // Keyed by the first character's first code unit: a cheap filter; wordsEndAt compares the whole words.
    const first = words[0]![0]!
    const list = byFirstCharacter.get(first) ?? []
    list.push({phrase, words, anyEnding: open})
    byFirstCharacter.set(first, list)
  }
  return (text) => {
    const found: PhraseMatch[] = []
    // The text folded once; where folding changes its length ("İ" is two characters in small letters), each piece is
    // folded where it stands instead.
    const folded = fold(text)
    const compare: Comparison = {text, folded: folded.length === text.length ? folded : undefined, fold, continues}
    let at = 0
    while (at < text.length) {
      const candidates = byFirstCharacter.get(compare.folded ? compare.folded[at]! : fold(characterAt(text, at)!)[0]!)
      let end: number | undefined
      if (candidates && !continuesWord(characterBefore(text, at), continues)) {
        for (const candidate of candidates) {
          end = wordsEndAt(compare, at, candidate.words, candidate.anyEnding)
          if (end !== undefined) {
            found.push({index: at, text: text.slice(at, end), phrase: candidate.phrase})
            break
          }
        }
      }
      at = end ?? at + 1
    }
    return found
  }
}

/** A text as a phrase finder compares it: folded once when that kept its length. */
interface Comparison {
  text: string
  folded: string | undefined
  fold: (text: string) => string
  continues: RegExp
}

const letters = /\p{L}*/uy

/**
 * Where `words` (folded) end when they stand in the text from `at` as whole words with white space between, if they
 * do; with `anyEnding`, the last word's letters run on.
 */
function wordsEndAt({text, folded, fold, continues}: Comparison, at: number, words: readonly string[], anyEnding: boolean): number | undefined {
  let position = at
  // An index loop: `entries()` made an iterator and a pair for every word of every candidate (a tenth of what a
  // build allocates).
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!
    if (index > 0) {
      whiteSpace.lastIndex = position
      if (!whiteSpace.test(text)) return undefined
      position = whiteSpace.lastIndex
    }
    if (folded ? !folded.startsWith(word, position) : fold(text.slice(position, position + word.length)) !== word) return undefined
    position += word.length
  }
  if (anyEnding) {
    letters.lastIndex = position
    letters.test(text)
    position = letters.lastIndex
  }
  return continuesWord(characterAt(text, position), continues) ? undefined : position
}

function continuesWord(character: string | undefined, pattern: RegExp = wordCharacter): boolean {
  return character !== undefined && pattern.test(character)
}

/** The whole character (a surrogate pair is one) that ends before `index`. */
function characterBefore(text: string, index: number): string | undefined {
  if (index === 0) return undefined
  const low = text.charCodeAt(index - 1)
  const pair = index >= 2 && low >= 0xdc00 && low <= 0xdfff && text.charCodeAt(index - 2) >= 0xd800 && text.charCodeAt(index - 2) <= 0xdbff
  return text.slice(pair ? index - 2 : index - 1, index)
}

/** The whole character that starts at `index`. */
function characterAt(text: string, index: number): string | undefined {
  const point = text.codePointAt(index)
  return point === undefined ? undefined : String.fromCodePoint(point)
}
