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

/** What was counted in a sentence, as the formulas need it. */
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

/** One problem a rule found, with its place in the user's file. */
export interface Finding {
  ruleId: string
  severity: 'error' | 'warning' | 'info'
  message: string
  line: number
  column: number
  actual?: string
  expected?: string
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
  verdict: Verdict
  /** What decided the verdict, in plain words. */
  reasons: string[]
  findings: Finding[]
}

export interface ReadabilitySummary {
  targetAge: number
  sentences: number
  pass: number
  warn: number
  fail: number
  meanWords: number
  medianReadingAge: number
  /** Flesch reading ease of the whole text. */
  fleschReadingEase: number
}
