import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import type {Finding, SentenceReport} from './types.js'
import {collectSentences, type Place, type SentenceNode} from './sentences.js'
import {median, readingAges, scoreCounts} from './formulas.js'
import {listForms, namesIn, wordsOf} from './words.js'
import {countWords} from './counts.js'
import {rules, type DocumentState, type RawFinding} from './rules/index.js'
import {createRetextSignal} from './retext.js'
import {decide} from './verdict.js'
import {passageReadingAges} from './passage.js'
import {summarise} from './summary.js'

export interface ReadabilityOptions {
  /** The reader's reading age to aim for. Default: 9 (GOV.UK easy read practice). */
  readonly age?: number
  /** Words of the glossary's terms: once a term is explained, its words count as familiar. Default: none. */
  readonly familiar?: ReadonlySet<string>
  /** British spelling → American spelling, so British words are found on the American word lists. Default: none. */
  readonly american?: ReadonlyMap<string, string>
}

/**
 * Score every sentence with the readability formulas, check it against the easy-read rules, and judge it at the
 * target reading age. Results go to `file.data.sentences` and `file.data.readability`; each finding is also a
 * vfile message at the words it concerns, with a rule id, `actual` and `expected`.
 */
export function readability(options: ReadabilityOptions = {}) {
  const age = options.age ?? 9
  const familiar = options.familiar ?? new Set<string>()
  const american = options.american ?? new Map<string, string>()
  const retextSignal = createRetextSignal(age)
  return function (tree: Root, file: VFile) {
    const sentences = collectSentences(tree)
    const names = namesIn(sentences.map((sentence) => sentence.text), american)
    const state: DocumentState = {acronymsExplained: new Set(), acronymsReported: new Set(), hardWordsReported: new Set(), previousText: '', american}
    /** Forms of the words of glossary terms met so far: explained at their first use, so familiar from then on. */
    const termForms = new Set<string>()
    const reports: SentenceReport[] = []
    for (const sentence of sentences) {
      const words = wordsOf(sentence.text, names)
      const explained = words.map((word) => {
        const inTerm = sentence.terms.some((term) => word.start >= term.start && word.end <= term.end)
        return inTerm || listForms(word.value, american).some((form) => termForms.has(form))
      })
      const counts = countWords(words, explained, american, true)
      const scores = scoreCounts(counts)
      const ages = readingAges(scores)
      const findings = rules.flatMap((rule) => rule.check({sentence, words, explained}, state)).map((raw) => place(raw, sentence))
      const report = {text: sentence.text, line: sentence.line, column: sentence.column, counts, scores, readingAges: ages, readingAge: median(Object.values(ages))}
      reports.push({...report, passageReadingAge: Number.NaN, retext: retextSignal(sentence.text), verdict: 'pass', reasons: [], findings})
      for (const term of sentence.terms) {
        for (const word of wordsOf(sentence.text.slice(term.start, term.end))) {
          if (familiar.size === 0 || familiar.has(word.value.toLowerCase())) for (const form of listForms(word.value, american)) termForms.add(form)
        }
      }
      state.previousText = sentence.text
    }
    const passages = passageReadingAges(reports.map((report) => report.counts))
    reports.forEach((report, index) => {
      report.passageReadingAge = passages[index]!
      Object.assign(report, decide(report.findings, report.readingAge, report.passageReadingAge, report.retext, age))
      // A formula verdict is a finding too, at the whole sentence, so every failing sentence has a line to show.
      const formula = report.reasons.find((reason) => reason.ruleId === 'reading-age')
      if (formula && formula.verdict !== 'note') {
        const sentence = sentences[index]!
        report.findings.push(place({ruleId: 'reading-age', severity: formula.verdict === 'fail' ? 'error' : 'warning', message: `${formula.reason}: use shorter sentences and shorter, everyday words`, start: 0, end: sentence.text.length, actual: `reading age ${report.readingAge.toFixed(1)}`, expected: `reading age ${age}`}, sentence))
      }
      const node = sentences[index]!.node
      node.data = {...node.data, sentence: index}
    })
    for (const report of reports) {
      for (const finding of report.findings) {
        const message = file.message(finding.message, {
          place: {start: {line: finding.line, column: finding.column}, end: {line: finding.endLine, column: finding.endColumn}},
          ruleId: finding.ruleId,
          source: 'easyread'
        })
        // As remark-lint does for rules set to error: fatal without throwing, so reporters say "error".
        message.fatal = finding.severity === 'error'
        message.actual = finding.actual
        message.expected = finding.expected === undefined ? [] : [finding.expected]
      }
    }
    file.data.sentences = reports
    file.data.readability = summarise(reports, age)
  }
}

/** A finding at offsets of the sentence → a finding at the line and column of its words in the user's file. */
function place(raw: RawFinding, sentence: SentenceNode): Finding {
  const fallback: Place = {line: sentence.line, column: sentence.column}
  const start = sentence.places[raw.start] ?? fallback
  const last = sentence.places[Math.max(raw.start, raw.end - 1)] ?? start
  return {
    ruleId: raw.ruleId,
    severity: raw.severity,
    message: raw.message,
    line: start.line,
    column: start.column,
    endLine: last.line,
    endColumn: last.column + 1,
    actual: raw.actual ?? sentence.text.slice(raw.start, raw.end),
    ...(raw.expected === undefined ? {} : {expected: raw.expected})
  }
}
