import {Document, Footer, Packer, PageNumber, Paragraph, TextRun, AlignmentType} from 'docx'
import type {Nodes, Root} from 'mdast'
import type {VFile} from 'vfile'
import type {DocxState} from './state.js'
import {blockHandlers} from './handlers/block.js'
import {inlineHandlers} from './handlers/inline.js'
import {documentNumbering, documentStyles, type DocxStyleOptions} from './styles.js'
import {finishPackage} from './finish.js'

export type DocxOptions = DocxStyleOptions

/**
 * The easy-read Word document, built with the `docx` library through a handler table (one function per node
 * kind, sharing one state). The package is then made deterministic and given its language (see `finishPackage`).
 */
export async function toDocx(tree: Root, file: VFile, options: DocxOptions): Promise<Uint8Array> {
  const state: DocxState = {
    file,
    run: {},
    list: undefined,
    nextInstance: 1,
    blocks(node) {
      const handler = (blockHandlers as unknown as Record<string, ((state: DocxState, node: Nodes) => ReturnType<DocxState['blocks']>) | undefined>)[node.type]
      if (handler) return handler(state, node)
      if ('children' in node) return (node.children as Nodes[]).flatMap((child) => state.blocks(child))
      return []
    },
    inline(node) {
      const handler = (inlineHandlers as unknown as Record<string, ((state: DocxState, node: Nodes) => ReturnType<DocxState['inline']>) | undefined>)[node.type]
      if (handler) return handler(state, node)
      if ('children' in node) return (node.children as Nodes[]).flatMap((child) => state.inline(child))
      return []
    }
  }
  const children = tree.children.flatMap((node) => state.blocks(node))
  const title = file.data.title ?? 'Easy read'
  const document = new Document({
    title,
    subject: 'Easy read version',
    description: 'An easy read version made with easyread',
    creator: 'easyread',
    lastModifiedBy: 'easyread',
    styles: documentStyles(options),
    numbering: documentNumbering(),
    sections: [
      {
        properties: {page: {size: {width: 11906, height: 16838}, margin: {top: 1134, bottom: 1134, left: 1134, right: 1134}}},
        footers: {default: new Footer({children: [new Paragraph({alignment: AlignmentType.CENTER, children: [new TextRun({children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES]})]})]})},
        children
      }
    ]
  })
  return finishPackage(await Packer.toBuffer(document), {language: 'en-GB'})
}
