import {strFromU8, strToU8, unzipSync} from 'fflate'
import {Packer, type Document} from 'docx'
import {zipEntries} from './zip.js'

/** A package's parts by their paths, unzipped: what the writers change before the package is zipped, once. */
export type Parts = Record<string, Uint8Array>

/** The part of docx's Packer that writes a document's parts without zipping them (a private static of Packer's). */
interface PartsCompiler {
  compile: (file: Document) => Map<string, string | Uint8Array>
}

/**
 * The parts of a docx `Document`, not zipped: docx's Packer would deflate every part only for `finishPackage` to
 * inflate and deflate them again. Its compiler is private, so where a docx release no longer has it, the package
 * is made by the Packer and unzipped (the same parts, at the old cost).
 */
export async function packageParts(document: Document): Promise<Parts> {
  const compiler = (Packer as unknown as {compiler?: Partial<PartsCompiler>}).compiler
  if (typeof compiler?.compile !== 'function') return unzipSync(await Packer.toBuffer(document))
  const parts: Parts = {}
  for (const [name, data] of compiler.compile(document)) parts[name] = typeof data === 'string' ? strToU8(data) : data
  return parts
}

/** The fixed date written into every package, so that the same input always gives the same bytes. */
export const packageDate = new Date('2000-01-01T00:00:00Z')
/** Zip entry times are local (DOS) times, which fflate reads from a Date in the machine's time zone: this Date reads
 * 2000-01-01 00:00 in every zone, so the bytes do not depend on TZ. */
const zipDate = new Date(2000, 0, 1)

/**
 * Make a .docx package deterministic and complete: fixed created and modified dates in the core properties,
 * the document language (`dc:language`), ids that do not depend on the process (see `stableIds`), and a fixed
 * date and order for every entry of the zip, which is made here, once (write/docx/zip.ts).
 */
export function finishPackage(entries: Parts, options: {language: string}): Uint8Array {
  const core = entries['docProps/core.xml']
  if (core) {
    const stamp = packageDate.toISOString().replace(/\.\d{3}Z$/, 'Z')
    let xml = strFromU8(core)
      .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
      .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`)
    if (!xml.includes('<dc:language>')) xml = xml.replace('</cp:coreProperties>', `<dc:language>${options.language}</dc:language></cp:coreProperties>`)
    entries['docProps/core.xml'] = strToU8(xml)
  }
  stableIds(entries)
  return zipEntries(Object.keys(entries).sort(contentTypesFirst).map((name) => ({name, data: entries[name]!})), zipDate)
}

/** `[Content_Types].xml` first, as Word writes it; the rest by name. */
function contentTypesFirst(a: string, b: string): number {
  if (a === '[Content_Types].xml') return -1
  if (b === '[Content_Types].xml') return 1
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * The docx library draws some ids from process-wide counters (drawing ids, bookmark ids: a second document built
 * in the same process gets other numbers) or from nanoid (hyperlink relationships: new on every run). Renumber
 * them in document order, so the same input always gives the same bytes.
 */
function stableIds(entries: Parts): void {
  let drawing = 0
  let bookmark = 0
  let link = 0
  for (const rels of Object.keys(entries).filter((name) => /^word\/_rels\/[^/]+\.rels$/.test(name)).sort()) {
    const part = rels.replace('_rels/', '').replace(/\.rels$/, '')
    const ids = new Map<string, string>()
    const relationships = strFromU8(entries[rels]!).replace(/Id="([^"]+)"/g, (whole, id: string) => {
      if (/^rId\d+$/.test(id)) return whole
      ids.set(id, `rIdLink${++link}`)
      return `Id="${ids.get(id)}"`
    })
    if (ids.size === 0 || !entries[part]) continue
    entries[rels] = strToU8(relationships)
    entries[part] = strToU8(strFromU8(entries[part]!).replace(/r:id="([^"]+)"/g, (whole, id: string) => (ids.has(id) ? `r:id="${ids.get(id)}"` : whole)))
  }
  for (const name of Object.keys(entries).filter((entry) => /^word\/(?:document|header\d*|footer\d*|footnotes|endnotes)\.xml$/.test(entry)).sort()) {
    const bookmarks = new Map<string, number>()
    entries[name] = strToU8(strFromU8(entries[name]!)
      .replace(/(<wp:docPr id=")\d+"/g, (_whole, start: string) => `${start}${++drawing}"`)
      .replace(/(<w:bookmark(?:Start|End)\b[^>]*?\sw:id=")(\d+)"/g, (_whole, start: string, id: string) => {
        if (!bookmarks.has(id)) bookmarks.set(id, ++bookmark)
        return `${start}${bookmarks.get(id)}"`
      }))
  }
}
