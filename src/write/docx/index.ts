import {AlignmentType, Document, Footer, PageNumber, Paragraph, TextRun, HeadingLevel, type ISectionOptions} from 'docx'
import type {Nodes, Root, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import type {DocxState} from './state.js'
import {blockHandlers} from './handlers/block.js'
import {inlineHandlers} from './handlers/inline.js'
import {blocksWithRows} from './handlers/row.js'
import {pictureRun, withPictureBytes} from './pictures.js'
import {documentNumbering, documentStyles, pageMargin, pageSizes, styleIds, textWidth as pageTextWidth, type DocxStyleOptions} from './styles.js'
import {finishPackage, packageParts} from './finish.js'
import {pictureLicence} from '../../layout/icons.js'
import {contentsBlocks, withBookmarks} from './contents.js'
import {applyReference} from './reference.js'
import {theme} from '../theme.js'
import {defaultOptions} from '../../options.js'

export interface DocxOptions extends DocxStyleOptions {
  /** The organisation's template (.docx bytes): its styles, page and headers win (see `applyReference`). Default: none. */
  reference?: Uint8Array
}

/**
 * The easy-read Word document, built with the `docx` library through a handler table (one function per node
 * kind, sharing one state): a cover (the title, a picture, "Easy read version") in its own section, then the plan,
 * its rows in borderless two-column tables, page numbers in the footer, and a colophon naming the pictures'
 * licence. The package is then made deterministic and given its language (see `finishPackage`).
 */
export async function toDocx(tree: Root, file: VFile, options: DocxOptions): Promise<Uint8Array> {
  const size = pageSizes[options.pageSize ?? 'A4']
  const textWidth = pageTextWidth(options.pageSize)
  const state: DocxState = {
    file,
    pictureWidth: options.pictureWidth ?? defaultOptions.pictureWidth,
    run: {},
    list: undefined,
    nextInstance: 1,
    callouts: 0,
    lastOrdered: undefined,
    pictures: new Map(),
    placements: new Map(),
    pictureBytes: new Map(),
    blocks(node) {
      const handler = (blockHandlers as unknown as Record<string, ((state: DocxState, node: Nodes) => ReturnType<DocxState['blocks']>) | undefined>)[node.type]
      if (handler) return handler(state, node)
      if ('children' in node) return state.children(node.children as Nodes[])
      return []
    },
    children: (nodes) => blocksWithRows(state, nodes, textWidth),
    inline(node) {
      const handler = (inlineHandlers as unknown as Record<string, ((state: DocxState, node: Nodes) => ReturnType<DocxState['inline']>) | undefined>)[node.type]
      if (handler) return handler(state, node)
      if ('children' in node) return (node.children as Nodes[]).flatMap((child) => state.inline(child))
      return []
    }
  }
  const title = file.data.title ?? 'Easy read'
  const page = {size, margin: {top: pageMargin, bottom: pageMargin, left: pageMargin, right: pageMargin}}
  const cover: ISectionOptions = {properties: {page}, children: coverBlocks(state, title)}
  const plan = withBookmarks(withoutTitle(tree.children))
  const contents = contentsBlocks(plan, {fontSize: options.fontSize, lineSpacing: options.lineSpacing, pageSize: options.pageSize ?? 'A4', pictureWidth: state.pictureWidth})
  const body: ISectionOptions = {
    // "Page 2 of 40" counts the cover: LibreOffice leaves a section's own page total (SECTIONPAGES) blank.
    properties: {page},
    footers: {default: new Footer({children: [new Paragraph({alignment: AlignmentType.CENTER, children: [new TextRun({children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES]})]})]})},
    children: [...contents, ...state.children(plan.nodes as Nodes[]), ...colophon()]
  }
  const document = new Document({
    title,
    subject: `Easy read version of ${title}`,
    description: `An easy read version of ${title}, made with easyread. Pictures: ${pictureLicence.name} by ${pictureLicence.author}, ${pictureLicence.licence}.`,
    keywords: 'easy read',
    creator: 'easyread',
    lastModifiedBy: 'easyread',
    styles: documentStyles(options),
    numbering: documentNumbering(),
    sections: [cover, body]
  })
  const parts = withPictureBytes(await packageParts(document), state)
  return finishPackage(options.reference ? applyReference(parts, options.reference) : parts, {language: 'en-GB'})
}

/** The cover: the picture, the title in Word's Title style, and what this is. */
function coverBlocks(state: DocxState, title: string): Paragraph[] {
  const picture = state.file.data.coverPicture
  return [
    ...(picture ? [new Paragraph({style: styleIds.picture, spacing: {before: 1440, after: 480}, children: [pictureRun(state, picture, theme.coverPictureScale)]})] : []),
    new Paragraph({heading: HeadingLevel.TITLE, children: [new TextRun(title)]}),
    new Paragraph({style: styleIds.subtitle, children: [new TextRun('Easy read version')]})
  ]
}

/** The plan's own title heading is on the cover, so the body starts after it. */
function withoutTitle(children: readonly RootContent[]): RootContent[] {
  const index = children.findIndex((node) => node.type === 'heading' && node.depth === 1)
  return index === -1 ? [...children] : [...children.slice(0, index), ...children.slice(index + 1)]
}

/** Who made the document and whose pictures it shows: the Noto licence (Apache-2.0) asks that it be named. */
function colophon(): Paragraph[] {
  return [
    new Paragraph({heading: HeadingLevel.HEADING_1, children: [new TextRun('About this document')]}),
    new Paragraph({style: styleIds.colophon, children: [new TextRun('This easy read version was made with easyread.')]}),
    new Paragraph({
      style: styleIds.colophon,
      children: [new TextRun(`The pictures are ${pictureLicence.name} by ${pictureLicence.author}, used under the ${pictureLicence.licence}: ${pictureLicence.licenceUrl}`)]
    })
  ]
}
