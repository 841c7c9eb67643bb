import {open} from 'node:fs/promises'
import {unzipSync} from 'fflate'
import {pdfMark as renderPdfMark, pngMark} from '../render/marks.js'

/** A file larger than this is never one of our outputs: a Word file of a long plan is a few megabytes. */
const maxOutputBytes = 100 * 1024 * 1024

/**
 * Whether a file was made by easyread, by the mark each of our outputs carries:
 * - HTML (the page, the changes page, the check report): `<meta name="generator" content="easyread">`;
 * - JSON (the build's report, `check --format json`): `"generator": "easyread"`; SARIF: the tool named "easyread";
 * - the Markdown draft: its first line, `<!-- easyread-draft`;
 * - Word: the document's creator, `<dc:creator>easyread</dc:creator>` in docProps/core.xml;
 * - PDF (LibreOffice's print of our Word file): that creator, carried into the document information as its /Author;
 *   `render`'s PDF and page images: a comment after the PDF's end, a PNG text chunk (see render/marks.ts);
 * - the text of `check --out`: its last line, the totals ("1 file, 12 sentences: …").
 * Outputs of earlier versions, made before the mark, are known by their first lines (the report's `"file"` then
 * `"title"`, the changes page's title).
 */
export async function madeByEasyread(file: string): Promise<boolean> {
  const handle = await open(file, 'r')
  try {
    const {size} = await handle.stat()
    if (size > maxOutputBytes) return false
    if (/\.docx$/i.test(file)) return wordMark((await handle.readFile()) as Uint8Array)
    if (/\.pdf$/i.test(file)) return pdfMark((await handle.readFile()) as Uint8Array)
    if (/\.png$/i.test(file)) {
      const head = Buffer.alloc(Math.min(size, 256))
      await handle.read(head, 0, head.length, 0)
      return head.includes(`tEXt${pngMark}`, 0, 'latin1')
    }
    const head = Buffer.alloc(Math.min(size, 8192))
    await handle.read(head, 0, head.length, 0)
    const start = head.toString('utf8')
    if (/<meta name="generator" content="easyread">|"generator": "easyread"|"driver": \{\s*"name": "easyread"|^<!-- easyread-draft|^\{\n {2}"file": .*\n {2}"title": |<title>Changes made to /.test(start)) return true
    const tail = Buffer.alloc(Math.min(size, 512))
    await handle.read(tail, 0, tail.length, size - tail.length)
    return /(?:^|\n)\d+ files?, \d+ sentences: .*\n?$/.test(tail.toString('utf8'))
  } finally {
    await handle.close()
  }
}

function wordMark(bytes: Uint8Array): boolean {
  try {
    const core = unzipSync(bytes, {filter: (entry) => entry.name === 'docProps/core.xml' && entry.originalSize < 1_000_000})['docProps/core.xml']
    return core !== undefined && new TextDecoder().decode(core).includes('<dc:creator>easyread</dc:creator>')
  } catch {
    return false
  }
}

/**
 * The PDF's /Author, as LibreOffice writes it from the Word file's creator (a literal or UTF-16 hex string), or the
 * comment `render` puts after its end (render/marks.ts).
 */
function pdfMark(bytes: Uint8Array): boolean {
  const text = Buffer.from(bytes).toString('latin1')
  return text.startsWith('%PDF-') && (/\/Author\s*(?:\(easyread\)|<FEFF00650061007300790072006500610064>)/i.test(text) || text.trimEnd().endsWith(renderPdfMark))
}
