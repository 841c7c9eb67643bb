import {parseArgs} from 'node:util'
import type {Command} from './types.js'
import {flagsOf, rawOptionsFrom} from './flags.js'
import {optionsHelp} from './help.js'
import {planInput} from './inputs.js'
import {UserError} from '../util/user-error.js'

export const draftCommand: Command = {
  summary: 'simplify a plan into an easy-read Markdown draft for a writer to finish, with a page of every change',
  usage: `easyread draft <plan> [options]

Simplifies a plan (.md, .txt exported from Word or a PDF, .docx, .pdf) and writes into the output folder:
  <name>.draft.md       the easy-read draft: one sentence a line, plan blocks under plain headings, the first use
                        of each glossary term in bold, and after each sentence that still fails the checker a
                        comment saying why
  <name>.draft.docx     with --format docx: the draft as a Word file to review with Word's own tools: every change
                        easyread made is a tracked change by "easyread" (a comment names the rule), a section or
                        sentence left out is a tracked deletion, a change only offered is a comment
  <name>.changes.html   every change made (rule, place in the plan, words before and after), to review or undo

Edit the draft, then run "easyread build <name>.draft.md": a draft is built as it is, never simplified again
(its first line, <!-- easyread-draft …, marks it). A reviewed Word draft is built the same way: "easyread build
<name>.draft.docx" keeps the changes accepted and drops those rejected (a change still pending counts as accepted).

${optionsHelp('draft')}`,
  async run(args, io) {
    const {values, positionals} = parseArgs({args, allowPositionals: true, options: flagsOf('draft')})
    if (positionals.length !== 1) {
      io.err('easyread draft: give one plan file, e.g. easyread draft plans/riverside-local-police-plan.md')
      return 2
    }
    const formats = String(values.format ?? 'md').split(',').map((format) => format.trim())
    const wrong = formats.filter((format) => format !== 'md' && format !== 'docx')
    if (wrong.length > 0) {
      io.err(`easyread draft: unknown draft format "${wrong.join(', ')}": use md, docx or md,docx`)
      return 2
    }
    if (values.out === '-') throw new UserError([{file: '', message: 'A draft is two files or more (the draft and its changes page): give an output folder, not --out -'}])
    // Loaded here, not at start-up, so that `easyread --help` stays quick.
    const [{prepareFor}, {draft}, {writeResult}, {startProgress}, {warningReport}] = await Promise.all([import('./prepare.js'), import('../api/draft.js'), import('../api/outputs.js'), import('./progress.js'), import('./report.js')])
    const progress = startProgress(io, values.quiet === true)
    let result: Awaited<ReturnType<typeof draft>>
    let written: string[]
    try {
      const prepared = await prepareFor(rawOptionsFrom(values, 'draft'), io, values.verbose === true)
      result = await draft(await planInput(positionals[0]!, io, typeof values.name === 'string' ? values.name : undefined), prepared, formats as Array<'md' | 'docx'>)
      written = await writeResult(result, typeof values.out === 'string' ? values.out : 'output', {force: values.force === true})
    } finally {
      progress.done()
    }
    const file = result.file
    if (!values.quiet) {
      const changes = file.data.changes ?? []
      const summary = file.data.readability
      const offered = changes.filter((change) => change.status === 'offered').length
      io.out(`${changes.length - offered} changes made, ${offered} offered (easyread-suggest comments in the draft); ${summary ? `${summary.fail} of ${summary.sentences} sentences still fail the checker (marked in the draft)` : ''}`)
      for (const path of written) io.out(`wrote ${path}`)
      const warnings = warningReport([file], {colour: io.colour?.err, verbose: values.verbose === true})
      if (warnings !== '') io.err(warnings)
    }
    return 0
  }
}
