import type {Paragraph, Root} from 'mdast'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {GlossaryEntry} from './types.js'
import type {Problem} from '../util/result.js'
import type {PipelineData} from '../pipeline.js'
import {stages} from '../pipeline.js'
import {defaultOptions} from '../options.js'

/** What `easyread glossary check` says about the explanations: problems that fail a sentence, and warnings. */
export interface MeansReport {
  sentences: number
  /** How many of the sentences fail (each may have several problems in `fail`). */
  failing: number
  fail: Problem[]
  warn: Problem[]
}

/**
 * Judge every entry's `means` by the same easy-read rules and reading age as a plan's sentences (the glossary's
 * own terms count as explained there), so explanations stay in easy words. Each problem points at the `means`
 * field in its file.
 */
export async function checkMeans(entries: readonly GlossaryEntry[], data: Pick<PipelineData, 'american'>, age = defaultOptions.age): Promise<MeansReport> {
  const use = new Set(['sentences', 'glossary', 'readability'])
  const chosen = stages({...defaultOptions, age, simplify: false}, {glossary: entries, american: data.american}).filter((stage) => use.has(stage.name))
  const processor = unified().use(chosen.map((stage) => stage.use))
  const report: MeansReport = {sentences: 0, failing: 0, fail: [], warn: []}
  const byFile = new Map<string, GlossaryEntry[]>()
  for (const entry of entries) byFile.set(entry.source.file, [...(byFile.get(entry.source.file) ?? []), entry])
  for (const [file, group] of byFile) {
    const children: Paragraph[] = group.map((entry) => {
      const at = entry.source.means ?? entry.source
      const position = {start: {line: at.line, column: at.column}, end: {line: at.line, column: at.column + entry.means.length}}
      return {type: 'paragraph', children: [{type: 'text', value: entry.means, position}], position}
    })
    const vfile = new VFile({path: file})
    await processor.run({type: 'root', children} as Root, vfile)
    for (const sentence of vfile.data.sentences ?? []) {
      report.sentences++
      if (sentence.verdict === 'fail') report.failing++
      for (const reason of sentence.reasons) {
        if (reason.verdict === 'note') continue
        const problem: Problem = {file, line: sentence.line, column: sentence.column, message: `${reason.reason} ("${sentence.text}")`, ruleId: reason.ruleId}
        report[sentence.verdict === 'fail' && reason.verdict === 'fail' ? 'fail' : 'warn'].push(problem)
      }
    }
  }
  return report
}
