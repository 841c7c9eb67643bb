import type {List, Nodes, Paragraph, RootContent} from 'mdast'
import type {Position} from 'unist'
import {toString} from 'mdast-util-to-string'
import type {PlanBlock} from '../types.js'
import type {Section} from './roles.js'
import type {LeftOut, Role} from './types.js'

/**
 * One thing the select stage keeps or leaves out whole: a sentence, a list with the sentence that leads into it, or
 * one part of a plan block (its sentence, or an item of its list of steps or questions).
 */
export interface Unit {
  /** The blocks, one after the other in `container`. */
  nodes: RootContent[]
  container: RootContent[]
  section: Section
  role: Role
  /** A part of a plan block; the kind tells which. */
  block?: PlanBlock
  /** The plan block's list item, when the unit is one step or question. */
  item?: {list: List; index: number}
  text: string
  order: number
  score: number
  /** The sentence this one points back at ("This is to …"): kept only with it. */
  follows?: Unit
  /** Kept whatever the budget: the plan's priorities, each objective and the first sentence of each activity. */
  must: boolean
  /** Left out whatever the budget, and why. */
  out?: string
  keep: boolean
  /** Height on the page (twips), or words, for the budget. */
  cost: number
}

/** Blocks that hold other blocks: their parts are read with a space between (a list item's two sentences). */
const holdsBlocks = new Set(['root', 'list', 'listItem', 'blockquote', 'planBlock', 'easyRow', 'table', 'tableRow'])

/**
 * The words of a block as one line: like mdast-util-to-string, but a list's items, a list item's paragraphs and a
 * plan block's parts are kept apart by a space ("Patrol the park. At night.", not "park.At").
 */
export function blockText(node: Nodes): string {
  if (holdsBlocks.has(node.type) && 'children' in node) return (node.children as Nodes[]).map(blockText).filter(Boolean).join(' ')
  return toString(node)
}

/** A lead-in sentence ("We will:") and the list after it are one idea, one unit. */
const leadIn = (node: RootContent | undefined) => node?.type === 'paragraph' && /:\s*$/.test(toString(node))

/** The units of a section's blocks, in document order (plan blocks' parts as their own units). */
export function sectionUnits(section: Section, start: number): Unit[] {
  const units: Unit[] = []
  const base = (nodes: RootContent[], container: RootContent[], role: Role): Unit => ({nodes, container, section, role, text: nodes.map(blockText).join(' '), order: start + units.length, score: 0, must: false, keep: false, cost: 0})
  const nodes = section.nodes
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!
    // The title and easyread's own marks are no content to choose.
    if (node.type === 'heading' || node.type === 'html' || node.type === 'definition' || node.type === 'thematicBreak') continue
    if (node.type === 'planBlock') {
      units.push(...blockUnits(node, section).map((unit) => ({...unit, order: start + units.length})))
      continue
    }
    // A run of short lines without a full stop is one thing (an address, a signature), with the lead-in before it.
    const lines = shortLines(nodes, leadIn(node) ? index + 1 : index)
    if (lines >= 2) {
      const end = (leadIn(node) ? index + 1 : index) + lines
      units.push(base(nodes.slice(index, end), nodes, section.role))
      index = end - 1
      continue
    }
    if (leadIn(node) && nodes[index + 1]?.type === 'list') {
      units.push(base([node, nodes[index + 1]!], nodes, section.role))
      index++
      continue
    }
    units.push(base([node], nodes, section.role))
  }
  return units
}

/** How many short lines (a paragraph of at most 6 words, no full stop) follow one another from `start`. */
function shortLines(nodes: readonly RootContent[], start: number): number {
  let count = 0
  while (nodes[start + count]?.type === 'paragraph') {
    const text = toString(nodes[start + count]!).trim()
    if (text.split(/\s+/).length > 6 || /[.!?:]$/.test(text)) break
    count++
  }
  return count
}

function blockUnits(block: PlanBlock, section: Section): Unit[] {
  const role: Role = block.kind === 'measures' ? 'measure' : block.kind === 'update' ? 'reporting' : 'action'
  const units: Unit[] = []
  const children = block.children as RootContent[]
  for (const child of children) {
    const unit = (nodes: RootContent[], text: string, item?: Unit['item']): Unit => ({nodes, container: children, section, role, block, ...(item ? {item} : {}), text, order: 0, score: 0, must: false, keep: false, cost: 0})
    if (child.type === 'list' && (block.kind === 'milestones' || block.kind === 'measures')) {
      child.children.forEach((item, index) => units.push(unit([child], blockText(item), {list: child, index})))
    } else units.push(unit([child], blockText(child)))
  }
  return units
}

/** Where a node's words are in the user's file: its own position, else the span of its words' positions. */
export function placeOf(node: Nodes): Position | undefined {
  if (node.position) return node.position
  const found: Position[] = []
  const walk = (child: Nodes) => {
    if (child.position && 'value' in child) found.push(child.position)
    else if ('children' in child) for (const grandchild of child.children as Nodes[]) walk(grandchild)
  }
  walk(node)
  return found.length > 0 ? {start: found[0]!.start, end: found.at(-1)!.end} : undefined
}

/** The audit record of a left-out sentence (or list item, or heading). */
export function leftOutOf(node: Nodes, role: Role, reason: string): LeftOut {
  const place = placeOf(node)
  return {
    rule: 'select',
    role,
    reason,
    text: blockText(node).replace(/\s+/g, ' ').trim(),
    ...(place ? {line: place.start.line, column: place.start.column, endLine: place.end.line, endColumn: place.end.column} : {})
  }
}

/** The unit's sentences and list items one by one, for the audit trail. */
export function unitParts(unit: Unit): Nodes[] {
  if (unit.item) return [unit.item.list.children[unit.item.index]!]
  return unit.nodes.flatMap((node): Nodes[] => (node.type === 'list' ? node.children : [node as Paragraph]))
}
