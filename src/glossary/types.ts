/** One defined term, checked and ready to match. */
export interface GlossaryEntry {
  /** Stable id: the term in lower case, spaces as hyphens ("scrutiny-board"). */
  id: string
  term: string
  aliases: string[]
  /** The explanation in easy words: one or two short sentences. */
  means: string
  /** A few words for a gloss after a dash inside a list item. */
  short?: string
  /** A Noto emoji icon name, or an image path relative to the glossary file. */
  picture?: string
  /** The words that show the text uses the term in this entry's sense, or in another one (`sense` in the file). */
  sense?: {this: SenseSignal[]; other: SenseSignal[]}
  /** Where the entry is defined, for messages; `means` is where its explanation starts, for `easyread glossary check`. */
  source: {file: string; line: number; column: number; means?: {line: number; column: number}}
}

/** How a term was explained: a box, a gloss after a dash, by the plan's own words, at the end, not at all as an everyday word, or not yet (`no-room`: its box had no row free in its section, so a later use explains it; when none does, its first sentence explains it after a dash: `gloss`). */
export type Explained = 'callout' | 'gloss' | 'by-text' | 'at-end' | 'everyday' | 'no-room'

/** A term the plan uses, with its first use and how often it is used. */
export interface GlossaryUse {
  termId: string
  term: string
  first: {line: number; column: number} | undefined
  explained: Explained
  uses: number
}

/** Words that show which sense a term is used in: tied to the term (just before or after it) or near it. */
export interface SenseSignal {
  words: string[]
  place: 'before' | 'after' | 'near'
}
