import type {List, ListItem, Paragraph, Parent, Root, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import {toString} from 'mdast-util-to-string'
import {SKIP, visit} from 'unist-util-visit'
import type {GlossaryEntry} from '../glossary/types.js'
import {createMatcher} from '../glossary/match.js'
import type {PlanBlock, PlanBlockKind} from '../types.js'
import type {RuleId, SimplifyData, SplitWording} from './types.js'
import {shippedSimplifyData} from './load.js'
import {applyEdits, keepCase, overlaps, quotations, type Edit} from './edits.js'
import {createPlainWords, labelWords} from './plain-words.js'
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
import {createEngine, offer, type Engine, type RuleSwitches} from './engine.js'
import {findWholeWords} from '../util/regex.js'

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
  /** Rules turned off by id (`{'tail-including': 'off'}`; see rules/index.ts). Default: all on. */
  readonly rules?: RuleSwitches
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
  engine: Engine
  findWords: ReturnType<typeof createPlainWords>
  findAcronyms: ReturnType<typeof createAcronyms>
  terms: ReturnType<typeof createMatcher>
  /** The voice rule, for the plan's own body's names. */
  inOurVoice: (sentence: string) => string
  /** The split of a sentence with every cut, sure or not, by order lead and text: each is looked for twice. */
  offerable: Map<string, ReturnType<typeof splitSentence>>
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
      engine: createEngine(options.rules),
      findWords: createPlainWords(wording.plainWords, labelWords(blockLines(tree))),
      findAcronyms: createAcronyms(wording.acronyms, new Set()),
      terms: createMatcher((options.glossary ?? []).filter((entry) => /[\s-]/.test(entry.term))),
      inOurVoice: createVoice(options.we ?? planVoice(tree, wording.voice.seen), wording.voice),
      offerable: new Map()
    }
    for (const {heading, nodes} of state.engine.on('section-left-out') ? chooseSections(tree, {leaveOut: options.leaveOut ?? [], keepOnly: options.keepOnly ?? []}) : []) {
      const words = [heading, ...nodes].map((node) => toString(node)).join('\n')
      state.engine.record('section-left-out', words, '', {start: heading.position!.start, end: (nodes.at(-1) ?? heading).position!.end})
    }
    walk(tree, state, undefined)
    file.data.changes = state.engine.changes
  }
}

function walk(parent: Parent, state: State, block: PlanBlock | undefined): void {
  if (!inside.has(parent.type)) return
  if (parent.type === 'planBlock') {
    const node = parent as PlanBlock
    const heading = state.data.blocks[node.kind].heading
    if (node.label !== heading && state.engine.on('block-heading')) {
      state.engine.record('block-heading', node.label, heading, node.position)
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
  const {engine} = state
  // Word rules first, on the words as the plan wrote them, so that each change has its exact place.
  const protectedRanges = [...quotations(text), ...state.terms.find(text).map((match) => [match.start, match.end] as [number, number])]
  const edits = [...(engine.on('acronym') ? state.findAcronyms(text, protectedRanges) : []), ...(engine.on('plain-word') ? state.findWords(text, protectedRanges) : [])]
  const {text: worded, applied} = applyEdits(text, edits.filter((edit) => engine.sure(edit.confidence ?? 1)))
  for (const edit of applied) engine.record(edit.rule, text.slice(edit.start, edit.end), edit.after, source.position(edit.start, edit.end), edit.confidence)
  const wordOffers = edits.filter((edit) => !engine.sure(edit.confidence ?? 1) && !overlaps(edit.start, edit.end, applied.map((kept) => [kept.start, kept.end])))
  // A paragraph on several lines is one sentence, read on one line; left unchanged, it keeps its lines.
  const oneLine = onOneLine(text)
  let sentence = onOneLine(worded)
  const whole = source.position(0, text.length)
  if (block?.kind === 'update' && engine.on('plan-code')) {
    const plain = planCodeSentence(sentence, state.data.planCodes)
    if (plain) {
      engine.record('plan-code', sentence, plain, whole)
      sentence = plain
    }
  }
  if ((block?.kind === 'objective' || block?.kind === 'activity') && parent === block && index === 0 && engine.on('block-order')) {
    const plain = blockSentence(sentence, state.data.blocks[block.kind])
    if (plain) {
      engine.record('block-order', sentence, plain, whole)
      sentence = plain
    }
  }
  const voiced = state.inOurVoice(sentence)
  // "How effective is X at …?" → "How well do we …?" is the question rule; the name as subject or owner, the "we" rule.
  const voiceRule = /^How\b/.test(sentence) && /^How\b/.test(voiced) ? 'voice-question' : 'voice-we'
  if (voiced !== sentence && engine.on(voiceRule)) {
    engine.record(voiceRule, sentence, voiced, whole)
    sentence = voiced
  }
  // The items of a block's list, and the milestones written as a paragraph, are orders ("Design a plan …"), even where
  // the tagger misses the verb; the block's lead ("We will") gives the pieces of a cut order their subject.
  const orders = block !== undefined && (parent.type === 'listItem' || block.kind === 'milestones')
  const orderLead = orders ? state.data.blocks[block.kind].lead : undefined
  const rules = engine.splitRules
  const layout = parent.type === 'listItem' ? undefined : marked(sentence, engine) ?? seriesLayout(sentence, state.data.splits, engine)
  // A list with an item still too long is left to the split rule when it can cut the sentence: a long piece may then
  // be laid out as a list of its own, below.
  const tooLong = layout?.items.some((item) => wordCount(item) > state.data.splits.above) === true
  const unlisted = tooLong ? splitSentence(sentence, state.data.splits, orderLead, rules) : undefined
  const list = unlisted && unlisted.sentences.length > 1 ? undefined : layout
  const split = list ? splitSentence(list.lead, state.data.splits, orderLead, rules) : unlisted ?? splitSentence(sentence, state.data.splits, orderLead, rules)
  if (list) engine.record(list.rule, sentence, listText(list), whole)
  for (const cut of split.cuts) engine.record(cut.rule, cut.before, cut.after.join(' '), whole, cut.confidence)
  if (sentence === oneLine && !list && split.sentences.length === 1 && wordOffers.length === 0 && !offersSplit(sentence, state, orderLead, parent)) return [paragraph]
  const lines: Paragraph[] = []
  const nodes: RootContent[] = split.sentences.flatMap((line): RootContent[] => {
    // A piece of a cut that is still long may be a series of things we will do: laid out as a list too.
    const pieceList = split.sentences.length > 1 && parent.type !== 'listItem' && wordCount(line) > state.data.splits.above ? seriesLayout(line, state.data.splits, engine) : undefined
    if (!pieceList) {
      const node = alignedParagraph(source, line, paragraph.data)
      lines.push(node)
      return [node]
    }
    engine.record(pieceList.rule, line, listText(pieceList), whole)
    const lead = alignedParagraph(source, pieceList.lead, paragraph.data)
    lines.push(lead)
    return [lead, bulleted(source, pieceList.items)]
  })
  if (list) nodes.push(bulleted(source, list.items))
  for (const node of lines) offerSplit(node, state, orderLead, parent, whole)
  for (const edit of wordOffers) offerWord(edit, text, lines, state, source.position(edit.start, edit.end))
  return nodes
}

/** The split of `sentence` that cuts which are not sure would make (undefined when none would, or in a list's item). */
function offerable(sentence: string, state: State, orderLead: string | undefined, parent: Parent): ReturnType<typeof splitSentence> | undefined {
  if (parent.type === 'listItem' || wordCount(sentence) <= state.data.splits.above) return undefined
  const key = `${orderLead ?? ''}\u0000${sentence}`
  let split = state.offerable.get(key)
  if (!split) {
    split = splitSentence(sentence, state.data.splits, orderLead, state.engine.splitRules, 0)
    state.offerable.set(key, split)
  }
  return split.sentences.length > 1 ? split : undefined
}

/** Whether a cut that is not sure could still split `sentence` (then the paragraph is rebuilt to hold the offer). */
function offersSplit(sentence: string, state: State, orderLead: string | undefined, parent: Parent): boolean {
  return offerable(sentence, state, orderLead, parent) !== undefined
}

/**
 * A sentence still too long after the sure cuts, that cuts which are not sure would split: the split is offered under
 * it, under the rule of its least sure cut. Items of a list are left as they are, as the made cuts leave them.
 */
function offerSplit(node: Paragraph, state: State, orderLead: string | undefined, parent: Parent, whole: ReturnType<SourceText['position']>): void {
  const line = onOneLine(toString(node))
  const split = offerable(line, state, orderLead, parent)
  if (!split) return
  const least = split.cuts.reduce((low, cut) => (cut.confidence < low.confidence ? cut : low))
  if (state.engine.sure(least.confidence)) return
  const after = split.sentences.join(' ')
  state.engine.record(least.rule, line, after, whole, least.confidence, 'offered')
  offer(node, {rule: least.rule, text: after})
}

/** A word swap that is not sure, offered under the sentence that holds the words, as that sentence with the swap made. */
function offerWord(edit: Edit, text: string, lines: readonly Paragraph[], state: State, position: ReturnType<SourceText['position']>): void {
  const words = onOneLine(text.slice(edit.start, edit.end))
  for (const node of lines) {
    const line = onOneLine(toString(node))
    const found = findWholeWords(line, words)
    if (!found) continue
    const after = line.slice(0, found.index) + (found.text === words ? edit.after : keepCase(found.text, edit.after)) + line.slice(found.index + found.text.length)
    state.engine.record(edit.rule, line, after, position, edit.confidence, 'offered')
    offer(node, {rule: edit.rule, text: after})
    return
  }
}

/**
 * A text on one line, as the rules read every sentence: a paragraph the plan wrapped, or the lines a reader joined,
 * read as the same paragraph unwrapped (the nodes keep the plan's line breaks in the words they keep, for their places).
 */
function onOneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ')
}

/** A series after "such as", "including", a colon or a semicolon, laid out as a list (the list-marked rule). */
function marked(text: string, engine: Engine): RuledList | undefined {
  const layout = engine.on('list-marked') ? listLayout(text) : undefined
  return layout ? {...layout, rule: 'list-marked'} : undefined
}

/** A list layout and the rule that made it. */
interface RuledList extends ListLayout {
  rule: RuleId
}

/** The series a sentence (or a long piece of a cut) may end in, as a list: things to do, things, or "-ing" doings. */
function seriesLayout(text: string, wording: SplitWording, engine: Engine): RuledList | undefined {
  const layouts = [['list-verbs', verbListLayout], ['list-series', seriesListLayout], ['list-gerunds', gerundListLayout]] as const
  for (const [id, layout] of layouts) {
    const found = engine.on(id) ? layout(text, wording) : undefined
    if (found) return {...found, rule: id}
  }
  return undefined
}

/** A list as the audit trail shows it: the lead-in line, then "- item" lines. */
function listText(list: ListLayout): string {
  return [list.lead, ...list.items.map((item) => `- ${item}`)].join('\n')
}

function bulleted(source: SourceText, items: readonly string[]): List {
  const children: ListItem[] = items.map((item) => ({type: 'listItem', spread: false, children: [alignedParagraph(source, item, undefined)]}))
  return {type: 'list', ordered: false, spread: false, children}
}

/** The plan's headings and paragraphs, one a line: where its labels ("Objective A:") stand at a line's start. */
function blockLines(tree: Root): string {
  const lines: string[] = []
  visit(tree, ['paragraph', 'heading'], (node) => {
    lines.push(toString(node))
    return SKIP
  })
  return lines.join('\n')
}
