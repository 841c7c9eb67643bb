import type {Heading, Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'

/** Which sections to leave out, or to keep only, by their headings' words (case and apostrophes aside). */
export interface SectionChoice {
  leaveOut: readonly string[]
  keepOnly: readonly string[]
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim()
}

/** Whether a heading is one of the names given: the whole heading, or its start ("Chief Constable's Foreword" by "chief constable"). */
function named(heading: Heading, names: readonly string[]): boolean {
  const text = normalise(toString(heading))
  return names.some((name) => {
    const wanted = normalise(name)
    return text === wanted || text.startsWith(wanted + ' ') || text.startsWith(wanted)
  })
}

/**
 * The sections rule: leave out each section whose heading is named in `leaveOut` (the heading and everything up to
 * the next heading of the same or a higher level), or, with `keepOnly`, every section but those named (the title and
 * what comes before the first section stay). Returns each section left out, for the audit trail.
 */
export function chooseSections(tree: Root, choice: SectionChoice): Array<{heading: Heading; nodes: RootContent[]}> {
  if (choice.leaveOut.length === 0 && choice.keepOnly.length === 0) return []
  const removed: Array<{heading: Heading; nodes: RootContent[]}> = []
  const kept: RootContent[] = []
  const children = tree.children
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (child.type !== 'heading' || child.depth === 1) {
      kept.push(child)
      continue
    }
    const out = named(child, choice.leaveOut) || (choice.keepOnly.length > 0 && !named(child, choice.keepOnly))
    if (!out) {
      kept.push(child)
      continue
    }
    let end = index + 1
    while (end < children.length && !(children[end]!.type === 'heading' && (children[end] as Heading).depth <= child.depth)) end++
    // With keepOnly, a kept subsection inside a section left out is still kept.
    const nodes = children.slice(index + 1, end)
    const keepInside = choice.keepOnly.length > 0 ? nodes.findIndex((node) => node.type === 'heading' && named(node, choice.keepOnly)) : -1
    const cut = keepInside === -1 ? end : index + 1 + keepInside
    removed.push({heading: child, nodes: children.slice(index + 1, cut)})
    index = cut - 1
  }
  tree.children = kept
  return removed
}
