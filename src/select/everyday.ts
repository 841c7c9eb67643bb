import type {GlossaryEntry} from '../glossary/types.js'
import {zipf} from '../readability/frequency.js'
import {wordLists} from '../readability/lists.js'

/**
 * From this Zipf value (SUBTLEX-US, see readability/frequency.ts) a word is an everyday word: "police" (5.4),
 * "partners" (4.9), "evidence" (4.9); "community" (4.5) and "citizen" (4.1) are not.
 */
export const everydayZipf = 4.5

/**
 * Whether a glossary term is an everyday word that needs no box: one word, on easyread's everyday-word list
 * (glossary/easy-words.yml) or at least as common as `everydayZipf` in spoken English. It is still bold. A term of
 * several words is never everyday, however common each word: "hate crime", "public health" and "local police plan"
 * mean more than their words say (the hand-made easy read explains "human rights" and "public health").
 */
export function createEveryday(american: ReadonlyMap<string, string>): (entry: GlossaryEntry) => boolean {
  return (entry) => {
    const words = entry.term.toLowerCase().split(/[\s-]+/).filter(Boolean)
    return words.length === 1 && (wordLists.easy.has(words[0]!) || zipf(words[0]!, american) >= everydayZipf)
  }
}
