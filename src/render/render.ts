import {mkdtemp, readdir, readFile, rm, stat} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {convertToPdf, pdfPageCount, renderPages} from '../write/docx/pages.js'
import {reportProgress} from '../util/progress.js'
import {UserError} from '../util/user-error.js'
import {writeOutputs} from '../util/write-file.js'
import {markPdf, markPng} from './marks.js'

export interface RenderOptions {
  /** Resolution of the page images. Default: 96 dpi. */
  dpi?: number
  /** The first and last page to render. Default: all. */
  first?: number
  last?: number
  /** Replace files in `folder` that easyread did not make. Default: false. */
  force?: boolean
}

/**
 * Print a Word file to PDF (LibreOffice, links off) and its pages to PNG (pdftoppm), in a folder of its own, then
 * put them in `folder` as build puts its outputs: each marked as ours, whole or not at all, never over the Word file
 * itself or a file easyread did not make (see util/write-file.ts). Returns the page count and the paths written,
 * the PDF first.
 */
export async function renderWordFile(docx: string, shown: string, folder: string, options: RenderOptions = {}): Promise<{count: number; written: string[]}> {
  const work = await mkdtemp(path.join(tmpdir(), 'easyread-render-'))
  try {
    reportProgress('converting to PDF with LibreOffice')
    const pdf = await convertToPdf(docx, work)
    const count = await pdfPageCount(pdf)
    for (const [flag, page] of [['--first', options.first], ['--last', options.last]] as const) {
      if (page !== undefined && page > count) throw new UserError([{file: shown, message: `${flag} ${page} is past the end: the file has ${count} page${count === 1 ? '' : 's'}`}])
    }
    const first = options.first ?? 1
    const last = options.last ?? count
    const started = Date.now()
    const pages = await whilePolling(renderPages(pdf, path.join(work, 'pages'), options), async () => {
      const done = await renderedSince(path.join(work, 'pages'), started)
      reportProgress(`rendering page ${Math.min(first + done, last)} of ${count} (pages ${first} to ${last})`)
    })
    const outputs: Array<readonly [string, Uint8Array]> = [[path.join(folder, path.basename(pdf)), markPdf(await readFile(pdf))]]
    for (const page of pages) outputs.push([path.join(folder, path.basename(page)), markPng(await readFile(page))])
    const written = await writeOutputs(outputs, {inputs: [docx], onInput: 'refuse', force: options.force ?? false})
    return {count, written}
  } finally {
    await rm(work, {recursive: true, force: true})
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
  const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => /^page-\d+\.png$/.test(name))
  const times = await Promise.all(names.map((name) => stat(path.join(folder, name)).then((info) => info.mtimeMs, () => 0)))
  return Math.max(0, times.filter((time) => time >= since).length - 1)
}
