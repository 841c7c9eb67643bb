import {HeadingLevel, LeaderType, LineRuleType, PageBreak, PageReference, Paragraph, TabStopType, TextRun} from 'docx'
import type {Heading, Nodes, RootContent} from 'mdast'
import {plainText} from '../../util/plain-text.js'
import {pageSizesCm, theme} from '../theme.js'
import {textWidth} from './styles.js'

declare module 'mdast' {
  interface HeadingData {
    /** The Word bookmark on a section's heading, which the contents page points at (see `withBookmarks`). */
    bookmark?: string
  }
}

/** A document of more pages than this gets a contents page (easy-read guides ask for one in longer documents). */
export const contentsAbove = 8

/** A section of the contents: its heading's words and the bookmark on it. */
export interface ContentsEntry {
  title: string
  bookmark: string
}

/** The plan's nodes with a bookmark on each section heading (Markdown level 2), and the sections in order. */
export function withBookmarks(nodes: readonly RootContent[]): {nodes: RootContent[]; sections: ContentsEntry[]} {
  const sections: ContentsEntry[] = []
  const marked = nodes.map((node): RootContent => {
    if (node.type !== 'heading' || node.depth !== 2) return node
    const bookmark = `section-${sections.length + 1}`
    sections.push({title: plainText(node).trim(), bookmark})
    return {...node, data: {...node.data, bookmark}} satisfies Heading
  })
  return {nodes: marked, sections}
}

/**
 * The contents page: "Contents", then each section's heading with its page number (a PAGEREF field to the heading's
 * bookmark, which Word and LibreOffice fill in as they lay out the pages), dot leaders between. Only for a
 * document estimated at more than `contentsAbove` pages, and with at least 2 sections.
 */
export function contentsBlocks(plan: {nodes: readonly RootContent[]; sections: readonly ContentsEntry[]}, pictureWidth: number, fontSize = 16): Paragraph[] {
  if (plan.sections.length < 2 || estimatePages(plan.nodes, pictureWidth, fontSize) <= contentsAbove) return []
  const right = textWidth()
  return [
    new Paragraph({heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun('Contents')]}),
    // The last entry ends with a page break: the plan starts on a page of its own.
    ...plan.sections.map((section, index) => new Paragraph({
      tabStops: [{type: TabStopType.RIGHT, position: right, leader: LeaderType.DOT}],
      // Closer lines than the body's, so that the contents stay one page.
      spacing: {line: 276, lineRule: LineRuleType.AUTO, after: 80},
      keepLines: true,
      children: [new TextRun(section.title), new TextRun({children: ['\tPage ']}), new PageReference(section.bookmark), ...(index === plan.sections.length - 1 ? [new PageBreak()] : [])]
    }))
  ]
}

/**
 * A quick estimate of the pages the plan fills after its cover: each row at least as tall as its picture, or its
 * lines of words in the narrowed column; headings and other paragraphs by their lines. Only to decide on a
 * contents page; `--page-count` gives the real count.
 */
export function estimatePages(nodes: readonly RootContent[], pictureWidth: number, fontSize = 16): number {
  const line = (fontSize / 72) * 2.54 * 1.5 * 1.15 // cm: the body's line at 1.5 spacing, with the font's own leading
  const charsPerLine = (width: number) => Math.max(10, width / ((fontSize / 72) * 2.54 * 0.5))
  const page = pageSizesCm.A4.width - 2 * theme.pageMargin
  const linesOf = (node: Nodes, width: number) => Math.ceil(plainText(node).length / charsPerLine(width)) || 1
  let height = 0
  const add = (node: Nodes): void => {
    if (node.type === 'easyRow') {
      const words = page - pictureWidth - theme.pictureGap
      const lines = node.children.reduce((sum, child) => sum + linesOf(child, words), 0)
      height += Math.max(pictureWidth, lines * line) + 0.5
    } else if (node.type === 'heading') height += linesOf(node, page) * line * theme.headingScale[node.depth] + line
    else if (node.type === 'paragraph' || node.type === 'termCallout') height += linesOf(node, page) * line + line * theme.space.paragraphAfter
    else if ('children' in node) for (const child of node.children as Nodes[]) add(child)
  }
  for (const node of nodes) add(node)
  return Math.ceil(height / (pageSizesCm.A4.height - 2 * theme.pageMargin))
}
