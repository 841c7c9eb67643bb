import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import type {Finding, ReadabilitySummary, SentenceCounts, SentenceReport, Verdict} from './types.js'
import {collectSentences, type SentenceNode} from './sentences.js'
import {median, readingAges, scoreCounts} from './formulas.js'
import {onDaleChall, onSpache, wordsOf} from './words.js'

export interface ReadabilityOptions {
  /** The reader's reading age to aim for. Default: 9 (GOV.UK easy read practice). */
  readonly age?: number
  /** Words that count as familiar wherever they appear (the glossary's terms, once explained). Default: none. */
  readonly familiar?: ReadonlySet<string>
  /** British spelling → American spelling, so British words are found on the American word lists. Default: none. */
  readonly american?: ReadonlyMap<string, string>
}

/** Words in a sentence above which it warns, and above which it fails (DH 2010; GOV.UK easy read). */
export const sentenceLength = {warn: 15, fail: 20} as const

/**
 * Score every sentence with the readability formulas, judge it at the target reading age, and keep the results
 * in `file.data.sentences` and `file.data.readability`. Problems become positioned vfile messages.
 */
export function readability(options: ReadabilityOptions = {}) {
  const age = options.age ?? 9
  const familiar = options.familiar ?? new Set<string>()
  const american = options.american ?? new Map<string, string>()
  return function (tree: Root, file: VFile) {
    const reports = collectSentences(tree).map((sentence) => judge(sentence, {age, familiar, american}))
    for (const report of reports) {
      for (const finding of report.findings) {
        const message = file.message(finding.message, {place: {line: finding.line, column: finding.column}, ruleId: finding.ruleId, source: 'easyread'})
        message.actual = finding.actual
        message.expected = finding.expected === undefined ? undefined : [finding.expected]
      }
    }
    file.data.sentences = reports
    file.data.readability = summarise(reports, age)
  }
}

interface Context {
  age: number
  familiar: ReadonlySet<string>
  american: ReadonlyMap<string, string>
}

export function countWords(text: string, context: Omit<Context, 'age'>): SentenceCounts {
  const words = wordsOf(text)
  const known = (value: string) => context.familiar.has(value.toLowerCase())
  const plainWords = words.filter((word) => word.kind === 'word')
  return {
    words: words.length,
    syllables: words.reduce((sum, word) => sum + word.syllables, 0),
    letters: words.reduce((sum, word) => sum + word.value.replace(/[^\p{L}\p{N}]/gu, '').length, 0),
    characters: words.reduce((sum, word) => sum + word.value.length, 0),
    polysyllables: words.filter((word) => word.syllables >= 3).length,
    complexWords: plainWords.filter((word) => word.syllables >= 3 && !known(word.value) && !onDaleChall(word.value, context.american)).length,
    daleChallUnfamiliar: plainWords.filter((word) => !known(word.value) && !onDaleChall(word.value, context.american)).length,
    spacheUnfamiliar: plainWords.filter((word) => !known(word.value) && !onSpache(word.value, context.american)).length
  }
}

function judge(sentence: SentenceNode, context: Context): SentenceReport {
  const counts = countWords(sentence.text, context)
  const scores = scoreCounts(counts)
  const ages = readingAges(scores)
  const readingAge = median(Object.values(ages))
  const findings: Finding[] = []
  const reasons: string[] = []
  let verdict: Verdict = 'pass'
  const raise = (to: Verdict, reason: string) => {
    reasons.push(reason)
    if (to === 'fail' || (to === 'warn' && verdict === 'pass')) verdict = to
  }
  if (counts.words > sentenceLength.warn) {
    const severity = counts.words > sentenceLength.fail ? 'error' : 'warning'
    findings.push({
      ruleId: 'sentence-length',
      severity,
      message: `Unexpected ${counts.words} words in a sentence, expected ${sentenceLength.warn} or fewer: split it into shorter sentences`,
      line: sentence.line,
      column: sentence.column,
      actual: String(counts.words),
      expected: `${sentenceLength.warn} or fewer`
    })
    raise(severity === 'error' ? 'fail' : 'warn', `${counts.words} words (easy read asks for ${sentenceLength.warn} or fewer)`)
  }
  if (readingAge > context.age + 4) raise('fail', `reading age ${readingAge.toFixed(1)} (target ${context.age})`)
  else if (readingAge > context.age) raise('warn', `reading age ${readingAge.toFixed(1)} (target ${context.age})`)
  return {text: sentence.text, line: sentence.line, column: sentence.column, counts, scores, readingAges: ages, readingAge, verdict, reasons, findings}
}

function summarise(reports: SentenceReport[], age: number): ReadabilitySummary {
  const total = (key: keyof SentenceCounts) => reports.reduce((sum, report) => sum + report.counts[key], 0)
  const words = total('words')
  const count = (verdict: Verdict) => reports.filter((report) => report.verdict === verdict).length
  return {
    targetAge: age,
    sentences: reports.length,
    pass: count('pass'),
    warn: count('warn'),
    fail: count('fail'),
    meanWords: reports.length === 0 ? 0 : words / reports.length,
    medianReadingAge: median(reports.map((report) => report.readingAge)),
    fleschReadingEase: scoreCounts({words, syllables: total('syllables'), letters: 0, characters: 0, polysyllables: 0, complexWords: 0, daleChallUnfamiliar: 0, spacheUnfamiliar: 0}, Math.max(reports.length, 1)).fleschReadingEase
  }
}
