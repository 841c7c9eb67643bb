import JSZip from 'jszip'

/** The fixed date written into every package, so that the same input always gives the same bytes. */
export const packageDate = new Date('2000-01-01T00:00:00Z')

/**
 * Make a .docx package deterministic and complete: fixed created and modified dates in the core properties,
 * the document language (`dc:language`), and a fixed date and order for every entry of the zip.
 */
export async function finishPackage(bytes: Uint8Array, options: {language: string}): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes)
  const core = zip.file('docProps/core.xml')
  if (core) {
    const stamp = packageDate.toISOString().replace(/\.\d{3}Z$/, 'Z')
    let xml = await core.async('string')
    xml = xml
      .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
      .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`)
    if (!xml.includes('<dc:language>')) xml = xml.replace('</cp:coreProperties>', `<dc:language>${options.language}</dc:language></cp:coreProperties>`)
    zip.file('docProps/core.xml', xml)
  }
  const sorted = new JSZip()
  for (const name of Object.keys(zip.files).sort(contentTypesFirst)) {
    const entry = zip.files[name]!
    if (entry.dir) continue
    sorted.file(name, await entry.async('uint8array'), {date: packageDate, createFolders: false})
  }
  return sorted.generateAsync({type: 'uint8array', compression: 'DEFLATE', compressionOptions: {level: 6}})
}

/** `[Content_Types].xml` first, as Word writes it; the rest by name. */
function contentTypesFirst(a: string, b: string): number {
  if (a === '[Content_Types].xml') return -1
  if (b === '[Content_Types].xml') return 1
  return a < b ? -1 : a > b ? 1 : 0
}
