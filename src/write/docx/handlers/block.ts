import {Bookmark, HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType} from 'docx'
import type {Blockquote, Code, Heading, List, ListItem, Paragraph as MdParagraph, Table as MdTable} from 'mdast'
import type {PlanBlock, TermCallout} from '../../../types.js'
import type {Block, BlockHandler, DocxState} from '../state.js'
import {numberingReferences, styleIds} from '../styles.js'
import {explanationParts} from '../../explanation.js'

const headingLevels = [HeadingLevel.TITLE, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5] as const

function paragraphOf(state: DocxState, node: MdParagraph): Paragraph {
  const children = node.children.flatMap((child) => state.inline(child))
  if (!state.list) return new Paragraph({children})
  return new Paragraph({children, numbering: {reference: state.list.reference, instance: state.list.instance, level: state.list.level}})
}

/**
 * Each list is its own numbering instance, so its count starts again at 1, as the source's does; a numbered list
 * that starts where the last one stopped ("4." after a paragraph that followed "1. 2. 3.") carries its count on.
 */
function listOf(state: DocxState, node: List): Block[] {
  const saved = state.list
  const level = saved ? Math.min(saved.level + 1, 5) : 0
  const reference = node.ordered ? numberingReferences.ordered : numberingReferences.bullet
  const last = state.lastOrdered
  const carriesOn = !saved && node.ordered === true && last !== undefined && (node.start ?? 1) > 1 && node.start === last.count + 1
  const instance = carriesOn ? last.instance : state.nextInstance++
  state.list = {reference, instance, level}
  const result = node.children.flatMap((item) => state.blocks(item))
  state.list = saved
  if (!saved && node.ordered) state.lastOrdered = {instance, count: (carriesOn ? last.count : 0) + node.children.length}
  return result
}

function listItemOf(state: DocxState, node: ListItem): Block[] {
  const list = state.list
  return node.children.flatMap((child, index) => {
    // Only the item's first paragraph carries the bullet; the rest are indented under it.
    if (index === 0 || child.type === 'list') return state.blocks(child)
    state.list = undefined
    const blocks = state.blocks(child)
    state.list = list
    return blocks
  })
}

export const blockHandlers = {
  // The document title (level 1) takes Word's Title style; level 2 becomes Heading 1, and so on.
  // A section's heading carries the bookmark the contents page points at.
  heading: (state, node: Heading) => {
    const runs = node.children.flatMap((child) => state.inline(child))
    return [new Paragraph({heading: headingLevels[node.depth - 1] ?? HeadingLevel.HEADING_5, children: node.data?.bookmark ? [new Bookmark({id: node.data.bookmark, children: runs})] : runs})]
  },
  paragraph: (state, node: MdParagraph) => [paragraphOf(state, node)],
  list: listOf,
  listItem: listItemOf,
  blockquote: (state, node: Blockquote) => node.children.flatMap((child) => state.blocks(child)),
  code: (_state, node: Code) => node.value.split('\n').map((line) => new Paragraph({children: [new TextRun(line)]})),
  thematicBreak: () => [],
  html: () => [],
  definition: () => [],
  table: (state, node: MdTable) => [
    new Table({
      width: {size: 100, type: WidthType.PERCENTAGE},
      rows: node.children.map((row, index) => new TableRow({
        tableHeader: index === 0,
        children: row.children.map((cell) => new TableCell({children: [new Paragraph({children: cell.children.flatMap((child) => state.inline(child)), ...(index === 0 ? {style: styleIds.planLabel} : {})})]}))
      }))
    })
  ],
  planBlock: (state, node: PlanBlock) => [
    new Paragraph({style: styleIds.planLabel, children: [new TextRun(node.label)]}),
    ...state.children(node.children)
  ],
  // Word and LibreOffice draw one box round neighbouring paragraphs with the same borders and indents; a right indent
  // 1 twip different on every other callout keeps each explanation in a box of its own.
  termCallout: (state, node: TermCallout) => [
    new Paragraph({style: styleIds.callout, indent: {left: 170, right: 170 + (state.callouts++ % 2)}, children: explanationParts(node).map((part) => new TextRun({text: part.text, bold: part.term}))})
  ]
} satisfies Record<string, BlockHandler<never>>
