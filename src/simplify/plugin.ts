import type {List, ListItem, Paragraph, Parent, Root, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import type {Position} from 'unist'
import {toString} from 'mdast-util-to-string'
import type {GlossaryEntry} from '../glossary/types.js'
import {createMatcher} from '../glossary/match.js'
import type {PlanBlock, PlanBlockKind} from '../types.js'
import type {Change, SimplifyData, SimplifyRule, SplitWording} from './types.js'
import {shippedSimplifyData} from './load.js'
import {applyEdits, quotations} from './edits.js'
import {createPlainWords} from './plain-words.js'
import {createAcronyms} from './acronyms.js'
import {planCodeSentence} from './plan-codes.js'
import {blockSentence} from './plan-blocks.js'
import {chooseSections} from './sections.js'
import {listLayout, type ListLayout} from './lists.js'
import {wordCount} from './clauses.js'
import {verbListLayout} from './verb-lists.js'
import {gerundListLayout, seriesListLayout} from './series-lists.js'
import {splitSentence} from './split.js'
import {alignedParagraph, sourceOf, type SourceText} from './text.js'
import {isDraft, restoreDraft} from './draft-marks.js'
import {createVoice, planVoice} from './voice.js'

export interface SimplifyOptions {
  /** Simplify at all. Default: true (`--no-simplify` turns it off). A draft (see draft-marks.ts) is never simplified. */
  readonly enabled?: boolean
  /** Glossary entries: a plain word is never put inside a term of several words. Default: none. */
  readonly glossary?: readonly GlossaryEntry[]
  /** Headings of sections to leave out (e.g. the forewords). Default: none. */
  readonly leaveOut?: readonly string[]
  /** Headings of the only sections to keep. Default: all. */
  readonly keepOnly?: readonly string[]
  /** Plain headings for plan blocks, over the shipped glossary/simplify-headings.yml. Default: none. */
  readonly blockHeadings?: Partial<Record<PlanBlockKind, string>>
  /** Names of the body that wrote the plan, written as "we". Default: the name its performance measures ask about (voice.ts). */
  readonly we?: readonly string[]
  /** The rules' data. Default: the shipped files in glossary/. */
  readonly data?: SimplifyData
}

/** Containers whose sentences are simplified (as the sentence stage splits them). */
const inside = new Set(['root', 'planBlock', 'list', 'listItem', 'blockquote'])

/**
 * A sentence of more words than this is left as it is, with an info message: the split rule tries its cuts within
 * cuts, which grows much faster than the words, and no plan's sentence comes near (the seed plan's longest has 72).
 */
export const maxSimplifyWords = 150

interface State {
  file: VFile
  data: SimplifyData
  changes: Change[]
  findWords: ReturnType<typeof createPlainWords>
  findAcronyms: ReturnType<typeof createAcronyms>
  terms: ReturnType<typeof createMatcher>
  /** The voice rule, for the plan's own body's names. */
  inOurVoice: (sentence: string) => string
}

/**
 * The simplify stage: the first pass of rewriting an accessibility officer does by hand, in rule families (sections,
 * plan blocks, plan codes, acronyms, plain words, lists, split), each change recorded in `file.data.changes` with
 * its rule, the words before and after, and their place in the user's file. Runs on one sentence a paragraph.
 */
export function simplify(options: SimplifyOptions = {}) {
  const data = options.data ?? shippedSimplifyData()
  const blocks = Object.fromEntries(Object.entries(data.blocks).map(([kind, wording]) => [kind, {...wording, heading: options.blockHeadings?.[kind as PlanBlockKind] ?? wording.heading}]))
  const wording = {...data, blocks} as SimplifyData
  return function (tree: Root, file: VFile) {
    if (isDraft(tree)) {
      restoreDraft(tree)
      file.info('A draft made by easyread draft: built as the writer left it, not simplified again', {ruleId: 'draft', source: 'easyread'})
      return
    }
    if (options.enabled === false) return
    const state: State = {
      file,
      data: wording,
      changes: [],
      findWords: createPlainWords(wording.plainWords),
      findAcronyms: createAcronyms(wording.acronyms, new Set()),
      terms: createMatcher((options.glossary ?? []).filter((entry) => /[\s-]/.test(entry.term))),
      inOurVoice: createVoice(options.we ?? planVoice(tree, wording.voice.seen), wording.voice)
    }
    for (const {heading, nodes} of chooseSections(tree, {leaveOut: options.leaveOut ?? [], keepOnly: options.keepOnly ?? []})) {
      const words = [heading, ...nodes].map((node) => toString(node)).join('\n')
      record(state, 'sections', words, '', {start: heading.position!.start, end: (nodes.at(-1) ?? heading).position!.end})
    }
    walk(tree, state, undefined)
    file.data.changes = state.changes
  }
}

function walk(parent: Parent, state: State, block: PlanBlock | undefined): void {
  if (!inside.has(parent.type)) return
  if (parent.type === 'planBlock') {
    const node = parent as PlanBlock
    const heading = state.data.blocks[node.kind].heading
    if (node.label !== heading) {
      record(state, 'plan-blocks', node.label, heading, node.position)
      node.label = heading
    }
  }
  const children = parent.children as RootContent[]
  parent.children = children.flatMap((child, index): RootContent[] => {
    if (child.type === 'paragraph') return simplifyParagraph(child, state, parent, parent.type === 'planBlock' ? (parent as PlanBlock) : block, index)
    if ('children' in child) walk(child as Parent, state, child.type === 'planBlock' ? (child as PlanBlock) : block)
    return [child]
  }) as Parent['children']
}

function simplifyParagraph(paragraph: Paragraph, state: State, parent: Parent, block: PlanBlock | undefined, index: number): RootContent[] {
  const source = sourceOf(paragraph)
  if (!source || !/\p{L}/u.test(source.text)) return [paragraph]
  const text = source.text
  const words = wordCount(text)
  if (words > maxSimplifyWords) {
    state.file.info(`A sentence of ${words} words: easyread simplifies sentences of up to ${maxSimplifyWords} words, so this one is left as it is. Break it into shorter sentences`, {place: paragraph.position, ruleId: 'simplify-too-long', source: 'easyread'})
    return [paragraph]
  }
  // Word rules first, on the words as the plan wrote them, so that each change has its exact place.
  const protectedRanges = [...quotations(text), ...state.terms.find(text).map((match) => [match.start, match.end] as [number, number])]
  const {text: worded, applied} = applyEdits(text, [...state.findAcronyms(text, protectedRanges), ...state.findWords(text, protectedRanges)])
  for (const edit of applied) record(state, edit.rule, text.slice(edit.start, edit.end), edit.after, source.position(edit.start, edit.end))
  // A paragraph the reader joined from several lines is one sentence: once rewritten, on one line.
  let sentence = worded === text ? worded : worded.replace(/\s*\n\s*/g, ' ')
  const whole = source.position(0, text.length)
  if (block?.kind === 'update') {
    const plain = planCodeSentence(sentence, state.data.planCodes)
    if (plain) {
      record(state, 'plan-codes', sentence, plain, whole)
      sentence = plain
    }
  }
  if ((block?.kind === 'objective' || block?.kind === 'activity') && parent === block && index === 0) {
    const plain = blockSentence(sentence.replace(/\s*\n\s*/g, ' '), state.data.blocks[block.kind])
    if (plain) {
      record(state, 'plan-blocks', sentence, plain, whole)
      sentence = plain
    }
  }
  const voiced = state.inOurVoice(sentence)
  if (voiced !== sentence) {
    record(state, 'voice', sentence, voiced, whole)
    sentence = voiced
  }
  // The items of a block's list, and the milestones written as a paragraph, are orders ("Design a plan …"), even where
  // the tagger misses the verb; the block's lead ("We will") gives the pieces of a cut order their subject.
  const orders = block !== undefined && (parent.type === 'listItem' || block.kind === 'milestones')
  const orderLead = orders ? state.data.blocks[block.kind].lead : undefined
  const layout = parent.type === 'listItem' ? undefined : listLayout(sentence) ?? seriesLayout(sentence, state.data.splits)
  // A list with an item still too long is left to the split rule when it can cut the sentence: a long piece may then
  // be laid out as a list of its own, below.
  const tooLong = layout?.items.some((item) => wordCount(item) > state.data.splits.above) === true
  const unlisted = tooLong ? splitSentence(sentence, state.data.splits, orderLead) : undefined
  const list = unlisted && unlisted.sentences.length > 1 ? undefined : layout
  const split = list ? splitSentence(list.lead, state.data.splits, orderLead) : unlisted ?? splitSentence(sentence, state.data.splits, orderLead)
  if (list) record(state, 'lists', sentence, listText(list), whole)
  for (const cut of split.cuts) record(state, 'split', cut.before, cut.after.join(' '), whole)
  if (sentence === text && !list && split.sentences.length === 1) return [paragraph]
  const nodes: RootContent[] = split.sentences.flatMap((line): RootContent[] => {
    // A piece of a cut that is still long may be a series of things we will do: laid out as a list too.
    const pieceList = split.sentences.length > 1 && parent.type !== 'listItem' && wordCount(line) > state.data.splits.above ? seriesLayout(line, state.data.splits) : undefined
    if (!pieceList) return [alignedParagraph(source, line, paragraph.data)]
    record(state, 'lists', line, listText(pieceList), whole)
    return [alignedParagraph(source, pieceList.lead, paragraph.data), bulleted(source, pieceList.items)]
  })
  if (list) nodes.push(bulleted(source, list.items))
  return nodes
}

/** The series a sentence (or a long piece of a cut) may end in, as a list: things to do, things, or "-ing" doings. */
function seriesLayout(text: string, wording: SplitWording): ListLayout | undefined {
  return verbListLayout(text, wording) ?? seriesListLayout(text, wording) ?? gerundListLayout(text, wording)
}

/** A list as the audit trail shows it: the lead-in line, then "- item" lines. */
function listText(list: ListLayout): string {
  return [list.lead, ...list.items.map((item) => `- ${item}`)].join('\n')
}

function bulleted(source: SourceText, items: readonly string[]): List {
  const children: ListItem[] = items.map((item) => ({type: 'listItem', spread: false, children: [alignedParagraph(source, item, undefined)]}))
  return {type: 'list', ordered: false, spread: false, children}
}

function record(state: State, rule: SimplifyRule, before: string, after: string, position: Position | undefined): void {
  state.changes.push({
    rule,
    before,
    after,
    ...(position ? {line: position.start.line, column: position.start.column, endLine: position.end.line, endColumn: position.end.column} : {})
  })
}
