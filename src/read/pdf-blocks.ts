import type {Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, Text} from 'mdast'
import type {Point} from 'unist'
import type {Line} from './pdf-layout.js'
import {zipf} from '../readability/frequency.js'
import {looksLikeFileName} from '../structure/title.js'

/** A line in reading order with its page and its place in the document (`line`, counting every page's lines). */
export interface PlacedLine extends Line {
  page: number
  line: number
}

export interface BlockOptions {
  /** Outline (bookmark) titles, normalised, with their depth (1 for the top level). */
  outline: ReadonlyMap<string, number>
  /** The document's own title, from its metadata. */
  metaTitle?: string
}

const bullet = /^([•●▪■◦‣○·*]|[-–](?=\s))\s*/
const numbered = /^(\d{1,2})[.)]\s+/
const sentenceEnd = /[.!?:;]["'’”)]?$/
const noWords: ReadonlyMap<string, string> = new Map()

/**
 * Lines into mdast blocks: the first page's largest text is the title; lines larger than the body text, or bold
 * and short, are headings (levels from the outline when it names them, else from their size); bullet and number
 * lines are lists; rows of two or more cells that line up are tables; the rest are paragraphs, broken where the
 * space between lines grows, the font changes or a column ends after a full sentence.
 */
export function pdfBlocks(lines: readonly PlacedLine[], options: BlockOptions): Root {
  const body = bodySize(lines)
  const pitch = linePitch(lines)
  const offsets = new Map<PlacedLine, number>()
  let offset = 0
  for (const line of lines) {
    offsets.set(line, offset)
    offset += line.text.length + 1
  }
  const isHeadingLine = (line: PlacedLine) => line.cells.length === 1 && !bullet.test(line.text) && !numbered.test(line.text) &&
    // Bold at the body's size is a label ("Objective"), or a term in bold, not a heading.
    (options.outline.has(normalise(line.text)) || line.size >= body * 1.15 || (line.bold && line.size >= body * 1.05 && line.text.split(/\s+/).length <= 14 && !/[.,;]$/.test(line.text)))
  const titleSize = Math.max(0, ...lines.filter((line) => line.page === 1).map((line) => line.size))
  const otherSizes = lines.filter((line) => line.page > 1).map((line) => line.size)
  const hasTitle = titleSize >= body * 1.3 && otherSizes.every((size) => size < titleSize)
  const ranks = headingRanks(lines.filter(isHeadingLine).filter((line) => !(hasTitle && line.page === 1 && line.size === titleSize)))
  const children: RootContent[] = []
  let index = 0
  if (!hasTitle && options.metaTitle && !looksLikeFileName(options.metaTitle)) {
    children.push({type: 'heading', depth: 1, children: [{type: 'text', value: options.metaTitle}]})
  }
  while (index < lines.length) {
    const line = lines[index]!
    const group = [line]
    if (hasTitle && line.page === 1 && line.size === titleSize) {
      while (lines[index + 1]?.size === titleSize && lines[index + 1]!.page === 1) group.push(lines[++index]!)
      children.push({type: 'heading', depth: 1, children: texts(group, offsets), position: span(group, offsets)})
    } else if (isHeadingLine(line)) {
      while (lines[index + 1] && sameStyle(line, lines[index + 1]!) && isHeadingLine(lines[index + 1]!) && near(group.at(-1)!, lines[index + 1]!, 1.6)) group.push(lines[++index]!)
      const outlined = options.outline.get(normalise(group.map((part) => part.text).join(' ')))
      const depth = Math.min(6, outlined === undefined ? ranks.get(styleKey(line))! : outlined + 1) as Heading['depth']
      children.push({type: 'heading', depth, children: texts(group, offsets), position: span(group, offsets)})
    } else if (bullet.test(line.text) || numbered.test(line.text)) {
      const ordered = numbered.test(line.text)
      const marker = ordered ? numbered : bullet
      const items: PlacedLine[][] = [group]
      while (lines[index + 1] && near(items.at(-1)!.at(-1)!, lines[index + 1]!, 2.2) && !isHeadingLine(lines[index + 1]!)) {
        const next = lines[index + 1]!
        if (marker.test(next.text)) items.push([next])
        else if (next.x0 > line.x0 + 2 && !(ordered ? bullet : numbered).test(next.text)) items.at(-1)!.push(next)
        else break
        index++
      }
      children.push(list(items, ordered, marker, offsets))
    } else if (line.cells.length >= 2 && isTableRow(lines, index)) {
      const rows = [line]
      while (lines[index + 1] && lines[index + 1]!.cells.length >= 2 && aligned(line, lines[index + 1]!)) rows.push(lines[++index]!)
      children.push(table(rows, offsets))
    } else {
      while (lines[index + 1] && continues(group.at(-1)!, lines[index + 1]!, isHeadingLine, pitch, group.length === 1)) group.push(lines[++index]!)
      children.push({type: 'paragraph', children: texts(group, offsets), position: span(group, offsets)})
    }
    index++
  }
  return {type: 'root', children}
}

/** Text as it is compared with the outline's titles: lower case, single spaces, no closing punctuation. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/[.:]$/, '').trim()
}

/** The size of most of the text, counted in characters. */
function bodySize(lines: readonly PlacedLine[]): number {
  const counts = new Map<number, number>()
  for (const line of lines) counts.set(line.size, (counts.get(line.size) ?? 0) + line.text.length)
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10
}

const styleKey = (line: Line) => `${Math.round(line.size * 2) / 2}${line.bold ? 'b' : ''}`
const sameStyle = (a: Line, b: Line) => styleKey(a) === styleKey(b)

/** Heading styles by size, larger first, bold before regular: the largest is level 2 (the title is 1). */
function headingRanks(headings: readonly Line[]): Map<string, Heading['depth']> {
  const styles = [...new Map(headings.map((line) => [styleKey(line), line])).values()]
  styles.sort((a, b) => b.size - a.size || Number(b.bold) - Number(a.bold))
  return new Map(styles.map((line, rank) => [styleKey(line), Math.min(6, rank + 2) as Heading['depth']]))
}

/** The next line follows on the same page and column, no further below than `pitch` lines of its size. */
function near(previous: PlacedLine, line: PlacedLine, pitch: number): boolean {
  return previous.page === line.page && previous.block === line.block && previous.y - line.y > 0 && previous.y - line.y <= pitch * Math.max(previous.size, line.size)
}

/**
 * The same paragraph goes on: same size, one line below (no further than the usual space between the lines of
 * this size) and starting where the line above starts, or past a column or page end in the middle of a sentence.
 */
function continues(previous: PlacedLine, line: PlacedLine, isHeadingLine: (line: PlacedLine) => boolean, pitch: ReadonlyMap<number, number>, first: boolean): boolean {
  // A bold word in the line (a term) does not end the paragraph; another size does.
  if (isHeadingLine(line) || bullet.test(line.text) || numbered.test(line.text) || line.cells.length > 1 || previous.size !== line.size) return false
  // Across a column's or a page's end, a sentence left open goes on; below a wide gap in the same column it is a new block.
  if (previous.page !== line.page || previous.block !== line.block) {
    return !sentenceEnd.test(previous.text) && previous.bold === line.bold && (previous.page !== line.page || line.y > previous.y)
  }
  // A line that starts elsewhere starts a new block (a label beside its text, a box), but for a first line's indent.
  if (Math.abs(line.x0 - previous.x0) > line.size && !(first && line.x0 < previous.x0)) return false
  const usual = pitch.get(line.size) ?? 1.25 * line.size
  return previous.y - line.y > 0 && previous.y - line.y <= usual * 1.15 + 0.5
}

/** For each font size, the usual distance between one line's baseline and the next's in the same column. */
function linePitch(lines: readonly PlacedLine[]): Map<number, number> {
  const gaps = new Map<number, Map<number, number>>()
  lines.forEach((line, index) => {
    const previous = lines[index - 1]
    if (!previous || previous.page !== line.page || previous.block !== line.block || previous.size !== line.size) return
    const gap = Math.round((previous.y - line.y) * 2) / 2
    if (gap <= 0 || gap > 3 * line.size) return
    const counts = gaps.get(line.size) ?? new Map<number, number>()
    counts.set(gap, (counts.get(gap) ?? 0) + 1)
    gaps.set(line.size, counts)
  })
  return new Map([...gaps].map(([size, counts]) => [size, [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0]]))
}

function isTableRow(lines: readonly PlacedLine[], index: number): boolean {
  const next = lines[index + 1]
  return next !== undefined && next.cells.length >= 2 && aligned(lines[index]!, next)
}

/** Every cell of the row starts where a cell of the first row starts. */
function aligned(first: Line, row: Line): boolean {
  return row.cells.every((cell) => first.cells.some((head) => Math.abs(head.x0 - cell.x0) < 6))
}

/** The text nodes of a block: one a line, ending in a line break, or joined to the next line across a hyphen. */
function texts(lines: readonly PlacedLine[], offsets: ReadonlyMap<PlacedLine, number>, cut = 0): Text[] {
  return lines.map((line, index) => {
    const from = index === 0 ? cut : 0
    let value = line.text.slice(from)
    const next = lines[index + 1]
    if (next) value = joinsHyphen(value, next.text) ? value.slice(0, -1) : /\p{L}-$/u.test(value) && /^\p{Ll}/u.test(next.text) ? value : `${value}\n`
    const start: Point = {line: line.line, column: from + 1, offset: offsets.get(line)! + from}
    const newline = value.endsWith('\n')
    const end: Point = newline ? {line: line.line + 1, column: 1, offset: start.offset! + value.length} : {line: line.line, column: start.column + value.length, offset: start.offset! + value.length}
    return {type: 'text', value, position: {start, end}}
  })
}

/**
 * A word cut at the line's end ("neigh-" / "bourhood") is one word: joined without its hyphen when the second
 * part is no word of its own or the joined word is one ("neighbourhood"), else the hyphen stays ("multi-agency").
 */
export function joinsHyphen(line: string, next: string): boolean {
  const hyphen = /(\p{L}+)-$/u.exec(line)
  const rest = /^\p{Ll}+/u.exec(next)
  return Boolean(hyphen && rest && (zipf(rest[0], noWords) === 0 || zipf(hyphen[1]! + rest[0], noWords) > 0))
}

function span(lines: readonly PlacedLine[], offsets: ReadonlyMap<PlacedLine, number>) {
  const first = lines[0]!
  const last = lines.at(-1)!
  return {start: {line: first.line, column: 1, offset: offsets.get(first)!}, end: {line: last.line, column: last.text.length + 1, offset: offsets.get(last)! + last.text.length}}
}

function list(items: PlacedLine[][], ordered: boolean, marker: RegExp, offsets: ReadonlyMap<PlacedLine, number>): List {
  const children: ListItem[] = items.map((lines) => {
    const cut = marker.exec(lines[0]!.text)?.[0].length ?? 0
    const paragraph: Paragraph = {type: 'paragraph', children: texts(lines, offsets, cut), position: span(lines, offsets)}
    return {type: 'listItem', spread: false, children: [paragraph], position: paragraph.position}
  })
  const start = ordered ? Number(numbered.exec(items[0]![0]!.text)?.[1] ?? 1) : undefined
  return {type: 'list', ordered, start, spread: false, children, position: span(items.flat(), offsets)}
}

function table(rows: readonly PlacedLine[], offsets: ReadonlyMap<PlacedLine, number>): Table {
  const columns = rows[0]!.cells.map((cell) => cell.x0)
  return {
    type: 'table',
    align: columns.map(() => null),
    children: rows.map((row) => {
      let at = 0
      const cells: TableCell[] = columns.map((x) => {
        const cell = row.cells.find((candidate) => Math.abs(candidate.x0 - x) < 6)
        if (!cell) return {type: 'tableCell', children: []}
        const column = row.text.indexOf(cell.text, at)
        at = column + cell.text.length
        const start = {line: row.line, column: column + 1, offset: offsets.get(row)! + column}
        const value: PhrasingContent = {type: 'text', value: cell.text, position: {start, end: {line: row.line, column: start.column + cell.text.length, offset: start.offset + cell.text.length}}}
        return {type: 'tableCell', children: [value], position: value.position}
      })
      return {type: 'tableRow', children: cells, position: span([row], offsets)}
    }),
    position: span(rows, offsets)
  }
}
