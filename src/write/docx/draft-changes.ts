import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {Change} from '../../simplify/types.js'
import {lineText, type DraftLine} from './draft-lines.js'

/**
 * A change record as the simplify stage writes it; `status`, `family` and `confidence` are read as optional, so
 * that records without them (made changes, the rule family in `rule`) read the same. Absent status = made.
 */
export type ChangeRecord = Change & {status?: 'made' | 'offered'; family?: string; confidence?: number}

/** A sentence the select stage left out (`file.data.leftOut`), read as optional. */
export interface LeftOutRecord {
  role: string
  reason: string
  text: string
  line?: number
  column?: number
  endLine?: number
  endColumn?: number
}

/** The tracked changes of the draft: what each line shows, and the words removed between lines. */
export interface DraftChanges {
  /** By the index of a group's first line: the lines of the group, the user's words they replace, the changes made. */
  groups: Map<number, {lines: number[]; original: string; changes: ChangeRecord[]}>
  /** By the index of a plan block's heading line: the label it had in the plan. */
  labels: Map<number, ChangeRecord>
  /** Removed words (a section left out, a sentence the select stage left out), before the line of this index. */
  removals: Array<{before: number; paragraphs: string[]; note: string}>
  /** Suggestions a rule offered and did not make, on the line of this index. */
  offers: Array<{line: number; change: ChangeRecord}>
  /** Made changes no line of the draft shows (no place in the user's file): reported, not tracked. */
  unplaced: ChangeRecord[]
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim()

/**
 * Tie each recorded change to the lines of the draft that show its words, by their places in the user's file: the
 * lines a change (or a chain of changes on one sentence) touches form one group, whose words replace the plan's
 * words of that stretch. A plan block's new heading replaces its label; a section or sentence left out is removed
 * where it stood; an offered change is a suggestion on its line.
 */
export function placeChanges(lines: readonly DraftLine[], file: VFile): DraftChanges {
  const place = location(file)
  const source = String(file.value)
  const rangeOf = (record: {line?: number; column?: number; endLine?: number; endColumn?: number}): [number, number] | undefined => {
    if (record.line === undefined || record.column === undefined || record.endLine === undefined || record.endColumn === undefined) return undefined
    const start = place.toOffset({line: record.line, column: record.column})
    const end = place.toOffset({line: record.endLine, column: record.endColumn})
    return start === undefined || end === undefined ? undefined : [start, end]
  }
  const result: DraftChanges = {groups: new Map(), labels: new Map(), removals: [], offers: [], unplaced: []}
  const overlapping = (range: [number, number]) => lines.flatMap((line, index) => (line.kind !== 'block' && line.range && line.range[0] < range[1] && line.range[1] > range[0] ? [index] : []))
  const lineBefore = (offset: number) => {
    const index = lines.findIndex((line) => line.range !== undefined && line.range[0] >= offset)
    return index === -1 ? lines.length : index
  }
  // Union of lines through the changes they share.
  const owner = lines.map((_, index) => index)
  const find = (index: number): number => (owner[index] === index ? index : (owner[index] = find(owner[index]!)))
  const changesOf = new Map<number, ChangeRecord[]>()
  const pending: Array<{change: ChangeRecord; lines: number[]}> = []
  // A sentence left out whose stretch of the plan no draft line shows: its deletion is of the plan's own words
  // (so rejecting it gives them back), and the changes made inside it are in that deletion.
  const leftOut = ((file.data as {leftOut?: LeftOutRecord[]}).leftOut ?? []).map((left) => ({left, range: rangeOf(left)}))
  const whole = leftOut.flatMap(({range}) => (range && overlapping(range).length === 0 ? [range] : []))
  const inWhole = (range: [number, number]) => whole.some((outer) => outer[0] <= range[0] && range[1] <= outer[1])
  for (const change of (file.data.changes ?? []) as ChangeRecord[]) {
    const range = rangeOf(change)
    if (change.status !== 'offered' && range && inWhole(range)) continue
    if (change.status === 'offered') {
      const on = range ? overlapping(range) : []
      if (on.length > 0) result.offers.push({line: on[0]!, change})
      continue
    }
    const family = change.family ?? change.rule
    const label = family === 'plan-blocks' && range ? lines.findIndex((line) => line.kind === 'block' && line.range?.[0] === range[0] && lineText(line) === change.after) : -1
    if (label !== -1 && !result.labels.has(label)) {
      result.labels.set(label, change)
      continue
    }
    if (change.after === '' && range) {
      result.removals.push({before: lineBefore(range[1]), paragraphs: change.before.split(/\n+/).map(flat).filter(Boolean), note: change.rule})
      continue
    }
    const on = range ? overlapping(range) : []
    if (on.length === 0) {
      result.unplaced.push(change)
      continue
    }
    pending.push({change, lines: on})
    for (const index of on.slice(1)) owner[find(index)] = find(on[0]!)
  }
  for (const {change, lines: on} of pending) {
    const root = find(on[0]!)
    changesOf.set(root, [...(changesOf.get(root) ?? []), change])
  }
  for (const [root, changes] of changesOf) {
    const members = lines.flatMap((_, index) => (find(index) === root ? [index] : []))
    const ranges = [...members.map((index) => lines[index]!.range!), ...changes.map((change) => rangeOf(change)!)]
    const start = Math.min(...ranges.map((range) => range[0]))
    const end = Math.max(...ranges.map((range) => range[1]))
    result.groups.set(members[0]!, {lines: members, original: flat(source.slice(start, end)), changes})
  }
  const removed = new Set<string>()
  for (const {left, range} of leftOut) {
    const own = range && overlapping(range).length === 0
    if (own && removed.has(String(range))) continue
    if (own) removed.add(String(range))
    result.removals.push({before: range ? lineBefore(range[1]) : lines.length, paragraphs: [own ? flat(source.slice(range[0], range[1])) : flat(left.text)], note: `select (${left.role}): ${left.reason}`})
  }
  result.removals.sort((a, b) => a.before - b.before)
  return result
}

/**
 * Where a group of one line changed only some of its words, the changes one by one: each change's words before and
 * after, found in order in the line. Undefined when the words cannot be told apart that way (a sentence rewritten
 * whole, a split): then the group is one change of all its words.
 */
export function wordChanges(line: DraftLine, original: string, changes: readonly ChangeRecord[], place: (change: ChangeRecord) => number): Array<{start: number; end: number; change: ChangeRecord}> | undefined {
  const text = lineText(line)
  const ordered = [...changes].sort((a, b) => place(a) - place(b))
  const spans: Array<{start: number; end: number; change: ChangeRecord}> = []
  let at = 0
  for (const change of ordered) {
    if (change.after === '' || change.before.includes('\n') || change.after.includes('\n')) return undefined
    const start = text.indexOf(change.after, at)
    if (start === -1) return undefined
    spans.push({start, end: start + change.after.length, change})
    at = start + change.after.length
  }
  // The plan's words come back when each change's words are put back: else the changes chain, and are one.
  let restored = ''
  let from = 0
  for (const span of spans) {
    restored += text.slice(from, span.start) + span.change.before
    from = span.end
  }
  return flat(restored + text.slice(from)) === original ? spans : undefined
}
