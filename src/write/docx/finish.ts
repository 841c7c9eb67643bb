import {strFromU8, strToU8, unzipSync, zipSync, type Zippable} from 'fflate'

/** The fixed date written into every package, so that the same input always gives the same bytes. */
export const packageDate = new Date('2000-01-01T00:00:00Z')

/**
 * Make a .docx package deterministic and complete: fixed created and modified dates in the core properties,
 * the document language (`dc:language`), and a fixed date and order for every entry of the zip.
 * fflate (which docx itself uses) keeps this quick: the package is unzipped and zipped once, in memory.
 */
export function finishPackage(bytes: Uint8Array, options: {language: string}): Uint8Array {
  const entries = unzipSync(bytes)
  const core = entries['docProps/core.xml']
  if (core) {
    const stamp = packageDate.toISOString().replace(/\.\d{3}Z$/, 'Z')
    let xml = strFromU8(core)
      .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
      .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`)
    if (!xml.includes('<dc:language>')) xml = xml.replace('</cp:coreProperties>', `<dc:language>${options.language}</dc:language></cp:coreProperties>`)
    entries['docProps/core.xml'] = strToU8(xml)
  }
  const sorted: Zippable = {}
  for (const name of Object.keys(entries).sort(contentTypesFirst)) sorted[name] = [entries[name]!, {mtime: packageDate, level: 6}]
  return zipSync(sorted)
}

/** `[Content_Types].xml` first, as Word writes it; the rest by name. */
function contentTypesFirst(a: string, b: string): number {
  if (a === '[Content_Types].xml') return -1
  if (b === '[Content_Types].xml') return 1
  return a < b ? -1 : a > b ? 1 : 0
}
