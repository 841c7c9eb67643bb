import type {Text} from 'mdast'
import type {Point, Position} from 'unist'

/** The point reached after `text`, starting at `point`: columns reset after each line break. */
export function advance(point: Point, text: string): Point {
  const lastBreak = text.lastIndexOf('\n')
  const breaks = lastBreak === -1 ? 0 : text.split('\n').length - 1
  return {
    line: point.line + breaks,
    column: lastBreak === -1 ? point.column + text.length : text.length - lastBreak,
    offset: point.offset === undefined ? undefined : point.offset + text.length
  }
}

/** A text node as a reader made it: its value, its place, and (`data.source`) the plan's text of that place where the two differ. */
type PlacedText = Pick<Text, 'value' | 'position' | 'data'>

/** White space a reader leaves out of a text node's value: before and after a line break, and a line's carriage return. */
const leftOut = /[ \t\r]/

/** A character reference as Markdown decodes it ("&amp;", "&#8217;", "&#x2019;"). */
const characterReference = /^&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/

/** ASCII punctuation, which a backslash escapes in Markdown ("\\*" is "*"). */
const escapable = /^[!-/:-@[-`{-~]$/

/**
 * Where the value's stretch [start, end) stands in `source`, the plan's text of the node, when the two differ only in
 * what a reader writes otherwise: white space left out (Markdown drops the spaces around a line break inside a
 * paragraph, and a list item's indent on its next lines), a backslash escape ("\\*" for "*") and a character
 * reference ("&amp;" for "&", taken as one character: a reference that stands for more fails the match). The
 * stretch starts at its first character and ends after its last. Undefined when they differ otherwise.
 */
function sourceOffsets(value: string, source: string, start: number, end: number): [number, number] | undefined {
  let from: number | undefined
  let at = 0
  let inSource = 0
  for (;;) {
    // The stretch starts at its first character, past the white space left out before it.
    if (from === undefined && at === start && (at === value.length || value[at] === source[inSource] || source[inSource] === '\\' || source[inSource] === '&')) from = inSource
    if (from !== undefined && at === end) return [from, inSource]
    if (at === value.length) return undefined
    const reference = source[inSource] === '&' ? characterReference.exec(source.slice(inSource, inSource + 40))?.[0] : undefined
    if (reference !== undefined && !value.startsWith(reference, at)) {
      at += value.codePointAt(at)! > 0xffff ? 2 : 1
      inSource += reference.length
    } else if (value[at] === source[inSource]) {
      at++
      inSource++
    } else if (source[inSource] === '\\' && source[inSource + 1] === value[at] && escapable.test(value[at]!)) inSource++
    else if (inSource < source.length && leftOut.test(source[inSource]!)) inSource++
    else return undefined
  }
}

/** The place of a slice of a text node, and the plan's text of it where that differs from the slice. */
function placeOfSlice(node: PlacedText, start: number, end: number): {position: Position; source?: string} | undefined {
  const {position, value} = node
  if (!position || position.end.offset === undefined || position.start.offset === undefined || start > end) return undefined
  if (position.end.offset - position.start.offset === value.length) {
    const from = advance(position.start, value.slice(0, start))
    return {position: {start: from, end: advance(from, value.slice(start, end))}}
  }
  const source = node.data?.source
  const offsets = source === undefined ? undefined : sourceOffsets(value, source, start, end)
  if (!offsets) return undefined
  const from = advance(position.start, source!.slice(0, offsets[0]))
  const slice = source!.slice(offsets[0], offsets[1])
  return {position: {start: from, end: advance(from, slice)}, ...(slice.length === end - start ? {} : {source: slice})}
}

/**
 * The place of `value.slice(start, end)` in a text node; undefined when the node has none, or when its value is not
 * its source text and the reader kept no `data.source` to tell them apart.
 */
export function slicePosition(node: PlacedText, start: number, end: number): Position | undefined {
  return placeOfSlice(node, start, end)?.position
}

/** A text node of `value.slice(start, end)`, with its place and, where the value differs from it, its source text. */
export function sliceText(node: PlacedText, start: number, end: number): Text {
  const place = placeOfSlice(node, start, end)
  return {
    type: 'text',
    value: node.value.slice(start, end),
    ...(place ? {position: place.position} : {}),
    ...(place?.source !== undefined ? {data: {source: place.source}} : {})
  }
}

/**
 * Keep on each text node whose value is not its source text the plan's text of its place (`data.source`), so that
 * a slice of it still has its exact place (see `slicePosition`): `text` is the file the tree was parsed from.
 */
export function keepSourceText(tree: {children?: unknown[]}, text: string): void {
  const walk = (node: {type?: string; value?: unknown; position?: Position; data?: Record<string, unknown>; children?: unknown[]}) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (node.type === 'text' && typeof node.value === 'string' && start !== undefined && end !== undefined && end - start !== node.value.length) {
      node.data = {...node.data, source: text.slice(start, end)}
    }
    for (const child of node.children ?? []) walk(child as typeof node)
  }
  walk(tree)
}
