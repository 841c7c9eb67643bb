/** How a sentence reads for the target reader. */
export type Verdict = 'pass' | 'warn' | 'fail'

/** The raw value of each formula for one sentence (Flesch reading ease is 0–100, higher is easier; the rest are US grades). */
export interface FormulaScores {
  fleschReadingEase: number
  fleschKincaidGrade: number
  gunningFog: number
  smog: number
  colemanLiau: number
  automatedReadability: number
  daleChall: number
  spache: number
}

/** What was counted in a sentence, as the formulas need it (README "Readability" says how each kind of word counts). */
export interface SentenceCounts {
  words: number
  syllables: number
  letters: number
  characters: number
  /** Words of 3 or more syllables. */
  polysyllables: number
  /** Polysyllables that are not proper names, familiar or explained (Gunning fog's "complex words"). */
  complexWords: number
  /** Words on neither the Dale-Chall list (British spellings allowed) nor the glossary. */
  daleChallUnfamiliar: number
  spacheUnfamiliar: number
}

export type Severity = 'error' | 'warning'

/** One problem a rule found, with its place in the user's file. */
export interface Finding {
  ruleId: string
  severity: Severity
  message: string
  /** Where the words it concerns start and end in the user's file. */
  line: number
  column: number
  endLine: number
  endColumn: number
  /** The words it concerns, as the plan wrote them. */
  actual: string
  expected?: string
}

/** retext-readability's own verdict: how many of its 7 formulas call the sentence hard at the target age (null under 5 words). */
export interface RetextSignal {
  hard: boolean
  formulas: number | null
  of: 7
}

/** One thing that decided a sentence's verdict (a rule's finding or a formula signal), or a note that did not. */
export interface Reason {
  /** A rule id, or `reading-age` / `retext-readability` for the formula signals. */
  ruleId: string
  /** What it makes the sentence: `note` leaves the verdict alone. */
  verdict: 'warn' | 'fail' | 'note'
  reason: string
}

export interface SentenceReport {
  text: string
  line: number
  column: number
  counts: SentenceCounts
  scores: FormulaScores
  /** Each grade formula's reading age (US grade + 5). */
  readingAges: Partial<Record<keyof FormulaScores, number>>
  /** The median of the formulas' reading ages. */
  readingAge: number
  /** The same median over the sentence's passage (it and its neighbours, at least 100 words). */
  passageReadingAge: number
  retext: RetextSignal
  verdict: Verdict
  /** What decided the verdict, worst first, then notes (signals that do not change it). */
  reasons: Reason[]
  findings: Finding[]
}

export interface ReadabilitySummary {
  targetAge: number
  sentences: number
  pass: number
  warn: number
  fail: number
  /** Sentences with any finding, by rule id (a sentence counts once per rule). */
  byRule: Record<string, number>
  meanWords: number
  medianReadingAge: number
  /** Flesch reading ease of the whole text. */
  fleschReadingEase: number
  /** The indexes (into `file.data.sentences`) of the five hardest sentences, hardest first. */
  hardest: number[]
}
