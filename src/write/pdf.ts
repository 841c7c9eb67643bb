import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {convertToPdf} from './docx/pages.js'

/**
 * LibreOffice's PDF export settings for a tagged PDF (JSON filter options, LibreOffice 7.4 and later): a structure
 * tree of headings, paragraphs, lists, tables and figures with their alt text, in reading order; the document
 * outline from the headings; the title shown instead of the file name. The document language comes from the
 * Word file (its styles and `dc:language`).
 */
export const taggedPdfFilter = `pdf:writer_pdf_Export:${JSON.stringify({
  UseTaggedPDF: {type: 'boolean', value: 'true'},
  ExportBookmarks: {type: 'boolean', value: 'true'},
  DisplayPDFDocumentTitle: {type: 'boolean', value: 'true'},
  ExportNotes: {type: 'boolean', value: 'false'},
  UseLosslessCompression: {type: 'boolean', value: 'true'}
})}`

/** The easy-read Word document as a tagged PDF, through LibreOffice (a clear message when it is not installed). */
export async function toPdf(docx: Uint8Array): Promise<Uint8Array> {
  const folder = await mkdtemp(path.join(tmpdir(), 'easyread-pdf-'))
  try {
    const input = path.join(folder, 'document.docx')
    await writeFile(input, docx)
    return await readFile(await convertToPdf(input, folder, {filter: taggedPdfFilter}))
  } finally {
    await rm(folder, {recursive: true, force: true})
  }
}
