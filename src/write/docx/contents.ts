import {HeadingLevel, LeaderType, LineRuleType, PageBreak, PageReference, Paragraph, TabStopType, TextRun} from 'docx'
import type {Heading, RootContent} from 'mdast'
import {plainText} from '../../util/plain-text.js'
import {estimateBodyPages, hasContentsPage, type TypeSettings} from '../../select/page-model.js'
import {textWidth} from './styles.js'

declare module 'mdast' {
  interface HeadingData {
    /** The Word bookmark on a section's heading, which the contents page points at (see `withBookmarks`). */
    bookmark?: string
  }
}

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
 * document of at least 2 sections whose body the select stage's page model (one model for both) estimates at more
 * than `contentsAbove` pages.
 */
export function contentsBlocks(plan: {nodes: readonly RootContent[]; sections: readonly ContentsEntry[]}, type: TypeSettings): Paragraph[] {
  if (!hasContentsPage(estimateBodyPages(plan.nodes, type), plan.sections.length)) return []
  const right = textWidth(type.pageSize)
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
