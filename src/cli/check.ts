import {readFileSync} from 'node:fs'
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
    const [{prepare}, {checkPlan, totals}, terminal, {toSarif}, {toHtmlReport}, {toJsonReport}] = await Promise.all([
      import('../index.js'), import('../readability/check.js'), import('../write/report/terminal.js'), import('../write/report/sarif.js'), import('../write/report/html.js'), import('../write/report/json.js')
    ])
    const {options, data} = await prepare({age: values.age, glossary: values.glossary, config: values.config})
    const checked = []
    for (const plan of positionals) checked.push(await checkPlan(plan, options, data))
    const files = checked.map((item) => item.file)
    const sum = totals(files)
    const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}).version
    let output: string
    // JSON: the totals and, for each file, the same report `build` writes.
    if (format === 'json') output = JSON.stringify({generator: 'easyread', totals: sum, files: files.map((file) => JSON.parse(toJsonReport(file)) as unknown)}, null, 2) + '\n'
    else if (format === 'sarif') output = toSarif(files, version)
    else if (format === 'html') output = toHtmlReport(checked)
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
      const {writeOutputs} = await import('../util/write-file.js')
      await writeOutputs([[values.out, output]], {inputs: positionals, onInput: 'refuse', force: values.force})
      io.out(`wrote ${values.out}`)
    } else io.out(output.replace(/\n$/, ''))
    return sum.fail > 0 || (maxWarnings !== undefined && sum.warnings > maxWarnings) ? 1 : 0
  }
}
