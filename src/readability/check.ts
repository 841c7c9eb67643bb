import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {unified} from 'unified'
import type {Options} from '../options.js'
import {readPlan} from '../read/index.js'
import {stages, type PipelineData} from '../pipeline.js'

/** A plan read, explained and judged: the tree (sentences carry their index in `data.sentence`) and its file. */
export interface Checked {
  file: VFile
  tree: Root
}

/** Stages a check leaves out: it judges the plan as written (simplify would rewrite it, select would leave sentences out) and needs no pictures. */
const notForChecks = new Set(['simplify', 'select', 'layout'])

/** Read a plan and run the stages up to readability, as the writer wrote it: every place is in their file. */
export async function checkPlan(planPath: string, options: Options, data: PipelineData): Promise<Checked> {
  const {file, tree} = await readPlan(planPath)
  return {file, tree: (await checkProcessor(options, data).run(tree, file)) as Root}
}

/** The stages a check runs, as one processor (the workbench keeps one to judge sentences as they are typed). */
export function checkProcessor(options: Options, data: PipelineData) {
  const list = stages(options, data)
  const upTo = list.findIndex((stage) => stage.name === 'readability')
  return unified().use(list.slice(0, upTo + 1).filter((stage) => !notForChecks.has(stage.name)).map((stage) => stage.use))
}

/** Totals over every file checked, for the summary and the exit code. */
export interface CheckTotals {
  files: number
  sentences: number
  pass: number
  warn: number
  fail: number
  errors: number
  warnings: number
}

export function totals(files: readonly VFile[]): CheckTotals {
  const sum: CheckTotals = {files: files.length, sentences: 0, pass: 0, warn: 0, fail: 0, errors: 0, warnings: 0}
  for (const file of files) {
    const summary = file.data.readability
    if (summary) {
      sum.sentences += summary.sentences
      sum.pass += summary.pass
      sum.warn += summary.warn
      sum.fail += summary.fail
    }
    for (const sentence of file.data.sentences ?? []) {
      for (const finding of sentence.findings) {
        if (finding.severity === 'error') sum.errors++
        else sum.warnings++
      }
    }
  }
  return sum
}
