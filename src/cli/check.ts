import {parseArgs} from 'node:util'
import type {Command} from './types.js'
import {UserError} from '../util/user-error.js'

const checkFormats = ['text', 'json', 'sarif', 'html'] as const
type CheckFormat = (typeof checkFormats)[number]

export const checkCommand: Command = {
  summary: 'check the readability of every sentence, like a compiler (text, JSON, SARIF or an HTML report)',
  usage: `easyread check <plan…> [options]

Reads each plan (.md, .txt exported from Word or a PDF, .docx, .pdf), scores every sentence and checks it against
the easy-read rules. Prints each finding as "file:line:col  warning  message  rule-id" ("file page 4, line 12,
column 3" in a PDF), then a summary of each file (sentences, share passing, median reading age, the five hardest
sentences).

Options:
  --format FORMAT     text (default), json (every sentence, score and finding), sarif (SARIF 2.1.0 for code
                      scanning in CI) or html (a report page: every sentence marked, its scores on focus or hover)
  --out FILE          write the output to FILE instead of the terminal (never a plan it reads; a file easyread
                      did not make only with --force)
  --force             replace an existing --out file that easyread did not make
  --age N             target reading age in years (default: 9)
  --max-warnings N    also exit 1 when there are more than N warnings
  --glossary DIR      a folder of glossary .yml files; repeat for more (default: the shipped glossary)
  --config FILE       settings file (default: easyread.config.yml in the current folder, if there is one)
  --quiet             text format: print only errors and the summary

Exit codes: 0 no sentence fails; 1 a sentence fails (or more warnings than --max-warnings); 2 a mistake in the
input or the options.`,
  async run(args, io) {
    const {values, positionals} = parseArgs({
      args,
      allowPositionals: true,
      options: {format: {type: 'string', default: 'text'}, out: {type: 'string'}, age: {type: 'string'}, 'max-warnings': {type: 'string'}, glossary: {type: 'string', multiple: true}, config: {type: 'string'}, quiet: {type: 'boolean'}, force: {type: 'boolean'}}
    })
    if (positionals.length === 0) {
      io.err('easyread check: give one or more plan files, e.g. easyread check plans/riverside-local-police-plan.md')
      return 2
    }
    const format = values.format as CheckFormat
    if (!checkFormats.includes(format)) throw new UserError([{file: '', message: `--format must be one of ${checkFormats.join(', ')}, not "${values.format}"`}])
    const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings'])
    if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
      throw new UserError([{file: '', message: `--max-warnings must be a whole number from 0, not "${values['max-warnings']}"`}])
    }
    // Loaded here, not at start-up, so that `easyread --help` stays quick.
    const [{prepare}, {check, checkTotals, checkReport}, {writeFileSafely}, {findConfig}, terminal] = await Promise.all([import('../api/settings.js'), import('../api/check.js'), import('../api/outputs.js'), import('../config.js'), import('../write/report/terminal.js')])
    const settings = await prepare({age: values.age, glossary: values.glossary, config: findConfig(values.config)})
    const checked = []
    for (const plan of positionals) checked.push(await check(plan, settings))
    const files = checked.map((item) => item.file)
    const sum = checkTotals(checked)
    let output: string
    if (format !== 'text') output = checkReport(checked, format)
    else {
      const lines: string[] = []
      for (const file of files) {
        for (const line of terminal.findingLines(file)) if (!values.quiet || line.includes('  error  ')) lines.push(line)
      }
      if (lines.length > 0) lines.push('')
      for (const file of files) lines.push(...terminal.checkSummaryLines(file), '')
      lines.push(terminal.totalLine(sum))
      if (maxWarnings !== undefined && sum.warnings > maxWarnings) lines.push(`${sum.warnings} warnings is more than --max-warnings ${maxWarnings}`)
      output = lines.join('\n') + '\n'
    }
    if (values.out) {
      await writeFileSafely(values.out, output, positionals, {force: values.force})
      io.out(`wrote ${values.out}`)
    } else io.out(output.replace(/\n$/, ''))
    return sum.fail > 0 || (maxWarnings !== undefined && sum.warnings > maxWarnings) ? 1 : 0
  }
}
