import {open, readFile, stat} from 'node:fs/promises'
import {unzipSync} from 'fflate'
import {UserError} from '../util/user-error.js'

/** What a Word file reaches outside itself for, as LibreOffice would follow it. */
export interface Links {
  /** Linked pictures (an image relationship with `TargetMode="External"`): drawn from a file or an address. */
  pictures: number
  /** Anything else: a linked frame, template or object, or a field that includes another file (INCLUDETEXT, …). */
  other: number
}

/**
 * Check that `file` is a Word document before LibreOffice sees it (LibreOffice would happily "convert" any other
 * file as plain text), and say what it links to. Linked pictures are fine: `render` converts with links off (see
 * libreoffice-profile.ts); anything else outside the file is refused, since nothing proves LibreOffice leaves it alone.
 */
export async function checkWordFile(file: string, shown: string): Promise<Links> {
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
  const links = await linksOf(file)
  if (links.other > 0) throw new UserError([{file: shown, message: 'This Word file includes files or objects from outside it (a linked frame, template, object or an INCLUDE field), which LibreOffice would read: easyread renders only Word files whose text is whole in themselves'}])
  return links
}

/** The package's external relationships other than hyperlinks, and its fields that include another file. */
async function linksOf(file: string): Promise<Links> {
  let parts: Record<string, Uint8Array>
  try {
    parts = unzipSync(await readFile(file), {filter: (entry) => (/\.rels$/.test(entry.name) || entry.name === 'word/document.xml') && entry.originalSize < 50_000_000})
  } catch {
    return {pictures: 0, other: 0}
  }
  const links: Links = {pictures: 0, other: 0}
  for (const [name, bytes] of Object.entries(parts)) {
    const xml = new TextDecoder().decode(bytes)
    if (name.endsWith('.rels')) {
      for (const [rel] of xml.matchAll(/<Relationship\b[^>]*>/g)) {
        if (!/TargetMode="External"/.test(rel) || /Type="[^"]*\/hyperlink"/.test(rel)) continue
        if (/Type="[^"]*\/image"/.test(rel)) links.pictures++
        else links.other++
      }
    } else if (/\b(?:INCLUDEPICTURE|INCLUDETEXT|LINK)\b/.test(xml)) links.other++
  }
  return links
}
