/**
 * mammoth's document model, as far as the .docx reader uses it (mammoth ships no types for it), and the pass
 * that numbers its paragraphs, drops its images and collects its styles before mammoth writes HTML.
 */
export interface DocxElement {
  type: string
  children?: DocxElement[]
  value?: string
  /** A `break`'s kind: Word's line break (Shift+Enter), page break or column break. */
  breakType?: 'line' | 'page' | 'column'
  styleName?: string | null
  styleId?: string | null
  numbering?: {level: string; isOrdered: boolean} | null
  altText?: string | null
}

/** Marks the start of Word paragraph `n` inside the text; removed again when positions are given. */
export const paragraphMarker = (n: number) => `\uE000${n}\uE001`
export const markerPattern = /\uE000(\d+)\uE001/g

/** Paragraph styles read as they are (Word's, LibreOffice's and easyread's own), lower case. */
const knownParagraphStyles = new Set([
  'normal', 'title', 'subtitle', 'list paragraph', 'list', 'list bullet', 'list number', 'list continue', 'body text', 'text body',
  'body', 'default paragraph style', 'default style', 'standard', 'footnote text', 'endnote text', 'footnote', 'endnote',
  'caption', 'quote', 'intense quote', 'no spacing', 'table contents', 'table heading', 'table paragraph', 'toc heading',
  'contents heading', 'preformatted text', 'header', 'footer', 'heading', 'annotation text',
  // easyread's own Word styles, so that its documents read back without messages.
  'row picture', 'term callout', 'plan block label', 'colophon'
])
const knownParagraphStylePattern = /^(?:heading|list bullet|list number|list continue|body text|toc|contents) ?\d$/

/** Character styles read as they are (their text is kept either way). */
const knownRunStyles = new Set([
  'default paragraph font', 'strong', 'emphasis', 'hyperlink', 'footnote reference', 'endnote reference', 'footnote anchor',
  'endnote anchor', 'annotation reference', 'internet link', 'strong emphasis', 'followedhyperlink', 'page number'
])

/** What the pass found, by Word paragraph (numbered from 1, every paragraph of the body and its tables). */
export interface DocxScan {
  paragraphs: number
  /** Each paragraph's text; empty paragraphs too, so that index + 1 is the paragraph number. */
  lines: string[]
  /** Pictures dropped: their alt text and paragraph. */
  images: Array<{alt: string; paragraph: number}>
  /** Unknown styles: where each is first used and how often. */
  unknownStyles: Map<string, {kind: 'paragraph' | 'character'; first: number; count: number}>
  /** Whether the document has any structure of its own (a heading style, a Word list, a table). */
  structured: boolean
}

/**
 * A run's text as the text readers give theirs (see decode.ts): in NFC, so that "café" typed on macOS matches the
 * glossary's, and without soft hyphens, which would split "com\u00ADmunity".
 */
const cleanRun = (text: string) => text.normalize('NFC').replace(/\u00ad/g, '')

/** Number every paragraph (a marker at its start), drop pictures, and note styles; mutates and returns the document. */
export function scanDocument(document: DocxElement, scan: DocxScan): DocxElement {
  let current = 0
  let line: string[] = []
  const noteStyle = (name: string | null | undefined, kind: 'paragraph' | 'character') => {
    if (!name) return
    const key = name.toLowerCase()
    if (kind === 'paragraph' ? knownParagraphStyles.has(key) || knownParagraphStylePattern.test(key) : knownRunStyles.has(key)) return
    const seen = scan.unknownStyles.get(name)
    if (seen) seen.count++
    else scan.unknownStyles.set(name, {kind, first: current, count: 1})
  }
  const visit = (element: DocxElement): DocxElement[] => {
    if (element.type === 'image') {
      scan.images.push({alt: (element.altText ?? '').trim(), paragraph: current})
      return []
    }
    if (element.type === 'paragraph') {
      if (current > 0) scan.lines.push(line.join(''))
      line = []
      current = ++scan.paragraphs
      const style = (element.styleName ?? '').toLowerCase()
      if (element.numbering || /^(?:title|heading ?\d?)$/.test(style)) scan.structured = true
      noteStyle(element.styleName, 'paragraph')
    } else if (element.type === 'table') {
      scan.structured = true
    } else if (element.type === 'run') {
      noteStyle(element.styleName, 'character')
    } else if (element.type === 'text') {
      element.value = cleanRun(element.value ?? '')
      line.push(element.value)
    } else if (element.type === 'tab') {
      line.push('\t')
    } else if (element.type === 'break') {
      line.push(' ')
      // mammoth writes nothing for a page or column break: the words either side would join ("willmeet").
      if (element.breakType !== 'line') return [{type: 'text', value: ' '}]
    }
    if (element.children) element.children = element.children.flatMap(visit)
    if (element.type === 'paragraph') element.children = [{type: 'text', value: paragraphMarker(current)}, ...(element.children ?? [])]
    return [element]
  }
  visit(document)
  if (current > 0) scan.lines.push(line.join(''))
  return document
}
