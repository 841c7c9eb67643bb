import type {VFile} from 'vfile'
import type {Reader} from './types.js'
import {pdfFormat} from './formats.js'
import {fragmentsOf, type Fragment, type Run} from './pdf-layout.js'
import {dropContents, dropFurniture} from './pdf-furniture.js'
import {normalise, pdfBlocks, type PlacedLine} from './pdf-blocks.js'

/** Fewer characters than this a page, on average, is a scan with no text layer. */
const scannedCharactersPerPage = 20

/**
 * A published PDF (through PDF.js, in unpdf's build for servers: no browser, no worker, no canvas):
 * - reading order from the text's positions, two columns read one after the other (see `readingOrder`);
 * - running headers and footers and a contents page left out, each with a message;
 * - headings from font size and weight, their levels from the outline (bookmarks) when there is one;
 *   the title from the first page's largest text, or the document's metadata;
 * - lists from bullet glyphs, tables where cells line up, words hyphenated at a line end joined.
 * Places: `line` counts the lines of the whole document in reading order; `file.data.pdfPages` holds the line
 * before each page's first, so a place shows as "page 4, line 12" (see `pdfPlace`). `column` is the character.
 * A PDF that needs a password, has no text layer (a scan), is damaged or cut short is refused.
 */
export const pdfReader: Reader = {
  ...pdfFormat,
  async read(file) {
    const bytes = file.value as Uint8Array
    checkPdfBytes(bytes, file)
    const {pages, outline, metaTitle} = await loadPages(bytes, file)
    const characters = pages.reduce((sum, page) => sum + page.rows.flat().reduce((count, piece) => count + piece.text.replace(/\s/g, '').length, 0), 0)
    if (characters < scannedCharactersPerPage * pages.length) {
      file.fail(`The PDF has no text to read (${characters} characters on ${pages.length} ${pages.length === 1 ? 'page' : 'pages'}): it is probably scanned pictures of pages. easyread does not read text from pictures; give it the plan's Word file or a PDF with text`, undefined, 'easyread:pdf-scanned')
    }
    const kept = dropFurniture(pages, file)
    const placed: PlacedLine[] = []
    const starts: number[] = []
    let count = 0
    kept.forEach((page, index) => {
      starts.push(count)
      for (const line of page.lines) placed.push({...line, page: index + 1, line: count + line.number})
      count += page.count
    })
    file.data.pdfPages = starts
    return pdfBlocks(dropContents(placed, file), {outline, metaTitle})
  }
}

/** One page's rows of fragments, top to bottom, and its height. */
export interface PdfPage {
  rows: Fragment[][]
  height: number
}

/** Refuse what is not a PDF, or a PDF cut short, before PDF.js tries to mend it and reads half a plan. */
function checkPdfBytes(bytes: Uint8Array, file: VFile): void {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1')
  if (!head.includes('%PDF-')) file.fail('This is not a PDF file: it does not start as one. Check the file, or give it the extension of what it is', undefined, 'easyread:pdf-damaged')
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).toString('latin1')
  if (!tail.includes('%%EOF')) file.fail('The PDF is cut short (its end is missing): download or export it again', undefined, 'easyread:pdf-damaged')
}

type Outline = Array<{title: string; items: Outline}>

async function loadPages(bytes: Uint8Array, file: VFile): Promise<{pages: PdfPage[]; outline: Map<string, number>; metaTitle?: string}> {
  polyfillTransfer()
  const {getDocumentProxy} = await import('unpdf')
  let document
  try {
    // PDF.js takes the buffer over: give it a copy, so the file's bytes stay whole.
    document = await getDocumentProxy(new Uint8Array(bytes), {isEvalSupported: false, stopAtErrors: true, verbosity: 0})
  } catch (error) {
    const name = (error as Error)?.name
    if (name === 'PasswordException') file.fail('The PDF is protected by a password: easyread cannot read it. Save a copy without the password and give easyread that', undefined, 'easyread:pdf-encrypted')
    return file.fail(`The PDF is damaged (${(error as Error)?.message ?? String(error)}): open it and save or export it again`, undefined, 'easyread:pdf-damaged')
  }
  try {
    const pages: PdfPage[] = []
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number)
      const content = await page.getTextContent()
      // The operator list loads the fonts, whose names tell bold from regular: only for a page with a font not
      // seen yet (it costs more than the text itself).
      const fonts = new Set(content.items.flatMap((item) => ('fontName' in item ? [item.fontName] : [])))
      if ([...fonts].some((font) => !page.commonObjs.has(font))) await page.getOperatorList()
      const bold = new Map<string, boolean>()
      const runs: Run[] = []
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue
        const [a, b, , d, x, y] = item.transform as number[]
        if (Math.abs(b!) > 0.01) continue // rotated text: stamps and margin notes, not the plan's lines
        if (!bold.has(item.fontName)) bold.set(item.fontName, isBoldFont(page.commonObjs, item.fontName))
        runs.push({text: pdfRunText(item.str), x: x!, y: y!, width: item.width, size: Math.round(Math.max(Math.abs(a!), Math.abs(d!)) * 10) / 10, bold: bold.get(item.fontName)!})
      }
      pages.push({rows: fragmentsOf(runs), height: page.view[3]! - page.view[1]!})
      page.cleanup()
    }
    const outline = new Map<string, number>()
    const walk = (items: Outline, depth: number) => {
      for (const item of items) {
        outline.set(normalise(item.title), depth)
        walk(item.items, depth + 1)
      }
    }
    walk(((await document.getOutline()) ?? []) as Outline, 1)
    const info = (await document.getMetadata()).info as {Title?: unknown}
    const metaTitle = typeof info?.Title === 'string' ? info.Title.trim() : undefined
    return {pages, outline, metaTitle}
  } catch (error) {
    if ((error as {name?: string})?.name === 'VFileMessage') throw error
    return file.fail(`The PDF is damaged (${(error as Error)?.message ?? String(error)}): open it and save or export it again`, undefined, 'easyread:pdf-damaged')
  } finally {
    await document.destroy()
  }
}

function isBoldFont(objects: {has: (id: string) => boolean; get: (id: string) => unknown}, id: string): boolean {
  if (!objects.has(id)) return false
  const font = objects.get(id) as {name?: string; bold?: boolean; black?: boolean} | null
  return Boolean(font?.bold || font?.black || /bold|black|heavy|semibold|demi/i.test(font?.name ?? ''))
}

/**
 * PDF.js copies font data with `ArrayBuffer.prototype.transferToFixedLength`, which Node has from version 21; on
 * Node 20 a copy does the same job for it.
 */
function polyfillTransfer(): void {
  const prototype = ArrayBuffer.prototype as ArrayBuffer & {transferToFixedLength?: (length?: number) => ArrayBuffer}
  if (prototype.transferToFixedLength) return
  Object.defineProperty(prototype, 'transferToFixedLength', {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, length = this.byteLength) {
      const copy = new ArrayBuffer(length)
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)))
      return copy
    }
  })
}

/**
 * A text run as the text readers give theirs (see decode.ts): in NFC, so that a decomposed "café" matches the
 * glossary's; the ligatures a font may keep ("ﬁ", "ﬂ") as their letters; and a soft hyphen, which a PDF shows only
 * where it broke a word at a line's end, as the hyphen the line joining then reads.
 */
export function pdfRunText(text: string): string {
  return text.replace(/[\ufb00-\ufb06]/g, (ligature) => ligature.normalize('NFKC')).replace(/\u00ad/g, '-').normalize('NFC')
}
