import type {SentenceNode} from '../sentences.js'
import type {Word} from '../words.js'
import type {Severity} from '../types.js'

/** A sentence as the rules see it: its words, and which of them the glossary or the text has explained. */
export interface Analysis {
  sentence: SentenceNode
  words: Word[]
  /** For each word: a glossary term in use, or a word of a term explained earlier in the document. */
  explained: boolean[]
}

/** What the rules remember from one sentence to the next, in document order. */
export interface DocumentState {
  /** Acronyms written out or explained by the glossary so far. */
  acronymsExplained: Set<string>
  /** Acronyms already reported once (a finding is given at the first use only). */
  acronymsReported: Set<string>
  /** Hard words already reported, in every common form: a hard word is reported at its first use only. */
  hardWordsReported: Set<string>
  /** The text of the sentence before, where an acronym may have been written out. */
  previousText: string
  american: ReadonlyMap<string, string>
}

/** A finding at offsets of the sentence's text; the plugin turns them into places in the user's file. */
export interface RawFinding {
  ruleId: string
  severity: Severity
  message: string
  start: number
  end: number
  /** What was found, when not simply the words at start…end. */
  actual?: string
  expected?: string
}

/** One easy-read rule: its id, the guidance it comes from, and its check. */
export interface Rule {
  id: string
  /** What it asks, in a few words (for SARIF and the HTML report). */
  summary: string
  /** The published guidance it comes from (EASY-READ.md). */
  standard: string
  check: (analysis: Analysis, state: DocumentState) => RawFinding[]
}
