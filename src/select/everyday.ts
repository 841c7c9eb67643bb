import type {GlossaryEntry} from '../glossary/types.js'
import {zipf} from '../readability/frequency.js'
import {wordLists} from '../readability/lists.js'

/**
 * From this Zipf value (SUBTLEX-US, see readability/frequency.ts) a word is an everyday word: "police" (5.4),
 * "partners" (4.9), "evidence" (4.9); "community" (4.5) and "citizen" (4.1) are not.
 */
export const everydayZipf = 4.5

/**
 * Whether a glossary term is an everyday word that needs no box: each of its words is on easyread's everyday-word
 * list (glossary/easy-words.yml) or at least as common as `everydayZipf` in spoken English. It is still bold.
 */
export function createEveryday(american: ReadonlyMap<string, string>): (entry: GlossaryEntry) => boolean {
  return (entry) => entry.term.toLowerCase().split(/[\s-]+/).every((word) => wordLists.easy.has(word) || zipf(word, american) >= everydayZipf)
}
