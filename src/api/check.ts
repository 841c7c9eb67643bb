import type {Root} from 'mdast'
import {checkProcessor, totals, type CheckTotals} from '../readability/check.js'
import {toJsonReport} from '../write/report/json.js'
import {toSarif} from '../write/report/sarif.js'
import {toHtmlReport} from '../write/report/html.js'
import {planResult, readInput, type PlanInput, type PlanResult} from './input.js'
import {prepared, type Prepared, type Settings} from './settings.js'
import {version} from './version.js'

export type {CheckTotals} from '../readability/check.js'

/** A plan checked as it is written (nothing simplified or left out): every sentence judged by the easy-read rules. */
export interface CheckResult extends PlanResult {
  /** The plan's tree after the stages, each sentence marked with its index (for the HTML report). */
  tree: Root
  /** Whether no sentence fails the rules (the CLI exits 1 when one does). */
  passed: boolean
}

/** Check the readability of every sentence of a plan; nothing is printed. */
export async function check(input: PlanInput, settings: Settings | Prepared = {}): Promise<CheckResult> {
  const {options, data} = await prepared(settings, {pictures: false})
  const read = await readInput(input)
  const processed = (await checkProcessor(options, data).run(read.tree, read.file)) as Root
  return {...planResult(read), tree: processed, passed: (read.file.data.readability?.fail ?? 0) === 0}
}

/** Totals over the plans checked: sentences passing, warning and failing, errors and warnings. */
export function checkTotals(results: readonly CheckResult[]): CheckTotals {
  return totals(results.map((result) => result.file))
}

/** The machine-readable forms of a check: `json` (totals and each file's report), `sarif` (2.1.0), `html` (a page). */
export type CheckReportFormat = 'json' | 'sarif' | 'html'

/** One report over the plans checked, as a string; SARIF's paths are relative to `where` (default: the current folder). */
export function checkReport(results: readonly CheckResult[], format: CheckReportFormat, where?: string): string {
  const files = results.map((result) => result.file)
  if (format === 'sarif') return toSarif(files, version, where)
  if (format === 'html') return toHtmlReport(results)
  return JSON.stringify({generator: 'easyread', totals: totals(files), files: files.map((file) => JSON.parse(toJsonReport(file)) as unknown)}, null, 2) + '\n'
}
