import type {ReadabilitySummary, SentenceCounts, SentenceReport, Verdict} from './types.js'
import {median, scoreCounts} from './formulas.js'

/** How hard a sentence is, to rank the hardest: its verdict first, then how many errors and warnings, then its reading age. */
function hardness(report: SentenceReport): number {
  const verdict = {pass: 0, warn: 1, fail: 2}[report.verdict]
  const errors = report.findings.filter((finding) => finding.severity === 'error').length
  const age = Number.isFinite(report.readingAge) ? report.readingAge : 0
  return verdict * 1e6 + errors * 1e4 + report.findings.length * 1e2 + Math.min(age, 99)
}

export function summarise(reports: readonly SentenceReport[], age: number): ReadabilitySummary {
  const total = (key: keyof SentenceCounts) => reports.reduce((sum, report) => sum + report.counts[key], 0)
  const words = total('words')
  const count = (verdict: Verdict) => reports.filter((report) => report.verdict === verdict).length
  const byRule: Record<string, number> = {}
  for (const report of reports) for (const ruleId of new Set(report.reasons.map((reason) => reason.ruleId))) byRule[ruleId] = (byRule[ruleId] ?? 0) + 1
  const hardest = reports.map((report, index) => ({index, score: hardness(report)})).filter(({index}) => reports[index]!.verdict !== 'pass')
    .sort((a, b) => b.score - a.score || a.index - b.index).slice(0, 5).map(({index}) => index)
  return {
    targetAge: age,
    sentences: reports.length,
    pass: count('pass'),
    warn: count('warn'),
    fail: count('fail'),
    byRule,
    meanWords: reports.length === 0 ? 0 : words / reports.length,
    medianReadingAge: median(reports.map((report) => report.readingAge)),
    fleschReadingEase: scoreCounts({words, syllables: total('syllables'), letters: 0, characters: 0, polysyllables: 0, complexWords: 0, daleChallUnfamiliar: 0, spacheUnfamiliar: 0}, Math.max(reports.length, 1)).fleschReadingEase,
    hardest
  }
}
