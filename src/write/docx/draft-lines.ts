import type {Nodes, PhrasingContent, Root, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {PlanBlockKind} from '../../types.js'

/** A piece of a line's words, bold or not (easy read's only emphasis; the draft keeps the first use of a term bold). */
export interface Piece {
  text: string
  bold: boolean
}

/** One paragraph of the draft as Word shows it: what it is, its words, and where its words are in the user's file. */
export interface DraftLine {
  kind: 'heading' | 'paragraph' | 'block'
  /** A heading's depth as Markdown counts it (1 is the title); a block's heading's depth. */
  depth?: number
  /** A plan block's kind: its heading is written in a style of its own, so the block is known again. */
  block?: PlanBlockKind
  /** A list item's paragraph; `continued`: a paragraph after the item's first, under its bullet without one. */
  list?: {ordered: boolean; level: number; instance: number; continued?: boolean}
  pieces: Piece[]
  /** Offsets of its words in the user's file, when the reader gave a place. */
  range?: [number, number]
}

/**
 * The draft as a list of lines, in order: headings, plan blocks' headings, paragraphs and list items, each with its
 * words (no glosses or callouts: the build adds the explanations) and its place in the user's file.
 */
export function draftLines(tree: Root, file: VFile): DraftLine[] {
  const place = location(file)
  const rangeOf = (node: {position?: {start: {line: number; column: number}; end: {line: number; column: number}}}): [number, number] | undefined => {
    const start = node.position ? place.toOffset(node.position.start) : undefined
    const end = node.position ? place.toOffset(node.position.end) : undefined
    return start === undefined || end === undefined ? undefined : [start, end]
  }
  const lines: DraftLine[] = []
  let instance = 0
  let sectionDepth = 1
  const walk = (node: Nodes, list: DraftLine['list']): void => {
    switch (node.type) {
      case 'heading':
        sectionDepth = node.depth
        lines.push({kind: 'heading', depth: node.depth, pieces: piecesOf(node.children), range: rangeOf(node)})
        return
      case 'planBlock':
        lines.push({kind: 'block', block: node.kind, depth: Math.min(6, sectionDepth + 1), pieces: [{text: node.label, bold: false}], range: rangeOf(node)})
        for (const child of node.children) walk(child as Nodes, list)
        return
      case 'paragraph':
        lines.push({kind: 'paragraph', ...(list ? {list} : {}), pieces: piecesOf(node.children), range: rangeOf(node)})
        return
      case 'list': {
        // An item's first paragraph carries the bullet; a list inside an item goes one level in.
        const own = {ordered: node.ordered === true, level: list ? list.level + 1 : 0, instance: ++instance}
        for (const item of node.children) item.children.forEach((child, index) => walk(child as Nodes, child.type === 'list' || index === 0 ? own : {...own, continued: true}))
        return
      }
      case 'termCallout':
      case 'html':
      case 'definition':
      case 'thematicBreak':
        return
      default:
        if ('children' in node) for (const child of node.children as Nodes[]) walk(child, list)
    }
  }
  for (const child of tree.children as RootContent[]) walk(child, undefined)
  return lines.filter((line) => line.pieces.some((piece) => piece.text.trim() !== ''))
}

/** Inline content as pieces of words: strong and first term uses bold, glosses left out, soft breaks as spaces. */
function piecesOf(nodes: readonly PhrasingContent[], bold = false): Piece[] {
  const pieces: Piece[] = []
  for (const node of nodes) {
    if (node.type === 'termGloss') continue
    if (node.type === 'text' || node.type === 'inlineCode') pieces.push({text: node.value.replace(/\s*\n\s*/g, ' '), bold})
    else if (node.type === 'break') pieces.push({text: ' ', bold})
    else if (node.type === 'image') pieces.push({text: node.alt ?? '', bold})
    else if (node.type === 'termUse') pieces.push(...piecesOf(node.children, bold || node.first === true))
    else if (node.type === 'strong') pieces.push(...piecesOf(node.children, true))
    else if ('children' in node) pieces.push(...piecesOf(node.children as PhrasingContent[], bold))
  }
  // Neighbouring pieces of the same weight are one.
  return pieces.reduce<Piece[]>((joined, piece) => {
    const last = joined.at(-1)
    if (last && last.bold === piece.bold) last.text += piece.text
    else if (piece.text !== '') joined.push({...piece})
    return joined
  }, [])
}

/** The words of a line, as one string. */
export function lineText(line: DraftLine): string {
  return line.pieces.map((piece) => piece.text).join('')
}
