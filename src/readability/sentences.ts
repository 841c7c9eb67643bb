import type {Nodes, Paragraph, Root} from 'mdast'
import type {Point} from 'unist'
import {toString} from 'mdast-util-to-string'
import {wordTokens} from '../lang/tokens.js'

/** A place in the user's file, 1-based. */
export interface Place {
  line: number
  column: number
}

/** A range of the sentence's text (offsets) with something the rules need to know about it. */
export interface Marked<Kind> {
  start: number
  end: number
  kind: Kind
}

/** A sentence of the plan: after the base layout, each paragraph outside headings and tables is one. */
export interface SentenceNode {
  node: Paragraph
  /** The words as the plan wrote them, white space collapsed, glosses and callouts left out. */
  text: string
  /** The place in the user's file of each character of `text`, where the reader gave one. */
  places: Array<Place | undefined>
  /** Where the sentence starts (1:1 when unknown). */
  line: number
  column: number
  /** The kind of block it sits in, for rules that treat list items or plan blocks differently. */
  context: 'body' | 'list' | 'plan'
  /** Glossary term uses (`termUse`), by term id. */
  terms: Array<Marked<string> & {first: boolean}>
  /** Italic or underlined text in the input. */
  emphasis: Array<Marked<'italic' | 'underline'>>
  /** The source paragraph the sentence came from: how many sentences it had and which this is (0-based). */
  paragraph: {sentences: number; index: number}
}

const notSentences = new Set(['heading', 'table', 'termCallout', 'code', 'html'])

/** Words a heading written as a paragraph may have ("Outcome", "Priority: Road safety and road crime"). */
export const headingWords = 8
/** Words a contents line may have before its leaders and page number. */
const contentsWords = 14

/**
 * Whether a paragraph is a heading or a contents line that the input did not mark (a Word export to Markdown loses
 * heading styles): a line of its own in the body, of at most 8 words, that starts with a capital or a digit and
 * ends without a sentence's punctuation; or a contents line: a title, dot leaders (or "…", or a tab) and a page
 * number ("Our priorities ........ 5"), or a page number alone. Like marked headings, these are not scored as sentences.
 */
export function isHeadingLine(node: Paragraph, sentence: SentenceNode): boolean {
  const words = wordTokens(sentence.text)
  // A contents line, whole or cut in two by the sentence splitter at its leaders: "Our priorities ....", "5".
  if (/(?:\.{4,}|(?:\.{3}|…|\t)\s*\d{1,3})\s*$/.test(toString(node)) && words.length <= contentsWords) return true
  if (sentence.context !== 'body' || sentence.paragraph.sentences !== 1) return false
  return words.length <= headingWords && /^[\p{Lu}\p{N}]/u.test(sentence.text) && !/[.!?:;,…)"”'’]$/u.test(sentence.text)
}

export function collectSentences(tree: Root): SentenceNode[] {
  const sentences: SentenceNode[] = []
  const walk = (node: Nodes, context: SentenceNode['context']) => {
    if (notSentences.has(node.type)) return
    if (node.type === 'paragraph') {
      const sentence = toSentence(node, context)
      if (/[\p{L}\p{N}]/u.test(sentence.text) && !isHeadingLine(node, sentence)) sentences.push(sentence)
      return
    }
    if ('children' in node) {
      const inner = node.type === 'listItem' ? 'list' : node.type === 'planBlock' ? 'plan' : context
      for (const child of node.children as Nodes[]) walk(child, inner)
    }
  }
  walk(tree, 'body')
  // A page number alone ends a contents line that the sentence splitter cut at its leaders ("Contact us …", "12").
  return sentences.filter((sentence, index) => {
    const next = sentences[index + 1]
    const cutAtLeaders = /(?:\.{3,}|…)$/.test(sentence.text) && next !== undefined && pageNumber.test(next.text) && next.paragraph.index === sentence.paragraph.index + 1
    return !pageNumber.test(sentence.text) && !cutAtLeaders
  })
}

const pageNumber = /^\d{1,3}$/

interface Raw {
  /** The sentence's start, for the first characters when their node has no position. */
  start: Place | undefined
  chars: string[]
  places: Array<Place | undefined>
  terms: Array<Marked<string> & {first: boolean}>
  emphasis: Array<Marked<'italic' | 'underline'>>
}

/** The paragraph's text with the source place of every character, collapsed the way a reader sees it. */
function toSentence(node: Paragraph, context: SentenceNode['context']): SentenceNode {
  // Where the sentence starts when its first text node has no position (the split records it).
  const start = node.data?.sentenceOf?.start ?? node.position?.start
  const raw: Raw = {chars: [], places: [], terms: [], emphasis: [], start: start && {line: start.line, column: start.column}}
  const underline = {open: -1}
  for (const child of node.children) gather(child, raw, underline)
  // Collapse runs of white space and trim, keeping a map from raw offsets to the collapsed text's.
  const map: number[] = []
  let text = ''
  const places: Array<Place | undefined> = []
  for (let index = 0; index < raw.chars.length; index++) {
    const char = raw.chars[index]!
    map.push(text.length)
    if (/\s/.test(char)) {
      if (text.length > 0 && !text.endsWith(' ')) {
        text += ' '
        places.push(raw.places[index])
      }
    } else {
      text += char
      places.push(raw.places[index])
    }
  }
  map.push(text.length)
  if (text.endsWith(' ')) {
    text = text.slice(0, -1)
    places.pop()
  }
  const move = <T extends {start: number; end: number}>(range: T): T => ({...range, start: Math.min(map[range.start]!, text.length), end: Math.min(map[range.end]!, text.length)})
  const paragraph = node.data?.sentenceOf ?? {sentences: 1, index: 0}
  return {
    node,
    text,
    places,
    line: places[0]?.line ?? start?.line ?? 1,
    column: places[0]?.column ?? start?.column ?? 1,
    context,
    terms: raw.terms.map(move),
    emphasis: raw.emphasis.map(move),
    paragraph: {sentences: paragraph.sentences, index: paragraph.index}
  }
}

function gather(node: Nodes, raw: Raw, underline: {open: number}): void {
  if (node.type === 'termGloss' || node.type === 'termCallout') return
  const start = raw.chars.length
  if (node.type === 'html') {
    // Markdown has no underline; Word exports and hand-written Markdown use <u>…</u>.
    if (/^<(u|ins)\b[^>]*>$/i.test(node.value)) underline.open = start
    else if (/^<\/(u|ins)>$/i.test(node.value) && underline.open >= 0) {
      raw.emphasis.push({start: underline.open, end: start, kind: 'underline'})
      underline.open = -1
    }
    return
  }
  if ('value' in node && typeof node.value === 'string') {
    pushText(node.value, node.position, raw)
  } else if (node.type === 'image') {
    pushText(node.alt ?? '', undefined, raw, node.position?.start)
  } else if (node.type === 'break') {
    // A hard line break ("will\\⏎meet", Word's Shift+Enter) parts the words either side.
    pushText(' ', undefined, raw, node.position?.start)
  } else if ('children' in node) {
    for (const child of node.children as Nodes[]) gather(child, raw, underline)
  }
  if (node.type === 'termUse') raw.terms.push({start, end: raw.chars.length, kind: node.termId, first: node.first})
  if (node.type === 'emphasis') raw.emphasis.push({start, end: raw.chars.length, kind: 'italic'})
}

/**
 * Add a node's text with the place of each character. Exact when the node's value is its source text; otherwise
 * (escapes, or lines the reader joined after trimming them) the place still follows each line break, which keeps
 * the line right, and the column right for plain prose.
 */
function pushText(value: string, position: {start: Point; end: Point} | undefined, raw: Raw, fallback?: Point): void {
  // A node without a position (a stage cut it from an inexact one) goes on from the character before it.
  const previous = raw.places.at(-1)
  const after = previous && (raw.chars.at(-1) === '\n' ? {line: previous.line + 1, column: 1} : {line: previous.line, column: previous.column + 1})
  let line = position?.start.line ?? fallback?.line ?? after?.line ?? raw.start?.line ?? 0
  let column = position?.start.column ?? fallback?.column ?? after?.column ?? raw.start?.column ?? 0
  // Code units, not code points: offsets into the text are code units too.
  for (let index = 0; index < value.length; index++) {
    const char = value[index]!
    raw.chars.push(char)
    raw.places.push(line === 0 ? undefined : {line, column})
    if (char === '\n') {
      line++
      column = 1
    } else column++
  }
}
