import type {List, Paragraph, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {EasyRow, TermCallout} from '../types.js'

/** Containers whose children are grouped into rows; headings, tables and code stay across the page. */
const rowContainers = new Set(['planBlock', 'blockquote'])

/**
 * Group a container's blocks into easy-read rows, one idea a row: a sentence (a paragraph, after the sentence stage),
 * with the callouts that explain its words; a list with the sentence that leads into it ("We will:"); a list alone.
 * Headings and everything else stay where they are, across the page, and end the row before them.
 */
export function groupRows(children: readonly RootContent[]): RootContent[] {
  const result: RootContent[] = []
  let row: EasyRow | undefined
  const open = (first: Paragraph | List | TermCallout): EasyRow => {
    row = {type: 'easyRow', children: [first], ...(first.position ? {position: {...first.position}} : {})}
    result.push(row)
    return row
  }
  for (const child of children) {
    if (child.type === 'paragraph') {
      open(child)
    } else if (child.type === 'list') {
      const last = row?.children.at(-1)
      if (row && last?.type === 'paragraph' && isLeadIn(last)) extend(row, child)
      else open(child)
    } else if (child.type === 'termCallout') {
      if (row) extend(row, child)
      else open(child)
    } else {
      if (rowContainers.has(child.type) && 'children' in child) {
        child.children = groupRows(child.children as RootContent[]) as typeof child.children
      }
      result.push(child)
      row = undefined
    }
  }
  return result
}

/** A sentence that introduces a list: it ends with a colon ("We will:", "This means:"). */
export function isLeadIn(paragraph: Paragraph): boolean {
  return /:\s*$/.test(toString(paragraph))
}

function extend(row: EasyRow, child: List | TermCallout): void {
  row.children.push(child)
  if (row.position && child.position) row.position = {start: row.position.start, end: child.position.end}
}
