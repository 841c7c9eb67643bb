import type {Paragraph, Parent, PhrasingContent, Root, RootContent, Text} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {sentenceRanges} from '../util/sentences.js'
import {advance, sliceText} from '../util/point.js'

/** Containers whose paragraphs are split; tables and headings keep their text whole. */
const splitInside = new Set(['root', 'planBlock', 'list', 'listItem', 'blockquote'])

/**
 * The easy-read base layout: one sentence a line. Each paragraph with several sentences becomes one paragraph
 * per sentence, splitting its inline content at the sentence boundaries; links and bold text are never cut.
 */
export function oneSentencePerLine() {
  return function (tree: Root) {
    splitParagraphs(tree)
  }
}

function splitParagraphs(parent: Parent): void {
  if (!splitInside.has(parent.type)) return
  parent.children = (parent.children as RootContent[]).flatMap((child): RootContent[] => {
    if (child.type === 'paragraph') return splitParagraph(child)
    if ('children' in child) splitParagraphs(child as Parent)
    return [child]
  }) as Parent['children']
}

export function splitParagraph(paragraph: Paragraph): Paragraph[] {
  const text = paragraph.children.map((child) => toString(child)).join('')
  const ranges = sentenceRanges(text)
  if (ranges.length < 2) return [paragraph]
  const cuts = ranges.slice(1).map(([start]) => start)
  const groups: PhrasingContent[][] = [[]]
  let offset = 0
  for (const child of paragraph.children) {
    const length = toString(child).length
    const childEnd = offset + length
    if (child.type === 'text') {
      let from = 0
      for (const cut of cuts) {
        if (cut > offset + from && cut < childEnd) {
          pushText(groups.at(-1)!, child, from, cut - offset)
          groups.push([])
          from = cut - offset
        }
      }
      pushText(groups.at(-1)!, child, from, length)
    } else {
      groups.at(-1)!.push(child)
    }
    offset = childEnd
    if (cuts.includes(offset) && groups.at(-1)!.length > 0) groups.push([])
  }
  // Where each sentence starts, for readers whose text nodes are not their source text (their cut pieces get no
  // position): the paragraph's start, advanced through the text before the sentence.
  const starts = groups.map((_, index) => {
    const from = index === 0 ? 0 : cuts[index - 1]!
    const lead = text.slice(from).length - text.slice(from).trimStart().length
    return paragraph.position && advance(paragraph.position.start, text.slice(0, from + lead))
  })
  const sentences = groups.map((children, index) => ({children: trimEdges(children), start: starts[index]})).filter(({children}) => children.length > 0)
  return sentences.map(({children, start}, index) => ({
    type: 'paragraph',
    children,
    position: children[0]?.position && children.at(-1)?.position
      ? {start: children[0].position.start, end: children.at(-1)!.position!.end}
      : undefined,
    // Which source paragraph the sentence came from, for the paragraph-length rule.
    data: {...paragraph.data, sentenceOf: {sentences: sentences.length, index, ...(start ? {start: {line: start.line, column: start.column}} : {})}}
  }))
}

function pushText(group: PhrasingContent[], node: Text, start: number, end: number): void {
  if (start >= end) return
  group.push(sliceText(node, start, end))
}

/** Drop the white space left at a sentence's edges by the cut, keeping positions true. */
function trimEdges(children: PhrasingContent[]): PhrasingContent[] {
  const first = children[0]
  if (first?.type === 'text') {
    const lead = first.value.length - first.value.trimStart().length
    if (lead > 0) {
      children[0] = sliceText(first, lead, first.value.length)
    }
  }
  const last = children.at(-1)
  if (last?.type === 'text') {
    const kept = last.value.trimEnd().length
    if (kept < last.value.length) {
      children[children.length - 1] = sliceText(last, 0, kept)
    }
  }
  return children.filter((child) => child.type !== 'text' || child.value !== '')
}
