import {strFromU8, strToU8, unzipSync} from 'fflate'
import type {Parts} from './finish.js'

const relationshipTypes = {
  header: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/header',
  footer: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer',
  theme: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme'
} as const
const contentTypes = {
  header: 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml',
  footer: 'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml',
  theme: 'application/vnd.openxmlformats-officedocument.theme+xml'
} as const
const mediaTypes: Record<string, string> = {png: 'image/png', jpeg: 'image/jpeg', jpg: 'image/jpeg', gif: 'image/gif', emf: 'image/x-emf', wmf: 'image/x-wmf', svg: 'image/svg+xml'}

/**
 * Dress our Word package in an organisation's template, as pandoc's `--reference-doc` does: the template's styles
 * win (its fonts, sizes and colours, its defaults), and our styles are added only where the template has none of
 * that id, without our font so that they take the template's; the template's theme, page size and margins go on
 * every section, and its headers and footers (with their pictures, a logo) on every page. Where the template has
 * no footer, ours (the page numbers) stays. Changes `parts` (ours, unzipped) in place.
 */
export function applyReference(parts: Parts, template: Uint8Array): Parts {
  const reference = unzipSync(template)
  const text = (from: Parts, name: string) => (from[name] ? strFromU8(from[name]!) : undefined)
  const referenceStyles = text(reference, 'word/styles.xml')
  if (referenceStyles) parts['word/styles.xml'] = strToU8(mergeStyles(referenceStyles, text(parts, 'word/styles.xml') ?? ''))
  if (reference['word/theme/theme1.xml']) addPart(parts, 'word/theme/theme1.xml', reference['word/theme/theme1.xml'], 'theme')
  const body = text(reference, 'word/document.xml')
  const section = body ? lastSection(body) : undefined
  if (section) {
    const references = copyHeadersAndFooters(parts, reference, text(reference, 'word/_rels/document.xml.rels') ?? '', section)
    const document = text(parts, 'word/document.xml')!
    parts['word/document.xml'] = strToU8(document.replace(/<w:sectPr\b[^>]*>[\s\S]*?<\/w:sectPr>/g, (ourSection) => dressSection(ourSection, section, references)))
  }
  return parts
}

/** The template's styles, and after them each of ours whose id it lacks, without our font (the template's is used). */
function mergeStyles(template: string, ours: string): string {
  const ids = new Set([...template.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"/g)].map((match) => match[1]))
  const added = [...ours.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>[\s\S]*?<\/w:style>/g)]
    .filter((match) => !ids.has(match[1]))
    .map((match) => match[0].replace(/<w:rFonts\b[^>]*\/>/g, ''))
  return template.replace('</w:styles>', `${added.join('')}</w:styles>`)
}

/** The body's section properties: the last `w:sectPr` of the document. */
function lastSection(document: string): string | undefined {
  return [...document.matchAll(/<w:sectPr\b[^>]*>[\s\S]*?<\/w:sectPr>/g)].at(-1)?.[0]
}

/** Copy the template's headers and footers the section names (their parts, pictures and relationships) into ours. */
function copyHeadersAndFooters(parts: Parts, reference: Parts, referenceRels: string, section: string): {header: string[]; footer: string[]} {
  const result = {header: [] as string[], footer: [] as string[]}
  for (const match of section.matchAll(/<w:(header|footer)Reference\b[^>]*\/>/g)) {
    const kind = match[1] as 'header' | 'footer'
    const id = /r:id="([^"]+)"/.exec(match[0])?.[1]
    const target = id ? new RegExp(`<Relationship\\b[^>]*Id="${id}"[^>]*>`).exec(referenceRels)?.[0] : undefined
    const name = target ? /Target="([^"]+)"/.exec(target)?.[1]?.replace(/^\/?word\//, '') : undefined
    if (!name || !reference[`word/${name}`]) continue
    const copy = `template-${name}`
    const rels = reference[`word/_rels/${name}.rels`]
    if (rels) parts[`word/_rels/${copy}.rels`] = strToU8(copyMedia(parts, reference, strFromU8(rels)))
    const newId = addPart(parts, `word/${copy}`, reference[`word/${name}`]!, kind)
    result[kind].push(match[0].replace(/r:id="[^"]+"/, `r:id="${newId}"`))
  }
  return result
}

/** The pictures a header's relationships point at, copied under names of their own; returns the rewritten relationships. */
function copyMedia(parts: Parts, reference: Parts, rels: string): string {
  return rels.replace(/Target="([^"]+)"/g, (whole, target: string) => {
    if (/TargetMode="External"/.test(whole) || !target.startsWith('media/') || !reference[`word/${target}`]) return whole
    const copy = `media/template-${target.slice('media/'.length)}`
    parts[`word/${copy}`] = reference[`word/${target}`]!
    const extension = target.split('.').pop()!.toLowerCase()
    const types = strFromU8(parts['[Content_Types].xml']!)
    if (mediaTypes[extension] && !new RegExp(`Extension="${extension}"`, 'i').test(types)) {
      parts['[Content_Types].xml'] = strToU8(types.replace('<Override', `<Default Extension="${extension}" ContentType="${mediaTypes[extension]}"/><Override`))
    }
    return `Target="${copy}"`
  })
}

/** Put a part in our package, with its content type and a relationship from the document; returns the relationship id. */
function addPart(parts: Parts, name: string, bytes: Uint8Array, kind: keyof typeof contentTypes): string {
  const existed = parts[name] !== undefined
  parts[name] = bytes
  const relsName = 'word/_rels/document.xml.rels'
  const rels = strFromU8(parts[relsName]!)
  const target = name.replace(/^word\//, '')
  const already = new RegExp(`<Relationship\\b[^>]*Id="([^"]+)"[^>]*Target="${target}"`).exec(rels)
  if (existed && already) return already[1]!
  const id = `rIdTemplate${(rels.match(/<Relationship\b/g) ?? []).length + 1}`
  parts[relsName] = strToU8(rels.replace('</Relationships>', `<Relationship Id="${id}" Type="${relationshipTypes[kind]}" Target="${target}"/></Relationships>`))
  const types = strFromU8(parts['[Content_Types].xml']!)
  if (!types.includes(`PartName="/${name}"`)) parts['[Content_Types].xml'] = strToU8(types.replace('</Types>', `<Override PartName="/${name}" ContentType="${contentTypes[kind]}"/></Types>`))
  return id
}

/**
 * One of our sections in the template's page: its page size and margins, its header and footer references (ours
 * where it has none of a kind), its different first page; the rest of ours in schema order.
 */
function dressSection(ours: string, template: string, references: {header: string[]; footer: string[]}): string {
  const element = (xml: string, name: string) => new RegExp(`<w:${name}\\b[^>]*/>`).exec(xml)?.[0]
  const open = /^<w:sectPr\b[^>]*>/.exec(ours)![0]
  let inner = ours.slice(open.length, -'</w:sectPr>'.length)
  const ourFooters = [...inner.matchAll(/<w:footerReference\b[^>]*\/>/g)].map((match) => match[0])
  inner = inner.replace(/<w:(?:header|footer)Reference\b[^>]*\/>/g, '')
  for (const name of ['pgSz', 'pgMar']) {
    const theirs = element(template, name)
    if (theirs) inner = inner.replace(new RegExp(`<w:${name}\\b[^>]*/>`), theirs)
  }
  const titlePage = element(template, 'titlePg')
  if (titlePage && !inner.includes('<w:titlePg')) {
    const before = /<w:(?:textDirection|bidi|rtlGutter|docGrid|printerSettings)\b/.exec(inner)
    inner = before ? `${inner.slice(0, before.index)}${titlePage}${inner.slice(before.index)}` : inner + titlePage
  }
  const footers = references.footer.length > 0 ? references.footer : ourFooters
  return `${open}${references.header.join('')}${footers.join('')}${inner}</w:sectPr>`
}
