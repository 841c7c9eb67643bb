import {execFile} from 'node:child_process'
import {access, mkdir, mkdtemp, readdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {plainText} from '../../util/plain-text.js'
import {UserError} from '../../util/user-error.js'
import {linksOffProfile} from '../../render/libreoffice-profile.js'

const run = promisify(execFile)

/** The most pages an easy-read document should have (GOV.UK easy read guidance; the DH guidance says 20). */
export const pageLimit = 24

/**
 * Convert a Word file to PDF with LibreOffice, in its own profile folder with links off (two runs sharing a profile
 * clash; a linked picture is neither read nor fetched: see render/libreoffice-profile.ts), and
 * check the PDF is there: `soffice` exits 0 even when it converted nothing. `filter`: LibreOffice's `--convert-to`
 * value (default: plain `pdf`; see `taggedPdfFilter`).
 */
export async function convertToPdf(docx: string, outFolder: string, options: {filter?: string} = {}): Promise<string> {
  const profile = await linksOffProfile()
  const pdf = path.join(outFolder, `${path.basename(docx, path.extname(docx))}.pdf`)
  try {
    await mkdir(outFolder, {recursive: true})
    await run('soffice', [profile.argument, '--headless', '--norestore', '--convert-to', options.filter ?? 'pdf', '--outdir', outFolder, docx], {timeout: 300_000})
  } catch (error) {
    // LibreOffice is a program of its own: without it, say which Debian package brings it.
    if ((error as {code?: string}).code === 'ENOENT') throw new UserError([{file: 'soffice', message: 'LibreOffice is needed to make a PDF or count pages, and it is not installed: install the Debian package libreoffice-writer-nogui'}])
    throw new UserError([{file: docx, message: `LibreOffice could not convert the file (${(error as Error).message.split('\n')[0]}); is libreoffice-writer-nogui installed?`}])
  } finally {
    await rm(profile.folder, {recursive: true, force: true})
  }
  try {
    await access(pdf)
  } catch {
    throw new UserError([{file: docx, message: 'LibreOffice made no PDF of this file: it may not be a Word document'}])
  }
  return pdf
}

/** How many pages a PDF has (poppler's pdfinfo). */
export async function pdfPageCount(pdf: string): Promise<number> {
  const {stdout} = await run('pdfinfo', [pdf])
  const match = /^Pages:\s+(\d+)/m.exec(stdout)
  if (!match) throw new TypeError(`pdfinfo gave no page count for ${pdf}`)
  return Number(match[1])
}

/** The text of each page of a PDF (poppler's pdftotext; pages end with a form feed). */
export async function pdfPageTexts(pdf: string): Promise<string[]> {
  const {stdout} = await run('pdftotext', ['-layout', pdf, '-'], {maxBuffer: 64 * 1024 * 1024})
  return stdout.split('\f').slice(0, -1)
}

/** Render PDF pages to PNG files `page-1.png`, `page-2.png`, … in `outFolder` (poppler's pdftoppm); returns their paths. */
export async function renderPages(pdf: string, outFolder: string, options: {dpi?: number; first?: number; last?: number} = {}): Promise<string[]> {
  await mkdir(outFolder, {recursive: true})
  const range = [...(options.first ? ['-f', String(options.first)] : []), ...(options.last ? ['-l', String(options.last)] : [])]
  await run('pdftoppm', ['-png', '-r', String(options.dpi ?? 96), ...range, pdf, path.join(outFolder, 'page')], {timeout: 300_000})
  const pages = (await readdir(outFolder)).filter((name) => /^page-\d+\.png$/.test(name))
  return pages.sort((a, b) => pageNumber(a) - pageNumber(b)).map((name) => path.join(outFolder, name))
}

function pageNumber(name: string): number {
  return Number(/(\d+)\.png$/.exec(name)?.[1] ?? 0)
}

/**
 * Count the Word document's pages with LibreOffice and keep the count in `file.data.pages`; above the limit, warn and
 * suggest where to split: before the top-level sections that start each part of at most `limit` pages.
 */
export async function countPagesInto(file: VFile, docx: Uint8Array | string, tree: Root, limit = pageLimit): Promise<number> {
  const folder = await mkdtemp(path.join(tmpdir(), 'easyread-pages-'))
  try {
    const input = path.join(folder, 'document.docx')
    await writeFile(input, docx)
    const pdf = await convertToPdf(input, folder)
    const count = await pdfPageCount(pdf)
    file.data.pages = {count, limit}
    if (count > limit) {
      const sections = tree.children.filter((node) => node.type === 'heading' && node.depth === 2).map((node) => plainText(node).trim())
      const splits = splitPoints(await pdfPageTexts(pdf), sections, limit)
      const where = splits.length > 0 ? `; split it, e.g. before ${splits.map((split) => `“${split.heading}” (page ${split.page})`).join(', ')}` : ''
      const message = file.message(`The Word document has ${count} pages; an easy-read document should have ${limit} or fewer${where}`, {ruleId: 'too-many-pages', source: 'easyread'})
      message.actual = String(count)
      message.expected = [String(limit)]
    } else {
      file.info(`The Word document has ${count} pages`, {ruleId: 'pages', source: 'easyread'})
    }
    return count
  } finally {
    await rm(folder, {recursive: true, force: true})
  }
}

/** Where to cut a long document: the last section start before each part would pass `limit` pages. */
export function splitPoints(pages: readonly string[], sections: readonly string[], limit: number): Array<{heading: string; page: number}> {
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim()
  const starts: Array<{heading: string; page: number}> = []
  // Headings are looked for after the cover and the contents page (whose lines end "..... Page 4"), in order.
  const contents = pages.findLastIndex((text) => /\.{4,}\s*Page \d+/.test(text))
  let from = Math.max(1, contents + 1)
  for (const heading of sections) {
    const at = pages.findIndex((text, index) => index >= from && flat(text).includes(flat(heading)))
    if (at === -1) continue
    starts.push({heading, page: at + 1})
    from = at
  }
  const splits: Array<{heading: string; page: number}> = []
  let partStart = 1
  for (let index = 0; index < starts.length; index++) {
    const next = starts[index + 1]
    const end = next ? next.page - 1 : pages.length
    if (end - partStart + 1 > limit && starts[index]!.page > partStart) {
      splits.push(starts[index]!)
      partStart = starts[index]!.page
    }
  }
  return splits
}
