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
