import type {PlanBlockKind} from '../types.js'

/** The rule families of the simplify stage; each change names the one that made it. */
export type SimplifyRule = 'sections' | 'plan-blocks' | 'plan-codes' | 'acronyms' | 'plain-words' | 'lists' | 'split'

export const simplifyRules: readonly SimplifyRule[] = ['sections', 'plan-blocks', 'plan-codes', 'acronyms', 'plain-words', 'lists', 'split']

/** One change the simplify stage made: what it was, what it became, and where the words are in the user's file. */
export interface Change {
  rule: SimplifyRule
  before: string
  after: string
  /** Where the words it changed start and end in the user's file (absent when the reader gave no place). */
  line?: number
  column?: number
  endLine?: number
  endColumn?: number
}

/** An office word and the everyday word that says the same (glossary/plain-words.yml). */
export interface PlainWord {
  from: string
  to: string
}

/** An acronym and its words in full (glossary/acronyms.yml). */
export interface Acronym {
  acronym: string
  expansion: string
}

/** How a plan block is laid out: its plain heading, and the words that turn an order ("Keep people safe") into a sentence. */
export interface BlockWording {
  heading: string
  /** "We want to" before an objective that starts with a verb; none: the text is left as it is. */
  lead?: string
}

/** The wording of the plan codes of "Update expected" (glossary/plan-codes.yml). */
export interface PlanCodeWording {
  /** The sentence, with {often} and {years}: "We will report on this {often}, {years}." */
  sentence: string
  /** How often, by the number of quarters given ("Q2 & Q4" → 2), and for "quarterly", "monthly", … */
  often: Record<string, string>
  /** {count}: years of the plan. "one" for a single year (with {year}), "many" for several. */
  years: {one: string; many: string}
}

/** What the split rule restores when it cuts a sentence (glossary/splits.yml). */
export interface SplitWording {
  /** A clause that went on from "which" starts with this (singular verb) or these (plural verb). */
  which: {singular: string; plural: string}
  /** What a clause after ", but" starts with. */
  but: string
  /** What a clause after "so that" starts with. */
  soThat: string
  /** Words between the subject and the verb when a "while …ing" clause becomes its own sentence ("also"). */
  whileAlso: string
  /** Words that can look like a verb after "and" but are nouns in plans ("our officers and staff"). */
  notVerbs: readonly string[]
  /** Sentences of more words than this are split. */
  above: number
}

/** Everything the stage reads from data files, loaded once. */
export interface SimplifyData {
  plainWords: readonly PlainWord[]
  acronyms: readonly Acronym[]
  blocks: Record<PlanBlockKind, BlockWording>
  planCodes: PlanCodeWording
  splits: SplitWording
}
