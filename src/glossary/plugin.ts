import type {Paragraph, Parent, PhrasingContent, Root, RootContent, Text} from 'mdast'
import type {VFile} from 'vfile'
import {toString} from 'mdast-util-to-string'
import type {TermCallout} from '../types.js'
import type {GlossaryEntry, GlossaryUse} from './types.js'
import {createMatcher, type Matcher} from './match.js'
import {normaliseName} from './forms.js'
import {slicePosition} from '../util/point.js'

export type CalloutPlace = 'sentence' | 'section'

export interface GlossaryOptions {
  readonly entries: readonly GlossaryEntry[]
  /** Bold every use of a term, not only the first. Default: false. */
  readonly boldEveryUse?: boolean
  /** Where explanations go: after the sentence that first uses the term (default) or at the end of its section. */
  readonly callouts?: CalloutPlace
}

/** Inline content the matcher never looks inside: addresses, code, markup, terms already marked. */
const skipInline = new Set(['link', 'linkReference', 'inlineCode', 'html', 'image', 'imageReference', 'termUse', 'termGloss'])
/** Blocks whose text is not prose to explain. */
const skipBlock = new Set(['code', 'html', 'table', 'termCallout', 'definition', 'footnoteDefinition', 'thematicBreak', 'yaml'])

/**
 * Find the glossary's terms and explain each where the plan first uses it: the use is marked (a `termUse`, shown
 * in bold) and a `termCallout` follows the sentence; inside a list item a `termGloss` (" – short words") ends the
 * item instead. No callout is added where the text already explains the term ("X means …", "A X is …", "X – …").
 * Headings are left plain. Every term found is listed, with its first use, in `file.data.glossary`.
 */
export function glossaryTerms(options: GlossaryOptions) {
  const matcher = createMatcher(options.entries)
  return function (tree: Root, file: VFile) {
    const state: State = {matcher, options, uses: new Map(), pending: []}
    walk(tree, state)
    flushSection(tree, tree.children.length, state)
    file.data.glossary = [...state.uses.values()]
  }
}

interface State {
  matcher: Matcher
  options: GlossaryOptions
  uses: Map<string, GlossaryUse>
  /** Callouts waiting for the end of their section (with `callouts: 'section'`). */
  pending: TermCallout[]
}

function walk(parent: Parent, state: State): void {
  const children = parent.children as RootContent[]
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (child.type === 'heading') {
      index += flushSection(parent, index, state)
    } else if (child.type === 'paragraph') {
      const firsts = markTerms(child, state)
      const explained = firsts.filter((first) => !explainedByText(first, child, children[index + 1], parent.type === 'listItem'))
      for (const first of firsts) state.uses.get(first.entry.id)!.explained = explained.includes(first) ? 'callout' : 'by-text'
      if (parent.type === 'listItem') {
        for (const first of explained) {
          child.children.push({type: 'termGloss', termId: first.entry.id, value: first.entry.short ?? first.entry.means})
          state.uses.get(first.entry.id)!.explained = 'gloss'
        }
      } else {
        const callouts = explained.map((first) => toCallout(first))
        if (state.options.callouts === 'section') {
          state.pending.push(...callouts)
          for (const first of explained) state.uses.get(first.entry.id)!.explained = 'at-end'
        } else {
          children.splice(index + 1, 0, ...callouts)
          index += callouts.length
        }
      }
    } else if (!skipBlock.has(child.type) && 'children' in child) {
      walk(child as Parent, state)
    }
  }
}

/** Put the section's waiting callouts before the heading at `index`; returns how many were put. */
function flushSection(parent: Parent, index: number, state: State): number {
  if (state.pending.length === 0 || parent.type !== 'root') return 0
  const callouts = state.pending.splice(0)
  ;(parent.children as RootContent[]).splice(index, 0, ...callouts)
  return callouts.length
}

interface FirstUse {
  entry: GlossaryEntry
  surface: string
}

/** Mark the terms in a paragraph's text; returns the terms used here for the first time. */
function markTerms(paragraph: Paragraph, state: State): FirstUse[] {
  const firsts: FirstUse[] = []
  const visitInline = (parent: {children: PhrasingContent[]}) => {
    parent.children = parent.children.flatMap((child) => {
      if (child.type === 'text') return splitText(child, state, firsts)
      if (!skipInline.has(child.type) && 'children' in child) visitInline(child as {children: PhrasingContent[]})
      return [child]
    })
  }
  visitInline(paragraph)
  return firsts
}

function splitText(node: Text, state: State, firsts: FirstUse[]): PhrasingContent[] {
  const matches = state.matcher.find(node.value)
  if (matches.length === 0) return [node]
  const result: PhrasingContent[] = []
  let last = 0
  for (const {start, end, entry} of matches) {
    const use = state.uses.get(entry.id)
    const surface = node.value.slice(start, end)
    const position = slicePosition(node.position, node.value, start, end)
    if (use) use.uses++
    else state.uses.set(entry.id, {termId: entry.id, term: entry.term, first: position?.start && {line: position.start.line, column: position.start.column}, explained: 'callout', uses: 1})
    const first = !use
    if (!first && !state.options.boldEveryUse) continue
    if (start > last) result.push(textSlice(node, last, start))
    result.push({type: 'termUse', termId: entry.id, first, children: [{type: 'text', value: surface, position}], position})
    if (first) firsts.push({entry, surface})
    last = end
  }
  if (last < node.value.length) result.push(textSlice(node, last, node.value.length))
  return result
}

function textSlice(node: Text, start: number, end: number): Text {
  return {type: 'text', value: node.value.slice(start, end), position: slicePosition(node.position, node.value, start, end)}
}

/**
 * Whether the plan explains the term itself, in this sentence or the next:
 * "Wellbeing means …", "A councillor is …", "the word communities … we mean", or "objectives – what …" in a list.
 */
function explainedByText(first: FirstUse, paragraph: Paragraph, next: RootContent | undefined, inList: boolean): boolean {
  const names = [first.entry.term, ...first.entry.aliases, first.surface].map((name) => escape(normaliseName(name)).replace(/ /g, '[\\s-]+'))
  const term = `(?:${names.join('|')})(?:s|es)?`
  const defines = new RegExp(`^\\W*(?:(?:an?|the)\\s+)?(?:word\\s+)?${term}\\W*\\s+(?:means|is|are|refers to)\\b`, 'i')
  const ownText = toString(paragraph)
  if (defines.test(ownText) || new RegExp(`\\bword\\s+\\W*${term}\\b.*\\bwe mean\\b`, 'i').test(ownText)) return true
  // "what their objectives are – what they want to achieve": a gloss after a dash, a few words on.
  if (inList && new RegExp(`${term}\\W*(?:\\s+[\\w’']+){0,3}\\s+[–—-]\\s+\\w`, 'i').test(ownText)) return true
  return next?.type === 'paragraph' && defines.test(toString(next))
}

function toCallout(first: FirstUse): TermCallout {
  const {entry} = first
  return {type: 'termCallout', termId: entry.id, term: first.surface, means: entry.means, ...(entry.picture ? {picture: entry.picture} : {})}
}

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
