import {open, readdir, readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {parseArgs} from 'node:util'
import type {Command} from './types.js'
import {convertToPdf, pageLimit, pdfPageCount, renderPages} from '../write/docx/pages.js'
import {UserError} from '../util/user-error.js'
import {flagsOf} from './flags.js'
import {optionsHelp} from './help.js'
import {startProgress} from './progress.js'

export const renderCommand: Command = {
  summary: 'render a Word file’s pages as PNG images (LibreOffice and pdftoppm), to look at it',
  usage: `easyread render <file.docx> [options]

Converts the Word file to PDF with LibreOffice, then each page to a PNG image with pdftoppm, into a folder next to
it: <name>-pages/page-01.png, … and <name>-pages/<name>.pdf. Prints the page count, and warns above ${pageLimit} pages.

On a terminal, a progress line says which page is being rendered.

${optionsHelp('render')}`,
  async run(args, io) {
    const {values, positionals} = parseArgs({args, allowPositionals: true, options: flagsOf('render')})
    const given = (flag: string) => (typeof values[flag] === 'string' ? (values[flag] as string) : undefined)
    if (positionals.length !== 1 || !/\.docx$/i.test(positionals[0]!)) {
      io.err('easyread render: give one Word file, e.g. easyread render output/riverside-local-police-plan.docx')
      return 2
    }
    const started = Date.now()
    const docx = path.resolve(positionals[0]!)
    await checkWordFile(docx, positionals[0]!)
    const numbers = {dpi: whole(given('dpi'), '--dpi'), first: whole(given('first'), '--first'), last: whole(given('last'), '--last')}
    if (numbers.dpi !== undefined && (numbers.dpi < dpiRange.min || numbers.dpi > dpiRange.max)) throw new UserError([{file: '', message: `--dpi must be from ${dpiRange.min} to ${dpiRange.max}, not ${numbers.dpi}`}])
    if (numbers.first !== undefined && numbers.last !== undefined && numbers.first > numbers.last) throw new UserError([{file: '', message: `--first ${numbers.first} is after --last ${numbers.last}: give a first page no later than the last`}])
    const folder = given('out') ?? path.join(path.dirname(docx), `${path.basename(docx, path.extname(docx))}-pages`)
    const progress = startProgress(io, values.quiet === true)
    let pdf: string, count: number, pages: string[]
    try {
      progress.step('converting to PDF with LibreOffice')
      pdf = await convertToPdf(docx, folder)
      count = await pdfPageCount(pdf)
      for (const [flag, page] of [['--first', numbers.first], ['--last', numbers.last]] as const) {
        if (page !== undefined && page > count) throw new UserError([{file: positionals[0]!, message: `${flag} ${page} is past the end: the file has ${count} page${count === 1 ? '' : 's'}`}])
      }
      const first = numbers.first ?? 1
      const last = numbers.last ?? count
      pages = await whilePolling(renderPages(pdf, folder, numbers), async () => {
        const done = await renderedSince(folder, started)
        progress.step(`rendering page ${Math.min(first + done, last)} of ${count} (pages ${first} to ${last})`)
      })
    } finally {
      progress.done()
    }
    if (values.quiet) return 0
    io.out(`${count} pages${count > pageLimit ? ` (more than ${pageLimit}: an easy-read document should be split)` : ''}`)
    io.out(`wrote ${pdf}`)
    io.out(`wrote ${pages.length} page images in ${folder}`)
    return 0
  }
}

/** Run `check` every quarter second while `work` goes on (pdftoppm writes one page image after another). */
async function whilePolling<T>(work: Promise<T>, check: () => Promise<void>): Promise<T> {
  const timer = setInterval(() => void check().catch(() => undefined), 250)
  try {
    return await work
  } finally {
    clearInterval(timer)
  }
}

/** How many page images pdftoppm has finished in `folder` since `since` (a page is whole once the next one starts). */
async function renderedSince(folder: string, since: number): Promise<number> {
  const names = (await readdir(folder)).filter((name) => /^page-\d+\.png$/.test(name))
  const times = await Promise.all(names.map((name) => stat(path.join(folder, name)).then((info) => info.mtimeMs, () => 0)))
  return Math.max(0, times.filter((time) => time >= since).length - 1)
}

/** Below 24 dpi a page is a smudge; above 600 a page image is hundreds of megabytes. */
const dpiRange = {min: 24, max: 600}

function whole(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) throw new UserError([{file: flag, message: `${flag} must be a whole number from 1, not "${value}"`}])
  return number
}

/** A .docx is a zip package: LibreOffice would happily "convert" any other file as plain text, so check first. */
async function checkWordFile(file: string, shown: string): Promise<void> {
  let start: Buffer
  try {
    if (!(await stat(file)).isFile()) throw new UserError([{file: shown, message: 'This is not a regular file: easyread renders only Word files saved on disk'}])
    const handle = await open(file, 'r')
    try {
      start = Buffer.alloc(4)
      await handle.read(start, 0, 4, 0)
    } finally {
      await handle.close()
    }
  } catch (error) {
    if (error instanceof UserError) throw error
    throw new UserError([{file: shown, message: 'Cannot read the Word file'}])
  }
  if (start.toString('latin1') !== 'PK\x03\x04') throw new UserError([{file: shown, message: 'This is not a Word document (.docx files are zip packages)'}])
  if (await linksOutside(file)) throw new UserError([{file: shown, message: 'This Word file links to pictures or files outside it, which LibreOffice would fetch: easyread renders only Word files that are whole in themselves'}])
}

/**
 * Whether the package has an external relationship other than a hyperlink (a linked picture, frame, template or
 * object), or a field that includes another file: LibreOffice would fetch or read it while converting.
 */
async function linksOutside(file: string): Promise<boolean> {
  const {unzipSync} = await import('fflate')
  let parts: Record<string, Uint8Array>
  try {
    parts = unzipSync(await readFile(file), {filter: (entry) => (/\.rels$/.test(entry.name) || entry.name === 'word/document.xml') && entry.originalSize < 50_000_000})
  } catch {
    return false
  }
  return Object.entries(parts).some(([name, bytes]) => {
    const xml = new TextDecoder().decode(bytes)
    if (name.endsWith('.rels')) return [...xml.matchAll(/<Relationship\b[^>]*>/g)].some(([rel]) => /TargetMode="External"/.test(rel) && !/Type="[^"]*\/hyperlink"/.test(rel))
    return /\b(?:INCLUDEPICTURE|INCLUDETEXT|LINK)\b/.test(xml)
  })
}
