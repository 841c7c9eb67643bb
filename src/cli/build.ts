import {parseArgs} from 'node:util'
import type {Command} from './types.js'
import {flagsOf, rawOptionsFrom} from './flags.js'
import {optionsHelp} from './help.js'
import {expandInputs} from './inputs.js'
import {UserError} from '../util/user-error.js'
import {formatProblem} from '../util/result.js'

export const buildCommand: Command = {
  summary: 'turn a plan into easy-read HTML, Word and a readability report',
  usage: `easyread build <plan…> [options]

Reads each plan (.md, .txt exported from Word or a PDF, .docx, .pdf) and writes into the output folder:
  <name>.html         the easy-read page (one self-contained file)
  <name>.docx         the easy-read Word document
  <name>.report.json  every sentence with its scores and verdict
  <name>.pdf          a tagged PDF of the Word document (only with --format pdf; needs LibreOffice)

A plan is a file, a folder (searched with its subfolders for .md, .markdown, .txt, .text, .docx and .pdf files) or a
quoted glob ("plans/**/*.md"); "-" reads the plan from standard input, named by --name. Each plan's outputs are named
after it; when two plans share a name, each goes in its own folder below the output folder (a/plan.html,
b/plan.html). An output that would land on the plan itself is named <name>.easy-read.<ext>. With --out - the one
format chosen with --format goes to standard output, and the summary to standard error.

Warnings (removed markup, unsafe links, dropped pictures, too many pages) are printed on standard error, grouped by
file; on a terminal, a progress line shows the stage of a build that takes more than a second.

${optionsHelp('build')}`,
  async run(args, io) {
    const {values, positionals} = parseArgs({args, allowPositionals: true, options: flagsOf('build')})
    if (positionals.length === 0) {
      io.err('easyread build: give one or more plans, e.g. easyread build plans/riverside-local-police-plan.md')
      return 2
    }
    const out = typeof values.out === 'string' ? values.out : 'output'
    const quiet = values.quiet === true
    const toStandardOutput = out === '-'
    const plans = await expandInputs(positionals, toStandardOutput ? undefined : out)
    // Loaded here, not at start-up, so that `easyread --help` stays quick.
    const [{prepareFor}, {buildPlans}] = await Promise.all([import('./prepare.js'), import('./build-plans.js')])
    const {options, data} = await prepareFor(rawOptionsFrom(values), io, values.verbose === true)
    if (toStandardOutput) checkStandardOutput(plans, options.formats, io.outTerminal === true)
    const failures = await buildPlans(plans, {options, data, out, io, quiet, verbose: values.verbose === true, force: values.force === true, name: typeof values.name === 'string' ? values.name : undefined})
    for (const problem of failures) io.err(`easyread: ${formatProblem(problem)}`)
    return failures.length > 0 ? 2 : 0
  }
}

/** `--out -` takes one plan and one format; Word and PDF bytes never go to a terminal. */
function checkStandardOutput(plans: readonly string[], formats: readonly string[], terminal: boolean): void {
  if (plans.length !== 1) throw new UserError([{file: '', message: `--out - writes one plan to standard output, and ${plans.length} are given: give one plan, or an output folder`}])
  if (formats.length !== 1) throw new UserError([{file: '', message: `--out - writes one format to standard output, and this build makes ${formats.length} (${formats.join(', ')}): choose one with --format, e.g. --format html`}])
  if (terminal && (formats[0] === 'docx' || formats[0] === 'pdf')) throw new UserError([{file: '', message: `--out - would print a ${formats[0] === 'docx' ? 'Word' : 'PDF'} file's bytes on the terminal: redirect standard output to a file (> plan.${formats[0]}) or give an output folder`}])
}
