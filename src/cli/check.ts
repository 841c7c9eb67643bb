import {parseArgs} from 'node:util'
import type {Command} from './types.js'
import {flagsOf} from './flags.js'
import {optionsHelp} from './help.js'
import {expandInputs, planInput} from './inputs.js'
import {paint} from './io.js'
import {UserError} from '../util/user-error.js'
import {formatProblem} from '../util/result.js'

const checkFormats = ['text', 'json', 'sarif', 'html', 'github'] as const
type CheckFormat = (typeof checkFormats)[number]

export const checkCommand: Command = {
  summary: 'check the readability of every sentence, like a compiler (text, JSON, SARIF, GitHub annotations or an HTML report)',
  usage: `easyread check <plan…> [options]

Reads each plan (.md, .txt exported from Word or a PDF, .docx, .pdf), scores every sentence and checks it against
the easy-read rules. A plan is a file, a folder (searched with its subfolders for plans) or a quoted glob
("plans/**/*.md"); "-" reads standard input, named by --name. Prints each finding as "file:line:col  warning
message  rule-id" ("file page 4, line 12, column 3" in a PDF), file by file, then a summary of each file
(sentences, share passing, median reading age, the five hardest sentences).

${optionsHelp('check')}

Exit codes: 0 no sentence fails; 1 a sentence fails (or more warnings than --max-warnings); 2 a mistake in the
input or the options.`,
  async run(args, io) {
    const {values, positionals} = parseArgs({args, allowPositionals: true, options: flagsOf('check')})
    if (positionals.length === 0) {
      io.err('easyread check: give one or more plan files, e.g. easyread check plans/riverside-local-police-plan.md')
      return 2
    }
    const given = typeof values.format === 'string' ? values.format : 'text'
    if (!checkFormats.includes(given as CheckFormat)) throw new UserError([{file: '', message: `--format must be one of ${checkFormats.join(', ')}, not "${given}"`}])
    const format = given as CheckFormat
    const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings'])
    if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
      throw new UserError([{file: '', message: `--max-warnings must be a whole number from 0, not "${String(values['max-warnings'])}"`}])
    }
    const out = typeof values.out === 'string' && values.out !== '-' ? values.out : undefined
    const plans = await expandInputs(positionals)
    // Loaded here, not at start-up, so that `easyread --help` stays quick.
    const [{prepareFor}, {check, checkTotals, checkReport}, {writeFileSafely}, terminal, {githubAnnotations}, {startProgress}] = await Promise.all([
      import('./prepare.js'), import('../api/check.js'), import('../api/outputs.js'), import('../write/report/terminal.js'), import('./github-annotations.js'), import('./progress.js')
    ])
    const prepared = await prepareFor({age: values.age, glossary: values.glossary, config: values.config}, io, values.verbose === true, {pictures: false})
    const checked = []
    const failures = []
    const progress = startProgress(io, values.quiet === true)
    try {
      for (const [index, plan] of plans.entries()) {
        progress.step(`checking ${plan}${plans.length > 1 ? ` (${index + 1} of ${plans.length})` : ''}`)
        try {
          checked.push(await check(await planInput(plan, io, typeof values.name === 'string' ? values.name : undefined), prepared))
        } catch (error) {
          if (!(error instanceof UserError)) throw error
          failures.push(...error.problems)
        }
      }
    } finally {
      progress.done()
    }
    for (const problem of failures) io.err(`easyread: ${formatProblem(problem)}`)
    if (checked.length === 0) return 2
    const files = checked.map((item) => item.file)
    const sum = checkTotals(checked)
    const colour = paint(out === undefined && io.colour?.out)
    let output: string
    if (format === 'json' || format === 'sarif' || format === 'html') output = checkReport(checked, format)
    else if (format === 'github') output = githubAnnotations(files).map((line) => line + '\n').join('')
    else {
      const lines: string[] = []
      for (const file of files) {
        for (const line of terminal.findingLines(file)) {
          if (values.quiet && !line.includes('  error  ')) continue
          lines.push(line.replace(/ {2}(warning|error) {2}/, (_, severity: string) => `  ${severity === 'error' ? colour.red(severity) : colour.yellow(severity)}  `))
        }
      }
      if (lines.length > 0) lines.push('')
      for (const file of files) lines.push(...terminal.checkSummaryLines(file), '')
      lines.push(colour.bold(terminal.totalLine(sum)))
      if (maxWarnings !== undefined && sum.warnings > maxWarnings) lines.push(`${sum.warnings} warnings is more than --max-warnings ${maxWarnings}`)
      output = lines.join('\n') + '\n'
    }
    if (out) {
      await writeFileSafely(out, output, plans.filter((plan) => plan !== '-'), {force: values.force === true})
      if (!values.quiet) io.out(`wrote ${out}`)
    } else if (output !== '') io.out(output.replace(/\n$/, ''))
    if (failures.length > 0) return 2
    return sum.fail > 0 || (maxWarnings !== undefined && sum.warnings > maxWarnings) ? 1 : 0
  }
}
