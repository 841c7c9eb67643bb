import type {Root} from 'mdast'
import {VFile} from 'vfile'
import type {Options} from '../options.js'
import type {PipelineData} from '../pipeline.js'
import {markdownReader} from '../read/markdown.js'
import {checkProcessor} from '../readability/check.js'
import type {Reason, SentenceReport, Severity, Verdict} from '../readability/types.js'
import {worse} from '../readability/verdict.js'

/** A finding inside one line of the draft: columns are 0-based offsets into the line. */
export interface LineFinding {
  ruleId: string
  severity: Severity
  message: string
  from: number
  to: number
}

/** The verdict on one line of the draft (one sentence, or a list item), as `easyread check` judges it. */
export interface LineResult {
  line: number
  verdict: Verdict
  reasons: Reason[]
  findings: LineFinding[]
}

/** A draft's text read as Markdown, as the Markdown reader reads a file. */
export async function readText(text: string, filePath: string): Promise<{file: VFile; tree: Root}> {
  const file = new VFile({path: filePath, value: text})
  return {file, tree: await markdownReader.read(file)}
}

/** Sentence reports → one result per line (a line's verdict is the worst of its sentences). */
export function lineResults(reports: readonly SentenceReport[], lines: readonly string[], shift = 0): LineResult[] {
  const byLine = new Map<number, LineResult>()
  for (const report of reports) {
    const line = report.line + shift
    const result = byLine.get(line) ?? {line, verdict: 'pass' as Verdict, reasons: [], findings: []}
    result.verdict = worse(result.verdict, report.verdict)
    result.reasons.push(...report.reasons)
    const length = lines[report.line - 1]?.length ?? 0
    for (const finding of report.findings) {
      if (finding.line !== report.line) continue
      const to = finding.endLine === finding.line ? finding.endColumn - 1 : length
      result.findings.push({ruleId: finding.ruleId, severity: finding.severity, message: finding.message, from: finding.column - 1, to: Math.max(finding.column, to)})
    }
    byLine.set(line, result)
  }
  return [...byLine.values()]
}

/** Lines that hold no sentence: blank, easyread's and other comments, thematic breaks. */
const noSentence = /^\s*(?:$|<!--|-{3,}\s*$|\*{3,}\s*$)/

/** The most lines whose verdict is remembered: a writer trying words out comes back to earlier ones. */
const remembered = 5000

/**
 * The workbench's checker: the whole draft at once (on opening and saving), and single lines as they are edited,
 * through one processor made once (the same stages as `easyread check`). A line is judged on its own, so only what
 * changed is judged again; its words decide the verdict, while what depends on the lines before it (an acronym
 * explained earlier, the passage's reading age) is judged again with the whole draft. Verdicts are remembered by
 * the line's text.
 */
export function createJudge(options: Options, data: PipelineData) {
  const processor = checkProcessor(options, data)
  const cache = new Map<string, Omit<LineResult, 'line'> | null>()
  return {
    async document(text: string, filePath: string): Promise<{file: VFile; tree: Root; lines: LineResult[]}> {
      const {file, tree} = await readText(text, filePath)
      const processed = (await processor.run(tree, file)) as Root
      return {file, tree: processed, lines: lineResults(file.data.sentences ?? [], text.split('\n'))}
    },
    async line(line: number, text: string): Promise<LineResult | undefined> {
      if (noSentence.test(text)) return undefined
      let known = cache.get(text)
      if (known === undefined) {
        const {file, tree} = await readText(text, 'line.md')
        await processor.run(tree, file)
        const [result] = lineResults(file.data.sentences ?? [], [text])
        known = result ? {verdict: result.verdict, reasons: result.reasons, findings: result.findings} : null
        if (cache.size >= remembered) cache.delete(cache.keys().next().value!)
        cache.set(text, known)
      }
      return known ? {line, ...known} : undefined
    }
  }
}

export type Judge = ReturnType<typeof createJudge>
