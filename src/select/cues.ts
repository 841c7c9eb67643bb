import {escapeRegExp} from '../util/regex.js'

/**
 * A test for any of a list of cue words in a text: whole words, any case, curly apostrophes as straight ones; a cue
 * ending in "*" matches any ending ("priorit*": priority, priorities).
 */
export function createCues(words: readonly string[]): (text: string) => number {
  if (words.length === 0) return () => 0
  const alternatives = words.map((word) => escapeRegExp(word.toLowerCase()).replace(/\\\*$/, '\\p{L}*').replace(/\s+/g, '\\s+'))
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu')
  /** How many cues the text has. */
  return (text) => (text.toLowerCase().replace(/[’‘]/g, "'").match(pattern) ?? []).length
}

/** The content words of a text, for telling whether two sentences say the same. */
export function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}]+/gu) ?? []
  return new Set(words.filter((word) => word.length > 3))
}

/** The share of the words of the larger set that both sets have: 1 for the same words, low when one only touches the other. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  if (large.size === 0) return 0
  let shared = 0
  for (const word of small) if (large.has(word)) shared++
  return shared / large.size
}
