import path from 'node:path'
import type {Options} from '../options.js'
import type {PipelineData} from '../pipeline.js'
import {buildWith, type BuildResult} from '../api/build.js'
import {writeResult} from '../api/outputs.js'
import {summaryLines} from '../write/report/terminal.js'
import {UserError} from '../util/user-error.js'
import type {Problem} from '../util/result.js'
import {outputFolders, planInput} from './inputs.js'
import {startProgress} from './progress.js'
import {collectGarbage} from './collect.js'
import {findingCount, warningReport} from './report.js'
import type {Io} from './types.js'

export interface BuildRun {
  options: Options
  data: PipelineData
  /** The output folder, or `-` for standard output. */
  out: string
  io: Io
  quiet: boolean
  verbose: boolean
  force: boolean
  /** The name of a plan read from standard input. */
  name?: string
}

/**
 * Build each plan and write its outputs, one plan after another; a plan that cannot be built is reported and the
 * others still are (as eslint goes on past a file it cannot parse). Returns the problems of the plans that failed.
 */
export async function buildPlans(plans: readonly string[], run: BuildRun): Promise<Problem[]> {
  const {io, options} = run
  const toStandardOutput = run.out === '-'
  // With the document on standard output, what is said about it goes to standard error.
  const say = toStandardOutput ? io.err : io.out
  const named = (plan: string) => (plan === '-' ? (run.name ?? 'stdin.md') : plan)
  const folders = toStandardOutput ? undefined : outputFolders(plans, run.out, (plan) => path.basename(named(plan), path.extname(named(plan))))
  const progress = startProgress(io, run.quiet)
  const failures: Problem[] = []
  try {
    for (const [index, plan] of plans.entries()) {
      progress.setPrefix(plans.length > 1 ? `${index + 1} of ${plans.length}, ${plan}: ` : '')
      progress.step('reading')
      let built: BuildResult
      let written: string[] = []
      try {
        // Each plan's readings are its own: the CLI lets them go before writing (the next plan reads its own), and
        // the stages' garbage with them.
        built = await buildWith(await planInput(plan, io, run.name), options, run.data, {forgetReadings: true, afterStages: collectGarbage})
        progress.step('writing the files')
        if (toStandardOutput) await io.write!(built.files[0]!.contents)
        else written = await writeResult(built, folders!.get(plan)!, {force: run.force})
      } catch (error) {
        if (!(error instanceof UserError)) throw error
        progress.clear()
        failures.push(...error.problems)
        continue
      }
      progress.clear()
      if (run.quiet) continue
      const {file} = built
      if (plans.length > 1) say(`${named(plan)}:`)
      for (const line of summaryLines(file)) say(plans.length > 1 ? `  ${line}` : line)
      const findings = findingCount(file)
      if (findings > 0) say(`${plans.length > 1 ? '  ' : ''}${findings} readability findings: see them with "easyread check ${named(plan)}"`)
      for (const output of written) say(`wrote ${output}`)
      const warnings = warningReport([file], {colour: io.colour?.err, verbose: run.verbose})
      if (warnings !== '') io.err(warnings)
    }
  } finally {
    progress.done()
  }
  return failures
}
