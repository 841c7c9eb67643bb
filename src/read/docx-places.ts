import type {Nodes, Parent, Root} from 'mdast'
import type {Point, Position} from 'unist'
import {toString} from 'mdast-util-to-string'
import {markerPattern} from './docx-model.js'

/**
 * Give every node of a tree read from a .docx its place, from the paragraph markers in its text: a Word file has
 * no lines, so `line` is the Word paragraph's number (1 for the first paragraph of the body, counting empty ones
 * and those in tables) and `column` the character in that paragraph. Offsets run on through the whole document,
 * so sentence positions can be sliced out of a text node. Markers are removed; a footnote is placed at the
 * paragraph of its reference. Empty paragraphs (Word's blank lines) are dropped.
 */
export function placeNodes(tree: Root): void {
  let paragraph = 1
  let column = 1
  let offset = 0
  const notes = new Map<string, number>()
  const point = (): Point => ({line: paragraph, column, offset})

  const visit = (node: Nodes): void => {
    if (node.type === 'text') {
      const start = point()
      let value = ''
      let last = 0
      let first = true
      for (const match of node.value.matchAll(markerPattern)) {
        value += consume(node.value.slice(last, match.index))
        paragraph = Number(match[1])
        column = 1
        if (first && value === '') Object.assign(start, point())
        first = false
        last = match.index + match[0].length
        // White space right after a paragraph's start is left over from joined runs.
        const lead = /^[ \t]*/.exec(node.value.slice(last))![0].length
        last += lead
      }
      value += consume(node.value.slice(last))
      node.value = value
      node.position = {start, end: point()}
      return
    }
    if (node.type === 'footnoteReference') notes.set(node.identifier, paragraph)
    if (node.type === 'footnoteDefinition') {
      paragraph = notes.get(node.identifier) ?? paragraph
      column = 1
    }
    if ('children' in node) {
      const before = point()
      for (const child of node.children as Nodes[]) visit(child)
      dropEmpty(node)
      node.position = span(node, before, point())
    } else {
      node.position = {start: point(), end: point()}
    }
  }
  const consume = (text: string) => {
    column += text.length
    offset += text.length
    return text
  }
  visit(tree)
}

/** From the first placed child to the last; a node with none sits where it was met. */
function span(node: Parent, before: Point, after: Point): Position {
  const placed = node.children.filter((child) => child.position)
  return {start: placed[0]?.position?.start ?? before, end: placed.at(-1)?.position?.end ?? after}
}

/** Paragraphs and headings with no words (Word's empty paragraphs, a picture's paragraph) go; so do empty items. */
function dropEmpty(parent: Parent): void {
  parent.children = (parent.children as Nodes[]).filter((child) => {
    if (child.type === 'paragraph' || child.type === 'heading') return toString(child).trim() !== ''
    if (child.type === 'text') return parent.type !== 'root' || child.value.trim() !== ''
    return true
  }) as Parent['children']
  // Text at the edges of a paragraph keeps no stray space from Word's runs.
  if (parent.type === 'paragraph' || parent.type === 'heading') {
    const first = parent.children[0]
    if (first?.type === 'text' && /^\s/.test(first.value)) trimStart(first)
  }
}

function trimStart(node: {value: string; position?: Position}): void {
  const cut = node.value.length - node.value.trimStart().length
  node.value = node.value.slice(cut)
  if (node.position) node.position.start = {...node.position.start, column: node.position.start.column + cut, offset: (node.position.start.offset ?? 0) + cut}
}
