import path from 'node:path'
import {parseArgs} from 'node:util'
import type {Command} from './types.js'
import {pageLimit} from '../write/docx/pages.js'
import {checkWordFile} from '../render/word-file.js'
import {renderWordFile} from '../render/render.js'
import {UserError} from '../util/user-error.js'
import {flagsOf} from './flags.js'
import {optionsHelp} from './help.js'
import {startProgress} from './progress.js'

export const renderCommand: Command = {
  summary: 'render a Word file’s pages as PNG images (LibreOffice and pdftoppm), to look at it',
  usage: `easyread render <file.docx> [options]

Converts the Word file to PDF with LibreOffice, then each page to a PNG image with pdftoppm, into a folder next to
it: <name>-pages/page-01.png, … and <name>-pages/<name>.pdf. Prints the page count, and warns above ${pageLimit} pages.
A file in the folder that easyread did not make is not replaced (without --force).

On a terminal, a progress line says which page is being rendered.

LibreOffice runs with links off: a picture linked to a file or an address is left out, never read or fetched.

${optionsHelp('render')}`,
  async run(args, io) {
    const {values, positionals} = parseArgs({args, allowPositionals: true, options: flagsOf('render')})
    const given = (flag: string) => (typeof values[flag] === 'string' ? (values[flag] as string) : undefined)
    if (positionals.length !== 1 || !/\.docx$/i.test(positionals[0]!)) {
      io.err('easyread render: give one Word file, e.g. easyread render output/riverside-local-police-plan.docx')
      return 2
    }
    const docx = path.resolve(positionals[0]!)
    const links = await checkWordFile(docx, positionals[0]!)
    const numbers = {dpi: whole(given('dpi'), '--dpi'), first: whole(given('first'), '--first'), last: whole(given('last'), '--last')}
    if (numbers.dpi !== undefined && (numbers.dpi < dpiRange.min || numbers.dpi > dpiRange.max)) throw new UserError([{file: '', message: `--dpi must be from ${dpiRange.min} to ${dpiRange.max}, not ${numbers.dpi}`}])
    if (numbers.first !== undefined && numbers.last !== undefined && numbers.first > numbers.last) throw new UserError([{file: '', message: `--first ${numbers.first} is after --last ${numbers.last}: give a first page no later than the last`}])
    const folder = given('out') ?? path.join(path.dirname(docx), `${path.basename(docx, path.extname(docx))}-pages`)
    const progress = startProgress(io, values.quiet === true)
    let rendered: {count: number; written: string[]}
    try {
      rendered = await renderWordFile(docx, positionals[0]!, folder, {...numbers, force: values.force === true})
    } finally {
      progress.done()
    }
    const {count, written} = rendered
    if (values.quiet) return 0
    if (links.pictures > 0) io.err(`easyread: ${positionals[0]!}: ${links.pictures} linked picture${links.pictures === 1 ? ' is' : 's are'} left out of the pages: LibreOffice runs with links off, so nothing outside the file is read or fetched`)
    io.out(`${count} pages${count > pageLimit ? ` (more than ${pageLimit}: an easy-read document should be split)` : ''}`)
    io.out(`wrote ${written[0]}`)
    io.out(`wrote ${written.length - 1} page images in ${folder}`)
    return 0
  }
}

/** Below 24 dpi a page is a smudge; above 600 a page image is hundreds of megabytes. */
const dpiRange = {min: 24, max: 600}

function whole(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) throw new UserError([{file: flag, message: `${flag} must be a whole number from 1, not "${value}"`}])
  return number
}
