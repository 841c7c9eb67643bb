import type {Parent, Root, RootContent} from 'mdast'
import type {LeftOut} from './types.js'

/** The mark of a left-out sentence in a draft; the writer restores the sentence by turning the comment back into text. */
export const leftOutMarker = '<!-- easyread-left-out'

/** A comment may not hold "--"; the sentence is one line. */
const commentText = (text: string) => text.replace(/-{2,}/g, '–').replace(/\s+/g, ' ').trim()

export function leftOutComment(record: LeftOut): string {
  return `${leftOutMarker} [${record.role}]: ${commentText(record.text)} -->`
}

/**
 * Put each left-out sentence back into the draft's tree as a comment, where it stood: before the first block that
 * starts after it in the user's file (inside a plan block when it was part of one). Headings left out are not
 * offered: they come back with the sentences under them.
 */
export function markLeftOut(tree: Root, leftOut: readonly LeftOut[]): void {
  for (const record of leftOut) {
    if (record.heading || record.line === undefined) continue
    insert(tree, record)
  }
}

function insert(parent: Parent, record: LeftOut): void {
  const children = parent.children as RootContent[]
  const line = record.line!
  for (const child of children) {
    // A plan block the sentence was part of: into the block.
    if (child.type === 'planBlock' && child.position && child.position.start.line <= line && line <= child.position.end.line) return insert(child, record)
  }
  const at = children.findIndex((child) => child.position !== undefined && (child.position.start.line > line || (child.position.start.line === line && child.position.start.column > (record.column ?? 1))))
  const comment: RootContent = {type: 'html', value: leftOutComment(record)}
  if (at === -1) children.push(comment)
  else children.splice(at, 0, comment)
}
