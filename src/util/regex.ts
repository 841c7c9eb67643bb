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

/**
 * A finder of many phrases at once: every place, left to right and never overlapping, where one of `phrases` stands
 * as whole words in any case, with any white space between its words; at one place the first phrase in `phrases`
 * order that fits wins. The same as a `giu` expression `(?<![\p{L}\p{N}'’-])(?:phrase|phrase|…)(?![\p{L}\p{N}'’-])`,
 * without it: an expression of hundreds of phrases took V8 milliseconds to compile and was compiled again each time
 * a garbage collection had thrown its code away, which was most of the time the plain-word rule took.
 */
export function createPhraseFinder(phrases: readonly string[]): (text: string) => PhraseMatch[] {
  const byFirstCharacter = new Map<string, Array<{phrase: string; words: string[]}>>()
  for (const phrase of phrases) {
    const words = foldCase(phrase).split(/\s+/).filter((word) => word !== '')
    if (words.length === 0) continue
    // Keyed by the first character's first code unit: a cheap filter; wordsEndAt compares the whole words.
    const first = words[0]![0]!
    const list = byFirstCharacter.get(first) ?? []
    list.push({phrase, words})
    byFirstCharacter.set(first, list)
  }
  return (text) => {
    const found: PhraseMatch[] = []
    // The text folded once; where folding changes its length ("İ" is two characters in small letters), each piece is
    // folded where it stands instead.
    const folded = foldCase(text)
    const foldedAt = folded.length === text.length ? folded : undefined
    let at = 0
    while (at < text.length) {
      const candidates = byFirstCharacter.get(foldedAt ? foldedAt[at]! : foldCase(characterAt(text, at)!)[0]!)
      let end: number | undefined
      if (candidates && !continuesWord(characterBefore(text, at))) {
        for (const candidate of candidates) {
          end = wordsEndAt(text, foldedAt, at, candidate.words)
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

/**
 * Where `words` (folded) end when they stand in `text` from `at` as whole words with white space between, if they
 * do; `folded` is the text folded, when that kept its length.
 */
function wordsEndAt(text: string, folded: string | undefined, at: number, words: readonly string[]): number | undefined {
  let position = at
  for (const [index, word] of words.entries()) {
    if (index > 0) {
      whiteSpace.lastIndex = position
      if (!whiteSpace.test(text)) return undefined
      position = whiteSpace.lastIndex
    }
    if (folded ? !folded.startsWith(word, position) : foldCase(text.slice(position, position + word.length)) !== word) return undefined
    position += word.length
  }
  return continuesWord(characterAt(text, position)) ? undefined : position
}

function continuesWord(character: string | undefined): boolean {
  return character !== undefined && wordCharacter.test(character)
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
