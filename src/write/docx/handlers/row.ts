import {BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType} from 'docx'
import type {Nodes} from 'mdast'
import type {EasyRow} from '../../../types.js'
import type {Block, DocxState} from '../state.js'
import {pictureColumn, styleIds, twipsPerCm} from '../styles.js'
import {pictureRun} from '../pictures.js'

const none = {style: BorderStyle.NONE, size: 0, color: 'auto'} as const
const noBorders = {top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none}

/**
 * A container's blocks, each run of rows in one table: two columns, no borders, the picture column of fixed
 * width, rows that never split across a page. Everything else (headings, plan labels) runs across the page.
 */
export function blocksWithRows(state: DocxState, nodes: readonly Nodes[], textWidth: number): Block[] {
  const blocks: Block[] = []
  let rows: EasyRow[] = []
  const flush = () => {
    if (rows.length > 0) blocks.push(rowsTable(state, rows, textWidth))
    rows = []
  }
  for (const node of nodes) {
    if (node.type === 'easyRow') {
      rows.push(node)
      continue
    }
    flush()
    blocks.push(...state.blocks(node))
  }
  flush()
  return blocks
}

function rowsTable(state: DocxState, rows: readonly EasyRow[], textWidth: number): Table {
  const picturesColumn = pictureColumn(state.pictureWidth)
  const wordsColumn = textWidth - picturesColumn
  return new Table({
    width: {size: textWidth, type: WidthType.DXA},
    columnWidths: [picturesColumn, wordsColumn],
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    rows: rows.map((row) => new TableRow({
      cantSplit: true,
      children: [
        new TableCell({
          width: {size: picturesColumn, type: WidthType.DXA},
          verticalAlign: VerticalAlignTable.TOP,
          margins: {top: 60, bottom: 200, left: 0, right: picturesColumn - Math.round(state.pictureWidth * twipsPerCm)},
          children: [new Paragraph({style: styleIds.picture, children: row.picture ? [pictureRun(state, row.picture)] : []})]
        }),
        new TableCell({
          width: {size: wordsColumn, type: WidthType.DXA},
          verticalAlign: VerticalAlignTable.TOP,
          margins: {top: 60, bottom: 200, left: 0, right: 0},
          children: cellBlocks(state, row)
        })
      ]
    }))
  })
}

/** The row's words: its sentence, list and callouts, as paragraphs (a cell holds paragraphs and tables only). */
function cellBlocks(state: DocxState, row: EasyRow): Array<Paragraph | Table> {
  const blocks = row.children.flatMap((child) => state.blocks(child))
  return blocks.length > 0 ? blocks : [new Paragraph({children: []})]
}
