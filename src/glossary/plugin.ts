import type {Paragraph, Parent, PhrasingContent, Root, RootContent, Text} from 'mdast'
import type {VFile} from 'vfile'
import {toString} from 'mdast-util-to-string'
import type {TermCallout, TermUse} from '../types.js'
import type {Explained, GlossaryEntry, GlossaryUse} from './types.js'
import {createMatcher, type Around, type Matcher} from './match.js'
import {textAround} from './around.js'
import {explainedByText} from './explained.js'
import {slicePosition, sliceText} from '../util/point.js'
import {isLeadIn} from '../layout/rows.js'

export type CalloutPlace = 'sentence' | 'section' | 'end'

export interface GlossaryOptions {
  readonly entries: readonly GlossaryEntry[]
  /** Bold every use of a term, not only the first. Default: false. */
  readonly boldEveryUse?: boolean
  /** Where explanations go: after the sentence that first uses the term (default), at the end of its section, or all at the end of the document under `endHeading`. */
  readonly callouts?: CalloutPlace
  /** The heading of the explanations at the end (`callouts: 'end'`). Default: "Words to know". */
  readonly endHeading?: string
  /** Whether a term is an everyday word that needs no box (it is still bold where first used). Default: none is. */
  readonly everyday?: (entry: GlossaryEntry) => boolean
}

/** Inline content the matcher never looks inside: code, markup, pictures, terms already marked. Link text is read; addresses never are. */
const skipInline = new Set(['inlineCode', 'html', 'image', 'imageReference', 'termUse', 'termGloss'])
/** Blocks whose text is not prose to explain; headings stay plain too. */
const skipBlock = new Set(['heading', 'code', 'html', 'table', 'termCallout', 'definition', 'footnoteDefinition', 'thematicBreak', 'yaml'])
/** A dash between words: the item already explains something, so a second dash would confuse. */
const spacedDash = /\s[–—-]\s|\S[–—]\s/

/**
 * Find the glossary's terms and explain each where the plan first uses it: the use is marked (a `termUse`, shown
 * in bold) and a `termCallout` follows the sentence. Inside a list item the entry's `short` words follow the item
 * after a dash (a `termGloss`), as hand-made easy read does; a second new term in the same item, or an item that
 * already has a dash, gets its callout after the whole list instead. A term the plan explains itself (see
 * `explainedByText`) is marked but gets no second explanation. Headings are left plain. Every term found is
 * listed, with its first use and how it was explained, in `file.data.glossary`.
 */
export function glossaryTerms(options: GlossaryOptions) {
  const matcher = createMatcher(options.entries)
  return function (tree: Root, file: VFile) {
    const state: State = {matcher, options, uses: new Map(), pending: [], waiting: [], byText: explainedByText(tree, matcher), noRoom: new Map()}
    walk(tree, state, undefined)
    dropWaiting(state)
    glossUnexplained(state)
    if (options.callouts === 'end') {
      if (state.pending.length > 0) tree.children.push({type: 'heading', depth: 2, children: [{type: 'text', value: options.endHeading ?? 'Words to know'}]}, ...state.pending.splice(0))
    } else flushSection(tree, tree.children.length, state)
    file.data.glossary = [...state.uses.values()]
  }
}

interface State {
  matcher: Matcher
  options: GlossaryOptions
  uses: Map<string, GlossaryUse>
  /** Callouts waiting for the end of their section (with `callouts: 'section'`). */
  pending: TermCallout[]
  /** Entries the plan explains itself. */
  byText: ReadonlySet<string>
  /** First uses whose box waits for the next row without one (at most one box a row). */
  waiting: FirstUse[]
  /** The row before had a box: this one gets none, so boxes never follow each other. */
  boxBefore?: boolean
  /** The first use of each term whose box found no room, in case no later use explains it. */
  noRoom: Map<string, FirstUse>
}

interface FirstUse {
  entry: GlossaryEntry
  surface: string
  use: TermUse
  /** The sentence the use is in. */
  paragraph: Paragraph
}

/** Walk a parent's blocks; `afterList` collects the callouts of terms first used inside a list, for after the list. */
function walk(parent: Parent, state: State, afterList: FirstUse[] | undefined): void {
  const children = parent.children as RootContent[]
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (child.type === 'heading') {
      dropWaiting(state)
      state.boxBefore = false
      index += state.options.callouts === 'end' ? 0 : flushSection(parent, index, state)
    } else if (child.type === 'paragraph') {
      const firsts = markTerms(child, state).filter((first) => {
        if (state.byText.has(first.entry.id)) explained(state, first, 'by-text')
        else if (state.options.everyday?.(first.entry)) explained(state, first, 'everyday')
        else return true
        return false
      })
      if (parent.type === 'listItem' && afterList) {
        const glossed = spacedDash.test(toString(child)) ? undefined : firsts[0]
        if (glossed) {
          appendGloss(child, glossed)
          explained(state, glossed, 'gloss')
        }
        afterList.push(...firsts.filter((first) => first !== glossed))
      } else {
        // A sentence that leads into a list shares the list's row: a row before it with a box still counts.
        const before = state.boxBefore
        const box = oneBox(firsts, state)
        if (box.length === 0 && isLeadIn(child) && children[index + 1]?.type === 'list') state.boxBefore = before
        index += place(children, index, box.map(toCallout), state)
      }
    } else if (child.type === 'list') {
      const callouts: FirstUse[] = []
      walk(child, state, afterList ?? callouts)
      if (!afterList) index += place(children, index, oneBox(callouts, state).map(toCallout), state)
    } else if (!skipBlock.has(child.type) && 'children' in child) {
      walk(child as Parent, state, afterList)
    }
  }
}

/**
 * At most one box a row, and never a box in the row after a box: the first new term of the row gets its box, the
 * others wait for the next row, and if it has no room either they are explained at their next use. At the end of a section what still waits gets no box and
 * is not counted as explained, so a later use explains it (see `dropWaiting`). Boxes at the end of a section or of
 * the document are a list of their own: every one is kept.
 */
function oneBox(firsts: FirstUse[], state: State): FirstUse[] {
  if (state.options.callouts === 'section' || state.options.callouts === 'end') return firsts
  const carried = state.waiting.splice(0)
  const candidates = [...carried, ...firsts]
  const box = state.boxBefore || candidates.length === 0 ? [] : [candidates[0]!]
  state.boxBefore = box.length > 0
  // A term waits one row at most: a box far from its word would explain the wrong sentence.
  const rest = candidates.filter((first) => !box.includes(first))
  state.waiting.push(...rest.filter((first) => firsts.includes(first)))
  dropped(state, rest.filter((first) => carried.includes(first)))
  return box
}

/** The terms still waiting for a box: unmarked, and noted as having had no room, so that the next use of each is its first. */
function dropWaiting(state: State): void {
  dropped(state, state.waiting.splice(0))
}

function dropped(state: State, firsts: readonly FirstUse[]): void {
  for (const first of firsts) {
    first.use.first = false
    state.uses.get(first.entry.id)!.explained = 'no-room'
    if (!state.noRoom.has(first.entry.id)) state.noRoom.set(first.entry.id, first)
  }
}

/**
 * A term whose box found no room and that no later use explains (it has none, or the select stage left them out)
 * is explained in its first sentence after a dash, in the entry's short words, as a list item's term is. Not where
 * the sentence has a dash or a gloss already (two would confuse), nor for an entry without short words.
 */
function glossUnexplained(state: State): void {
  for (const [id, first] of state.noRoom) {
    const use = state.uses.get(id)!
    const dashed = spacedDash.test(toString(first.paragraph)) || first.paragraph.children.some((child) => child.type === 'termGloss')
    if (use.explained !== 'no-room' || !first.entry.short || dashed) continue
    first.use.first = true
    appendGloss(first.paragraph, first)
    use.explained = 'gloss'
    const at = first.use.position?.start
    if (at) use.first = {line: at.line, column: at.column}
  }
}

/** Put callouts after `children[index]`, or keep them for the end of the section; returns how many were put here. */
function place(children: RootContent[], index: number, callouts: TermCallout[], state: State): number {
  if (callouts.length === 0) return 0
  if (state.options.callouts === 'section' || state.options.callouts === 'end') {
    state.pending.push(...callouts)
    for (const callout of callouts) state.uses.get(callout.termId)!.explained = 'at-end'
    return 0
  }
  for (const callout of callouts) state.uses.get(callout.termId)!.explained = 'callout'
  children.splice(index + 1, 0, ...callouts)
  return callouts.length
}

/** Put the section's waiting callouts before the heading at `index`; returns how many were put. */
function flushSection(parent: Parent, index: number, state: State): number {
  if (state.pending.length === 0 || parent.type !== 'root') return 0
  const callouts = state.pending.splice(0)
  ;(parent.children as RootContent[]).splice(index, 0, ...callouts)
  return callouts.length
}

function explained(state: State, first: FirstUse, how: Explained): void {
  state.uses.get(first.entry.id)!.explained = how
}

/** Mark the terms in a paragraph's text (link text included); returns the terms used here for the first time. */
function markTerms(paragraph: Paragraph, state: State): FirstUse[] {
  const firsts: FirstUse[] = []
  const around = textAround(paragraph)
  const visitInline = (parent: {children: PhrasingContent[]}) => {
    parent.children = parent.children.flatMap((child) => {
      if (child.type === 'text') return splitText(child, paragraph, state, firsts, around.get(child))
      if (!skipInline.has(child.type) && 'children' in child) {
        visitInline(child as {children: PhrasingContent[]})
        // The plan's own bold around exactly one term ("**councillors**") is the term's bold: no bold inside bold.
        if (child.type === 'strong' && child.children.length === 1 && child.children[0]!.type === 'termUse') return [child.children[0]!]
      }
      return [child]
    })
  }
  visitInline(paragraph)
  return firsts
}

function splitText(node: Text, paragraph: Paragraph, state: State, firsts: FirstUse[], around?: Around): PhrasingContent[] {
  const matches = state.matcher.find(node.value, around)
  if (matches.length === 0) return [node]
  const result: PhrasingContent[] = []
  let last = 0
  for (const {start, end, entry} of matches) {
    const use = state.uses.get(entry.id)
    // The words as the plan has them, on one line (a wrapped plan may break a term across lines: "public⏎sector").
    const surface = node.value.slice(start, end).replace(/\s+/g, ' ')
    const position = slicePosition(node, start, end)
    // When the text was rewritten (joined lines, a simplified sentence), the node's own start is the nearest place.
    const at = position?.start ?? node.position?.start
    if (use) use.uses++
    else state.uses.set(entry.id, {termId: entry.id, term: entry.term, first: at && {line: at.line, column: at.column}, explained: 'callout', uses: 1})
    // A term whose box found no room at its first use is explained at the next.
    const first = !use || use.explained === 'no-room'
    if (use && first) {
      use.explained = 'callout'
      use.first = at && {line: at.line, column: at.column}
    }
    if (!first && !state.options.boldEveryUse) continue
    if (start > last) result.push(sliceText(node, last, start))
    const marked: TermUse = {type: 'termUse', termId: entry.id, first, children: [sliceText(node, start, end)], ...(position ? {position} : {})}
    result.push(marked)
    if (first) firsts.push({entry, surface, use: marked, paragraph})
    last = end
  }
  if (last < node.value.length) result.push(sliceText(node, last, node.value.length))
  return result
}

/** End a list item's sentence with " – short words", before its closing punctuation ("…crime – short words:"). */
function appendGloss(paragraph: Paragraph, first: FirstUse): void {
  const gloss = {type: 'termGloss' as const, termId: first.entry.id, value: first.entry.short ?? first.entry.means}
  const last = paragraph.children.at(-1)
  const closing = last?.type === 'text' ? /\s*[.:;,!?]+\s*$/.exec(last.value) : null
  if (last?.type !== 'text' || !closing) {
    paragraph.children.push(gloss)
    return
  }
  const before = sliceText(last, 0, closing.index)
  const after = sliceText(last, closing.index, last.value.length)
  after.value = after.value.trim()
  paragraph.children.splice(-1, 1, ...(before.value ? [before] : []), gloss, after)
}

function toCallout(first: FirstUse): TermCallout {
  const {entry} = first
  return {type: 'termCallout', termId: entry.id, term: first.surface, means: entry.means, ...(entry.picture ? {picture: entry.picture} : {})}
}
