import type {VFile} from 'vfile'
import type {SentenceReport} from '../../readability/types.js'
import type {CheckTotals} from '../../readability/check.js'
import {shownPlace} from '../../read/pdf-place.js'

const percent = (count: number, total: number) => (total === 0 ? '0%' : `${Math.round((count / total) * 100)}%`)

/** A few lines for the terminal after a build: how many sentences pass, warn and fail, and the terms explained. */
export function summaryLines(file: VFile): string[] {
  const summary = file.data.readability
  if (!summary) return []
  const explained = (file.data.glossary ?? []).filter((use) => use.explained === 'callout' || use.explained === 'gloss' || use.explained === 'at-end').length
  return [
    `${summary.sentences} sentences: ${summary.pass} pass (${percent(summary.pass, summary.sentences)}), ${summary.warn} warn (${percent(summary.warn, summary.sentences)}), ${summary.fail} fail (${percent(summary.fail, summary.sentences)}) at reading age ${summary.targetAge}`,
    `${summary.meanWords.toFixed(1)} words a sentence on average; median reading age ${summary.medianReadingAge.toFixed(1)}; Flesch reading ease ${summary.fleschReadingEase.toFixed(0)}`,
    `${explained} glossary terms explained where they are first used, ${file.data.boxes ?? 0} in boxes`,
    ...selectLines(file)
  ]
}

/** What the select stage kept, and the page count when LibreOffice measured it. */
function selectLines(file: VFile): string[] {
  const select = file.data.select
  const lines: string[] = []
  if (select) {
    const budget = 'pages' in select.budget ? `${select.estimate.toFixed(1)} of ${select.budget.pages} pages by the page model` : `${Math.round(select.estimate)} of ${select.budget.words} words`
    lines.push(`kept ${select.wordsKept} of the plan's ${select.wordsIn} words (${budget}); ${file.data.leftOut?.length ?? 0} sentences left out, listed in the report and the draft`)
  }
  const pages = file.data.pages
  if (pages) lines.push(`the Word document has ${pages.count} pages${pages.count <= pages.limit ? `, within ${pages.limit}` : `, more than ${pages.limit}`}`)
  return lines
}

/** The name to show for a file: its path as given. */
function shown(file: VFile): string {
  return file.path || '<stdin>'
}

/** Every finding like a compiler's, in file order: `file:line:col  warning  message  rule-id`. */
export function findingLines(file: VFile): string[] {
  const findings = (file.data.sentences ?? []).flatMap((sentence) => sentence.findings)
  findings.sort((a, b) => a.line - b.line || a.column - b.column)
  return findings.map((finding) => `${shownPlace(file, shown(file), finding.line, finding.column)}  ${finding.severity === 'error' ? 'error  ' : 'warning'}  ${finding.message}  ${finding.ruleId}`)
}

function quote(sentence: SentenceReport): string {
  return sentence.text.length > 70 ? `"${sentence.text.slice(0, 67)}…"` : `"${sentence.text}"`
}

/** A file's summary: sentences and the share passing, the median reading age, and the five hardest sentences. */
export function checkSummaryLines(file: VFile): string[] {
  const summary = file.data.readability
  const sentences = file.data.sentences ?? []
  if (!summary) return []
  const lines = [
    `${shown(file)}: ${summary.sentences} sentences at reading age ${summary.targetAge}: ${summary.pass} pass (${percent(summary.pass, summary.sentences)}), ${summary.warn} warn (${percent(summary.warn, summary.sentences)}), ${summary.fail} fail (${percent(summary.fail, summary.sentences)})`,
    `  median reading age ${summary.medianReadingAge.toFixed(1)}; ${summary.meanWords.toFixed(1)} words a sentence; Flesch reading ease ${summary.fleschReadingEase.toFixed(0)}`
  ]
  if (summary.hardest.length > 0) {
    lines.push('  hardest sentences:')
    for (const index of summary.hardest) {
      const sentence = sentences[index]!
      const rules = [...new Set(sentence.reasons.filter((reason) => reason.verdict !== 'note').map((reason) => reason.ruleId))].join(', ')
      lines.push(`    ${shownPlace(file, shown(file), sentence.line, sentence.column)}  ${sentence.verdict}  ${quote(sentence)}  (${rules})`)
    }
  }
  return lines
}

/** The last line: every file together. */
export function totalLine(sum: CheckTotals): string {
  const files = sum.files === 1 ? '1 file' : `${sum.files} files`
  return `${files}, ${sum.sentences} sentences: ${sum.pass} pass (${percent(sum.pass, sum.sentences)}), ${sum.warn} warn, ${sum.fail} fail; ${sum.errors} error${sum.errors === 1 ? '' : 's'}, ${sum.warnings} warning${sum.warnings === 1 ? '' : 's'}`
}
