import type {Root} from 'mdast'
import type {Element, ElementContent, Root as HastRoot, RootContent as HastContent} from 'hast'
import type {VFile} from 'vfile'
import mammoth from 'mammoth'
import {unified} from 'unified'
import rehypeParse from 'rehype-parse'
import {defaultHandlers, toMdast, type Handle} from 'hast-util-to-mdast'
import type {Reader} from './types.js'
import {checkDocxPackage} from './zip.js'
import {markerPattern, scanDocument, type DocxElement, type DocxScan} from './docx-model.js'
import {placeNodes} from './docx-places.js'
import {parseText} from './text.js'
import {checkLineLengths} from './limits.js'
import {readDraftDocx} from './draft-docx.js'
import {contentsEntryPattern, contentsHeadingPattern} from './furniture.js'
import {docxFormat} from './formats.js'

/** Word styles → HTML, on top of mammoth's own map (Heading 1–6, lists to level 5, footnotes). */
const styleMap = [
  // Underlining is lost by default; kept as <u>, it reaches the checker, which flags it as hard to read.
  'u => u',
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='Heading 7'] => h6:fresh",
  "p[style-name='Heading 8'] => h6:fresh",
  "p[style-name='Heading 9'] => h6:fresh",
  // Deeper Word list levels than mammoth maps (Word has nine).
  ...[6, 7, 8, 9].flatMap((level) => (['ul', 'ol'] as const).map((tag) => `p:${tag === 'ul' ? 'unordered' : 'ordered'}-list(${level}) => ${'ul|ol > li > '.repeat(level - 1)}${tag} > li:fresh`))
]

const htmlParser = unified().use(rehypeParse, {fragment: true})

/**
 * A Word document (.docx) through mammoth, into the same mdast as the other readers:
 * - Title → the level-1 heading, Heading 1–6 below it (one level down when there is a Title); bold; links;
 *   bulleted and numbered lists, nested; tables stay tables; footnotes become GFM footnotes;
 * - pictures are dropped, each with a message naming it (easy read chooses its own pictures);
 * - a Word style easyread does not know is read as a normal paragraph, with one message per style;
 * - a two-column table whose left column holds only pictures (an easy-read layout) is read as its right column;
 * - a document with no structure of its own (no heading style, no Word list, no table: what LibreOffice makes of
 *   a text file) is one Word paragraph a line, and is read exactly as the plain-text reader reads a Word export.
 * Places: `line` is the Word paragraph's number, `column` the character in it (see `placeNodes`).
 */
export const docxReader: Reader = {
  ...docxFormat,
  async read(file) {
    const bytes = file.value as Uint8Array
    checkDocxPackage(bytes, file)
    // A Word draft easyread wrote, reviewed: read back as the draft it is (see draft-docx.ts).
    const draft = readDraftDocx(bytes)
    if (draft) return draft
    const scan: DocxScan = {paragraphs: 0, lines: [], images: [], unknownStyles: new Map(), structured: false}
    let html: string
    let warnings: string[]
    try {
      const result = await mammoth.convertToHtml({buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)}, {
        styleMap,
        transformDocument: (document: DocxElement) => scanDocument(document, scan),
        convertImage: mammoth.images.imgElement(() => Promise.resolve({src: ''}))
      })
      html = result.value
      warnings = result.messages.map((message) => message.message)
    } catch (error) {
      return file.fail(`The Word file is damaged (${error instanceof Error ? error.message.split('\n')[0] : String(error)}): open it in Word and save it again`, undefined, 'easyread:docx')
    }
    report(file, scan, warnings)
    if (scan.lines.join('').trim() === '') file.fail('The plan is empty: the Word document has no text to turn into easy read', undefined, 'easyread:empty')
    checkLineLengths(scan.lines, (reason, line) => file.fail(reason, {line, column: 1}, 'easyread:long-line'), 'Paragraph')
    if (!scan.structured) return parseText(scan.lines.join('\n'))
    const hast = htmlParser.parse(html) as HastRoot
    prepare(hast)
    const contents = dropContents(hast)
    if (contents > 0) file.info(`Left out the contents page (${contents} entries): the easy read makes its own`, {ruleId: 'docx-contents', source: 'easyread'})
    const tree = toMdast(hast, {handlers}) as Root
    placeNodes(tree)
    return tree
  }
}

/** Messages for what was left out or not understood, each at its paragraph. */
function report(file: VFile, scan: DocxScan, warnings: string[]): void {
  for (const image of scan.images) {
    const name = image.alt ? `"${image.alt}"` : 'without alt text'
    file.message(`Dropped a picture ${name} (paragraph ${image.paragraph}): easy read chooses its own pictures`, {place: {line: image.paragraph, column: 1}, ruleId: 'docx-picture', source: 'easyread'})
  }
  for (const [name, style] of scan.unknownStyles) {
    const more = style.count > 1 ? `, and ${style.count - 1} more` : ''
    const read = style.kind === 'paragraph' ? 'read as a normal paragraph' : 'its text is kept'
    file.message(`Unknown Word ${style.kind} style "${name}" (paragraph ${style.first}${more}): ${read}`, {place: {line: style.first, column: 1}, ruleId: 'docx-style', source: 'easyread'})
  }
  // mammoth's own warnings, except the unknown styles already reported with their place.
  for (const warning of new Set(warnings.filter((text) => !text.startsWith('Unrecognised ')))) {
    file.message(`Word document: ${warning}`, {ruleId: 'docx-mammoth', source: 'mammoth'})
  }
}

/** Tidy mammoth's HTML before it becomes mdast: heading levels under a Title, layout tables, comments. */
function prepare(tree: HastRoot): void {
  const elements = (node: HastRoot | Element): Element[] => node.children.flatMap((child) => (child.type === 'element' ? [child, ...elements(child)] : []))
  const all = elements(tree)
  const hasTitle = all.some((element) => element.tagName === 'h1' && String(element.properties.className ?? '').includes('title'))
  for (const element of all) {
    const level = /^h([1-6])$/.exec(element.tagName)
    if (!level) continue
    if (hasTitle && !String(element.properties.className ?? '').includes('title')) element.tagName = `h${Math.min(Number(level[1]) + 1, 6)}`
    delete element.properties.className
  }
  const unwrap = (parent: HastRoot | Element) => {
    parent.children = parent.children.flatMap((child): HastContent[] => {
      if (child.type !== 'element') return [child]
      if (child.tagName === 'dl') return [] // Word comments: not part of the plan.
      if (child.tagName === 'table') {
        const cells = layoutCells(child)
        if (cells) {
          const content = cells.flatMap((cell) => cell.children)
          const holder: Element = {type: 'element', tagName: 'div', properties: {}, children: content as ElementContent[]}
          unwrap(holder)
          return holder.children
        }
      }
      if (child.tagName === 'table') dataTable(child)
      unwrap(child)
      return [child]
    }) as typeof parent.children
  }
  unwrap(tree)
}

/** A contents entry: easyread's own ("Our aims⇥Page 4", the number a field Word fills in), or Word's ("Our aims⇥4"). */
const contentsEntry = (text: string) => /\S\t+Page\s*\d*\s*$/.test(text) || contentsEntryPattern.test(text.trim())

/**
 * Take out a contents page (a "Contents" heading and the 2 or more entries after it): page furniture, which an easy
 * read leaves out and easyread's Word writer makes again. Returns how many entries went.
 */
function dropContents(tree: HastRoot): number {
  const children = tree.children
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (child.type !== 'element') continue
    // The heading: a heading style, or a paragraph in Word's "TOC Heading" style, which reads as a paragraph.
    if (!/^(?:h[1-6]|p)$/.test(child.tagName) || !contentsHeadingPattern.test(textOf(child).replace(markerPattern, '').trim())) continue
    let end = index + 1
    while (end < children.length) {
      const next = children[end]!
      if (next.type === 'text' && next.value.trim() === '') end++
      else if (next.type === 'element' && next.tagName === 'p' && contentsEntry(textOf(next).replace(markerPattern, ''))) end++
      else break
    }
    const entries = children.slice(index + 1, end).filter((node) => node.type === 'element').length
    if (entries >= 2) {
      children.splice(index, end - index)
      return entries
    }
  }
  return 0
}

/**
 * A table of data as mdast has tables: the first row is the header (Word marks none), and a cell's paragraphs are
 * joined into one line of text, since an mdast table cell holds phrasing only.
 */
function dataTable(table: Element): void {
  const rows: Element[] = []
  const collect = (node: Element) => {
    for (const child of node.children) if (child.type === 'element') (child.tagName === 'tr' ? rows.push(child) : collect(child))
  }
  collect(table)
  rows.forEach((row, index) => {
    for (const cell of row.children) {
      if (cell.type !== 'element' || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue
      if (index === 0) cell.tagName = 'th'
      cell.children = cell.children.flatMap((child, at): ElementContent[] => {
        const space: ElementContent[] = at > 0 ? [{type: 'text', value: ' '}] : []
        return child.type === 'element' && child.tagName === 'p' ? [...space, ...child.children] : [child]
      })
    }
  })
}

/** The right-hand cells of a picture-and-words layout table, or undefined for a table of data. */
function layoutCells(table: Element): Element[] | undefined {
  const rows: Element[] = []
  const collect = (node: Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      if (child.tagName === 'tr') rows.push(child)
      else if (child.tagName === 'thead' || child.tagName === 'tbody') collect(child)
    }
  }
  collect(table)
  const right: Element[] = []
  for (const row of rows) {
    const cells = row.children.filter((child): child is Element => child.type === 'element' && (child.tagName === 'td' || child.tagName === 'th'))
    if (cells.length !== 2 || textOf(cells[0]!).replace(markerPattern, '').trim() !== '') return undefined
    right.push(cells[1]!)
  }
  return rows.length > 0 ? right : undefined
}

/** mammoth's footnotes (`<sup><a href="#footnote-1">[1]</a></sup>` and the closing `<ol>`) as GFM footnotes. */
const noteLink = /^#((?:foot|end)note-(\d+))$/
const handlers: Record<string, Handle> = {
  img: () => undefined,
  // As a Markdown plan writes it, <u>…</u> around the words: the checker's emphasis rule reads these marks.
  u: (state, node) => [{type: 'html', value: '<u>'}, ...state.all(node), {type: 'html', value: '</u>'}],
  // Bookmarks (`<a id>`, no address) are places in Word, not links.
  a: (state, node) => (node.properties.href === undefined ? state.all(node) : defaultHandlers.a!(state, node)),
  sup(state, node) {
    const link = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'a')
    const target = noteLink.exec(String(link?.properties.href ?? ''))
    if (target) return {type: 'footnoteReference', identifier: target[1]!, label: target[1]!}
    return state.all(node)
  },
  ol(state, node) {
    const items = node.children.filter((child): child is Element => child.type === 'element')
    const notes = items.length > 0 && items.every((item) => item.tagName === 'li' && /^(?:foot|end)note-\d+$/.test(String(item.properties.id ?? '')))
    if (!notes) return defaultHandlers.ol!(state, node)
    return items.map((item) => {
      withoutBackLinks(item)
      const id = String(item.properties.id)
      return {type: 'footnoteDefinition', identifier: id, label: id, children: state.toFlow(state.all(item))}
    })
  }
}

/** The "↑" links mammoth adds after each note. */
function withoutBackLinks(node: Element): void {
  node.children = node.children.filter((child) => !(child.type === 'element' && child.tagName === 'a' && String(child.properties.href ?? '').startsWith('#')))
  for (const child of node.children) if (child.type === 'element') withoutBackLinks(child)
}

function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value
  return node.type === 'element' ? node.children.map(textOf).join('') : ''
}
