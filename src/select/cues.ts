import {createPhraseFinder} from '../util/regex.js'

/**
 * A test for any of a list of cue words in a text: whole words, any case, curly apostrophes as straight ones; a cue
 * ending in "*" matches any ending ("priorit*": priority, priorities).
 */
export function createCues(words: readonly string[]): (text: string) => number {
  if (words.length === 0) return () => 0
  // As one expression `(?<![\p{L}\p{N}])(?:cue|cue|…)(?![\p{L}\p{N}])` finds them in the text in small letters (a
  // trailing "*" as `\p{L}*`), without compiling it (util/regex.ts).
  const find = createPhraseFinder(words.map((word) => word.toLowerCase()), {wordCharacter: cueWordCharacter, fold: (text) => text, anyEnding: true})
  /** How many cues the text has. */
  return (text) => find(text.toLowerCase().replace(/[’‘]/g, "'")).length
}

/** What continues a word for the cues: a letter or a digit. */
const cueWordCharacter = /^[\p{L}\p{N}]$/u

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

/** A check of each sentence against the earlier ones (`createRepeatCheck`). */
export interface RepeatCheck {
  /** Whether the sentence's content words overlap an earlier sentence's by at least the threshold. */
  repeats: (own: ReadonlySet<string>) => boolean
  /** Add a sentence, after asking about it. */
  add: (own: ReadonlySet<string>) => void
  /** How many earlier sentences the asks have looked at so far: what the check costs. */
  readonly looked: number
}

/**
 * A check of each sentence, in document order, against every earlier one: whether its content words `overlap` an
 * earlier sentence's by at least `threshold`, as comparing it with each would find, without comparing with each (a
 * plan ten times longer took a hundred times as long). A sentence can reach the threshold only with one that shares
 * at least `threshold` × its size of its words, and so one of any (size − that + 1) of them, by the pigeonhole: its
 * words held by the fewest earlier sentences are looked up, and the sentences that hold one are compared one at a
 * time, stopping at the first that reaches it (a plan of 26,000 sentences that share most of their words took a
 * minute when the holders of each were gathered first).
 */
export function createRepeatCheck(threshold: number): RepeatCheck {
  const earlier: Array<ReadonlySet<string>> = []
  const holders = new Map<string, number[]>()
  let looked = 0
  const reaches = (own: ReadonlySet<string>, other: ReadonlySet<string>): boolean => {
    looked++
    return overlap(own, other) >= threshold
  }
  return {
    repeats(own) {
      if (threshold <= 0 || own.size === 0) return earlier.some((other) => reaches(own, other))
      // The bound less a hair, so that rounding never leaves out a sentence that reaches it (0.6 × 5 is 3.0000000000000004).
      const shared = Math.max(1, Math.ceil(threshold * own.size - 1e-9))
      if (shared > own.size) return false
      const rarest = [...own].sort((a, b) => (holders.get(a)?.length ?? 0) - (holders.get(b)?.length ?? 0)).slice(0, own.size - shared + 1)
      const compared = new Set<number>()
      for (const word of rarest) {
        for (const index of holders.get(word) ?? []) {
          if (compared.has(index)) continue
          compared.add(index)
          if (reaches(own, earlier[index]!)) return true
        }
      }
      return false
    },
    add(own) {
      const index = earlier.push(own) - 1
      for (const word of own) {
        const list = holders.get(word)
        if (list) list.push(index)
        else holders.set(word, [index])
      }
    },
    get looked() {
      return looked
    }
  }
}
