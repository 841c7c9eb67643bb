import type {GlossaryEntry} from './types.js'
import {expandForms, normaliseName} from './forms.js'

/** A glossary term found in a text: `start`..`end` are offsets into that text. */
export interface TermMatch {
  start: number
  end: number
  entry: GlossaryEntry
}

export interface Matcher {
  find: (text: string) => TermMatch[]
}

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu
/** What may stand between the words of one term: white space or one hyphen. */
const joiner = /^(?:\s+|\s*[-‐–]\s*)$/

/**
 * Build a matcher over the entries' forms. It finds whole words only, case-insensitively, takes the
 * longest term that starts at a word ("scrutiny board" before "board"), treats a space, a hyphen or nothing
 * between parts alike, and lets a possessive "'s" follow a term.
 */
export function createMatcher(entries: readonly GlossaryEntry[]): Matcher {
  const byForm = new Map<string, GlossaryEntry>()
  let longest = 1
  // Two passes: every entry's own names first, so they win over another entry's inflected form
  // ("mentoring" is its own term, not a form of "mentor").
  for (const entry of entries) for (const name of [entry.term, ...entry.aliases]) byForm.set(normaliseName(name), entry)
  for (const entry of entries) {
    for (const name of [entry.term, ...entry.aliases]) {
      for (const form of expandForms(name)) {
        if (!byForm.has(form)) byForm.set(form, entry)
        longest = Math.max(longest, form.split(' ').length)
      }
    }
  }
  return {
    find(text) {
      const words = [...text.matchAll(wordPattern)].map((match) => ({
        start: match.index,
        end: match.index + match[0].length,
        word: match[0].toLowerCase().replace(/’/g, "'")
      }))
      const matches: TermMatch[] = []
      for (let index = 0; index < words.length; index++) {
        for (let count = Math.min(longest, words.length - index); count >= 1; count--) {
          const run = words.slice(index, index + count)
          if (!run.every((word, at) => at === 0 || joiner.test(text.slice(run[at - 1]!.end, word.start)))) continue
          const key = run.map((word) => word.word).join(' ')
          const possessive = key.replace(/'s$/, '')
          const entry = byForm.get(key) ?? byForm.get(possessive)
          if (!entry) continue
          const end = byForm.has(key) ? run.at(-1)!.end : run.at(-1)!.end - 2
          matches.push({start: run[0]!.start, end, entry})
          index += count - 1
          break
        }
      }
      return matches
    }
  }
}
