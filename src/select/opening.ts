import type {Heading, List, Paragraph, Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {createCues} from './cues.js'
import type {PlanKind, SelectData} from './types.js'

/** The facts of a plan the opening is made from. */
export interface PlanFacts {
  kind: PlanKind
  /** The body that made the plan ("Lanarkshire Division"), when it is known. */
  body?: string
  years?: {from: string; to: string}
  priorities: readonly string[]
}

/** "2023-26", "2023 to 2026", "2023–2026": the plan's years, the first found in the title, else in the plan. */
const yearRange = /\b((?:19|20)\d\d)\s*(?:-|–|—|to)\s*((?:19|20)?\d\d)\b/

export function planYears(title: string, tree: Root): PlanFacts['years'] {
  const found = yearRange.exec(title) ?? yearRange.exec(toString(tree))
  if (!found) return undefined
  const to = found[2]!.length === 2 ? found[1]!.slice(0, 2) + found[2] : found[2]!
  return Number(to) > Number(found[1]) ? {from: found[1]!, to} : undefined
}

/**
 * The kind of plan: the first kind whose words the title has, else the kind whose words the plan uses most; the
 * last kind of the list is the fallback for a plan of no kind known.
 */
export function planKind(title: string, tree: Root, kinds: readonly PlanKind[]): PlanKind {
  const fallback = kinds.at(-1)!
  const counted = kinds.slice(0, -1).map((kind) => ({kind, has: createCues(kind.words)}))
  const inTitle = counted.find(({has}) => has(title) > 0)
  if (inTitle) return inTitle.kind
  const text = toString(tree)
  const best = counted.map(({kind, has}) => ({kind, count: has(text)})).sort((a, b) => b.count - a.count)[0]
  return best && best.count > 0 ? best.kind : fallback
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole)
const sentence = (text: string): Paragraph => ({type: 'paragraph', children: [{type: 'text', value: text}]})

/**
 * The opening of the easy read, "About this plan": what a plan of this kind is, who made it, for which years, and its
 * priorities as a short list, in the wording select.yml gives for the kind. Each sentence is one line, as the
 * sentence stage makes them.
 */
export function openingNodes(facts: PlanFacts, wording: SelectData['opening']): RootContent[] {
  const heading: Heading = {type: 'heading', depth: 2, children: [{type: 'text', value: wording.heading}]}
  const lines = [facts.kind.what, facts.kind.means]
  if (facts.body) lines.push(fill(wording.made, {body: facts.body}))
  if (facts.years) lines.push(fill(wording.years, facts.years))
  const nodes: RootContent[] = [heading, ...lines.map(sentence)]
  if (facts.priorities.length > 0) {
    nodes.push(sentence(fill(wording.priorities, {count: String(facts.priorities.length)})), sentence(wording.priority), sentence(wording.list))
    const list: List = {type: 'list', ordered: false, spread: false, children: facts.priorities.map((item) => ({type: 'listItem', spread: false, children: [sentence(item)]}))}
    nodes.push(list)
  }
  return nodes
}
