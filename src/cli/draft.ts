import {parseArgs} from 'node:util'
import type {Command} from './types.js'
import {optionFlags, rawOptionsFrom} from './flags.js'

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

Options:
  --out DIR              output folder (default: output); an output that would land on the plan itself is
                         named <name>.easy-read.<ext>
  --format LIST          the draft's form: md, docx or md,docx (default: md)
  --leave-out HEADING    leave out the section with this heading (e.g. "Chief Constable's Foreword"); repeat for more
  --keep-only HEADING    keep only the sections with these headings; repeat for more
  --we NAME              the name of the body that wrote the plan, written as "we" (default: the name its
                         performance measures ask about, "How well does NAME …?"); repeat for more
  --rule ID=off          turn a simplify rule off by its id (e.g. --rule tail-including=off); repeat for more
  --glossary DIR         a folder of glossary .yml files; repeat for more (default: the shipped glossary)
  --age N                target reading age in years (default: 9)
  --title TEXT           the document's title (default: the plan's first heading, else the file name)
  --config FILE          settings file (default: easyread.config.yml in the current folder, if there is one)
  --force                replace existing output files that easyread did not make (without it they are kept,
                         and nothing is written)
  --quiet                print only errors`,
  async run(args, io) {
    const {values, positionals} = parseArgs({args, allowPositionals: true, options: {...optionFlags, out: {type: 'string', default: 'output'}, quiet: {type: 'boolean'}, force: {type: 'boolean'}}})
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
    // Loaded here, not at start-up, so that `easyread --help` stays quick.
    const [{draft, writeResult}, {findConfig}] = await Promise.all([import('../index.js'), import('../config.js')])
    const result = await draft(positionals[0]!, {...rawOptionsFrom({...values, format: undefined}), config: findConfig(values.config)}, formats as Array<'md' | 'docx'>)
    const written = await writeResult(result, values.out!, {force: values.force === true})
    const file = result.file
    if (!values.quiet) {
      const changes = file.data.changes ?? []
      const summary = file.data.readability
      const offered = changes.filter((change) => change.status === 'offered').length
      io.out(`${changes.length - offered} changes made, ${offered} offered (easyread-suggest comments in the draft); ${summary ? `${summary.fail} of ${summary.sentences} sentences still fail the checker (marked in the draft)` : ''}`)
      for (const path of written) io.out(`wrote ${path}`)
    }
    return 0
  }
}
