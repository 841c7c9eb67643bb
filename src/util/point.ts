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

/** The position of `value.slice(start, end)` in a text node at `position`; undefined when the node has none. */
export function slicePosition(position: Position | undefined, value: string, start: number, end: number): Position | undefined {
  // Only exact when the node's value is its source text (no escapes or entities), which holds for most prose.
  if (!position || position.end.offset === undefined || position.start.offset === undefined) return undefined
  if (position.end.offset - position.start.offset !== value.length) return undefined
  const from = advance(position.start, value.slice(0, start))
  return {start: from, end: advance(from, value.slice(start, end))}
}
