import {parseArgs} from 'node:util'
import type {Command} from './types.js'
import {optionFlags, rawOptionsFrom} from './flags.js'

export const buildCommand: Command = {
  summary: 'turn a plan into easy-read HTML, Word and a readability report',
  usage: `easyread build <plan> [options]

Reads a plan (.md, .txt exported from Word or a PDF, .docx, .pdf) and writes into the output folder:
  <name>.html         the easy-read page (one self-contained file)
  <name>.docx         the easy-read Word document
  <name>.report.json  every sentence with its scores and verdict
  <name>.pdf          a tagged PDF of the Word document (only with --format pdf; needs LibreOffice)

Options:
  --out DIR              output folder (default: output); an output that would land on the plan itself is
                         named <name>.easy-read.<ext>
  --format LIST          outputs to write: html,docx,json,pdf (default: html,docx,json)
  --glossary DIR         a folder of glossary .yml files; repeat for more (default: the shipped glossary)
  --age N                target reading age in years (default: 9)
  --title TEXT           the document's title (default: the plan's first heading, else the file name)
  --bold-every-use       bold every use of a glossary term, not only the first
  --callouts WHERE       where term explanations go: sentence (default), section, or end (a "Words to know" list)
  --font NAME            body font (default: Arial)
  --font-size N          body size in points: 14, 16, 18 or 21 (default: 16)
  --line-spacing N       line spacing (default: 1.5)
  --page-size SIZE       Word page size: A4 or Letter (default: A4)
  --text-colour HEX      body text colour (default: #1a1a1a); also --background-colour, --heading-colour,
                         --callout-colour; each pair must reach WCAG AA contrast (4.5:1)
  --picture-width CM     width of a row's picture in Word, 2.5 to 6 cm (default: 3.5); the words' column narrows
                         to match, and the HTML row gives its picture the same share of the width
  --reference-docx FILE  the organisation's Word template: its styles, fonts, colours, page size, margins,
                         headers and footers (a logo) are used; easyread's styles fill in only what it lacks
  --pictures DIR         a folder with pictures.yml mapping words to PNG/SVG files (wins over the shipped pictures)
  --page-count           count the Word pages with LibreOffice (slow) and warn above 24
  --config FILE          settings file (default: easyread.config.yml in the current folder, if there is one)
  --no-simplify          build the plan as it is written: no split sentences, plain words, lists or plain headings
  --leave-out HEADING    leave out the section with this heading (e.g. a foreword); repeat for more
  --keep-only HEADING    keep only the sections with these headings; repeat for more
  --we NAME              the name of the body that wrote the plan, written as "we" (default: the name its
                         performance measures ask about, "How well does NAME …?"); repeat for more
  --rule ID=off          turn a simplify rule off by its id (e.g. --rule tail-including=off); repeat for more
  --pages N              keep the easy read within N Word pages at the type settings (default: 24): the select
                         stage keeps the priorities, what the plan will do, how to get in touch and how it is
                         going, and lists every sentence it leaves out for the writer
  --words N              keep it within N words instead of pages
  --select off           keep every section and sentence (default: on; off with --no-simplify)
  --select-data FILE     a select.yml of your own: the words that give sections their roles, the opening's wording
  --force                replace existing output files that easyread did not make (without it they are kept,
                         and nothing is written)
  --quiet                print only errors`,
  async run(args, io) {
    const {values, positionals} = parseArgs({args, allowPositionals: true, options: {...optionFlags, out: {type: 'string', default: 'output'}, quiet: {type: 'boolean'}, force: {type: 'boolean'}}})
    if (positionals.length !== 1) {
      io.err('easyread build: give one plan file, e.g. easyread build plans/riverside-local-police-plan.md')
      return 2
    }
    const plan = positionals[0]!
    // Loaded here, not at start-up, so that `easyread --help` stays quick.
    const [{build, writeResult}, {findConfig}, {summaryLines}] = await Promise.all([import('../index.js'), import('../config.js'), import('../write/report/terminal.js')])
    const result = await build(plan, {...rawOptionsFrom(values), config: findConfig(values.config)})
    const written = await writeResult(result, values.out!, {force: values.force === true})
    const file = result.file
    if (!values.quiet) {
      for (const line of summaryLines(file)) io.out(line)
      for (const path of written) io.out(`wrote ${path}`)
    }
    return 0
  }
}
