import type {Heading, Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {createCues} from './cues.js'
import {blockText} from './units.js'
import type {Role, SelectData} from './types.js'

/** A section of the plan: its heading (none for what comes before the first one), its role, and its blocks. */
export interface Section {
  heading?: Heading
  role: Role
  /** The section this one sits in (a level-3 section inside a level-2 one). */
  parent?: Section
  nodes: RootContent[]
}

/**
 * Cut the plan's top-level blocks into sections at each heading below the title, and give each a role: from the
 * heading's words (the first role in select.yml with a word in the heading), else `action` for a section of plan
 * blocks, else its parent section's role, else `other`.
 */
export function planSections(tree: Root, data: SelectData): Section[] {
  const cues = data.roles.map(({role, words}) => ({role, has: createCues(words)}))
  const fromHeading = (heading: Heading): Role | undefined => cues.find((cue) => cue.has(toString(heading)) > 0)?.role
  const sections: Section[] = []
  const open: Section[] = []
  let current: Section = {role: 'other', nodes: []}
  sections.push(current)
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth > 1) {
      while (open.length > 0 && open.at(-1)!.heading!.depth >= node.depth) open.pop()
      const parent = open.at(-1)
      current = {heading: node, role: fromHeading(node) ?? parent?.role ?? 'other', parent, nodes: []}
      open.push(current)
      sections.push(current)
      continue
    }
    current.nodes.push(node)
  }
  for (const section of sections) {
    const named = section.heading && fromHeading(section.heading)
    if (!named && section.nodes.some((node) => node.type === 'planBlock')) section.role = 'action'
  }
  return sections
}

/**
 * The plan's priorities, as the plan names them: the items of the first list in a priority section, else the headings
 * of the priority section's subsections.
 */
export function planPriorities(sections: readonly Section[]): string[] {
  const priority = sections.filter((section) => section.role === 'priority')
  for (const section of priority) {
    const list = section.nodes.find((node) => node.type === 'list')
    if (list && list.type === 'list' && list.children.length >= 2 && list.children.length <= 8) return list.children.map((item) => blockText(item).trim())
  }
  // An empty subsection ("Plan on a page", a picture the text export lost) names no priority.
  const subsections = priority.filter((section) => section.parent?.role === 'priority' && section.heading && section.nodes.length > 0)
  return subsections.map((section) => toString(section.heading!).trim())
}
