import type {Paragraph, Text} from 'mdast'
import type {Point, Position} from 'unist'
import {slicePosition, sliceText} from '../util/point.js'
import {tokensMatching, type Token} from '../lang/tokens.js'

/** A paragraph made only of text: its words, and the place in the user's file of any stretch of them. */
export interface SourceText {
  text: string
  /** The place of `text.slice(start, end)`; exact (its offsets span as many characters) where the reader gave one. */
  position: (start: number, end: number) => Position | undefined
  /**
   * `text.slice(start, end)` as a text node of the source's own (`sliceText`: its place, and the plan's text of it
   * where that differs), when one node of the paragraph holds the whole stretch; else undefined.
   */
  slice: (start: number, end: number) => Text | undefined
}

/** The paragraph's text with its places, or undefined when it holds more than text (links, bold, code: left alone). */
export function sourceOf(paragraph: Paragraph): SourceText | undefined {
  if (!paragraph.children.every((child) => child.type === 'text')) return undefined
  const nodes = paragraph.children as Text[]
  const starts: number[] = []
  let text = ''
  for (const node of nodes) {
    starts.push(text.length)
    text += node.value
  }
  const pointAt = (offset: number, end: boolean): Point | undefined => {
    // At a boundary between two nodes, an end point belongs to the node before, a start point to the node after.
    let index = starts.findLastIndex((start) => (end ? start < offset : start <= offset))
    if (index === -1) index = 0
    const node = nodes[index]
    if (!node) return undefined
    const local = Math.min(Math.max(offset - starts[index]!, 0), node.value.length)
    const exact = slicePosition(node, local, local)
    // Without a place of its own (a line the reader joined on), the paragraph's place stands in.
    return exact?.start ?? (end ? node.position?.end ?? paragraph.position?.end : node.position?.start ?? paragraph.position?.start)
  }
  return {
    text,
    position(start, end) {
      const from = pointAt(start, false)
      const to = pointAt(end, true)
      return from && to ? {start: from, end: to} : undefined
    },
    slice(start, end) {
      const index = starts.findLastIndex((at) => at <= start)
      const node = nodes[index]
      if (!node || end - starts[index]! > node.value.length) return undefined
      return sliceText(node, start - starts[index]!, end - starts[index]!)
    }
  }
}

const tokenPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|\S/gu

function tokens(text: string): Token[] {
  return tokensMatching(text, tokenPattern)
}

/** The pairs of tokens (source index, output index) of a longest common subsequence, in order. */
function commonTokens(source: Token[], output: Token[]): Array<[number, number]> {
  const rows = source.length + 1
  const columns = output.length + 1
  const table = new Uint16Array(rows * columns)
  for (let i = source.length - 1; i >= 0; i--) {
    for (let j = output.length - 1; j >= 0; j--) {
      table[i * columns + j] = source[i]!.value === output[j]!.value ? table[(i + 1) * columns + j + 1]! + 1 : Math.max(table[(i + 1) * columns + j]!, table[i * columns + j + 1]!)
    }
  }
  const pairs: Array<[number, number]> = []
  let i = 0
  let j = 0
  while (i < source.length && j < output.length) {
    if (source[i]!.value === output[j]!.value) pairs.push([i++, j++])
    else if (table[(i + 1) * columns + j]! >= table[i * columns + j + 1]!) i++
    else j++
  }
  return pairs
}

/**
 * Whether the text between two matched tokens is the same on both sides, a line break of the plan written as a
 * space counting as the same (a rewritten sentence is on one line): so a term that the plan wraps ("serious
 * organised⏎crime") stays in one text node, where the glossary finds it. Of the same length only: the node keeps the
 * plan's own white space, and so every offset in it.
 */
function sameGap(source: string, output: string): boolean {
  return source === output || (source.length === output.length && /^\s+$/.test(source) && /^\s+$/.test(output))
}

/**
 * Text nodes for `output`, a rewriting of (part of) the source: the stretches the source has word for word keep their
 * exact place, so later stages point at the user's words; new words get the place of the words they stand for.
 */
export function alignedText(source: SourceText, output: string, within: [number, number] = [0, source.text.length]): Text[] {
  const from = tokens(source.text).filter((token) => token.start >= within[0] && token.end <= within[1])
  const to = tokens(output)
  const pairs = commonTokens(from, to)
  // Runs of matched tokens that are also next to each other, with the same text between them, on both sides.
  const runs: Array<{source: [number, number]; output: [number, number]}> = []
  for (const [i, j] of pairs) {
    const last = runs.at(-1)
    const sourceToken = from[i]!
    const outputToken = to[j]!
    if (last && last.source[1] <= sourceToken.start && sameGap(source.text.slice(last.source[1], sourceToken.start), output.slice(last.output[1], outputToken.start)) && from.findIndex((token) => token.start >= last.source[1]) === i && to.findIndex((token) => token.start >= last.output[1]) === j) {
      last.source[1] = sourceToken.end
      last.output[1] = outputToken.end
    } else {
      runs.push({source: [sourceToken.start, sourceToken.end], output: [outputToken.start, outputToken.end]})
    }
  }
  const nodes: Text[] = []
  let outputAt = 0
  let sourceAt = within[0]
  const push = (value: string, position: Position | undefined) => {
    if (value !== '') nodes.push(position ? {type: 'text', value, position} : {type: 'text', value})
  }
  for (const run of runs) {
    push(output.slice(outputAt, run.output[0]), source.position(sourceAt, run.source[0]))
    // The run's words as the source has them: the same words, and where a line break of the plan became a space,
    // the line break, so that each character's place (line and column) still follows the plan. A node of the
    // source's own where one holds the run: its place, and the plan's text of it, for exact places inside it.
    const own = source.slice(run.source[0], run.source[1])
    if (own?.position) nodes.push(own)
    else push(source.text.slice(run.source[0], run.source[1]), source.position(run.source[0], run.source[1]))
    outputAt = run.output[1]
    sourceAt = run.source[1]
  }
  push(output.slice(outputAt), source.position(sourceAt, Math.max(sourceAt, within[1])))
  return nodes
}

/** A paragraph of `output` with places from the source, keeping the source paragraph's data. */
export function alignedParagraph(source: SourceText, output: string, data: Paragraph['data'], within?: [number, number]): Paragraph {
  const children = alignedText(source, output, within)
  const first = children[0]?.position
  const last = children.at(-1)?.position
  return {type: 'paragraph', children, ...(first && last ? {position: {start: first.start, end: last.end}} : {}), ...(data ? {data} : {})}
}
