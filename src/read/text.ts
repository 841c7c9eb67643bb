import type {Heading, List, ListItem, Paragraph, Root, RootContent, Text} from 'mdast'
import type {Position} from 'unist'
import type {Reader} from './types.js'
import {planLabelPattern} from '../structure/labels.js'
import {markdownReader} from './markdown.js'
import {looksLikePdfText, parsePdfText} from './pdf-text.js'
import {keepSourceText} from '../util/point.js'

/**
 * Plain text exported from Word: one Word paragraph a line.
 * - `[bookmark: _Toc…]` markers are removed and their lines become headings (level 2);
 * - other headings are found by their shape: a short line with no closing punctuation, after a break in the text,
 *   before body text or another heading (level 2 after two or more blank lines, else level 3);
 * - the short lines under "Key milestones:" and "Performance measures and insights:" become a list, as do lines
 *   that start with a bullet (·, •, -, *) or a number ("1.");
 * - a line that starts in lower case, or follows a line cut off after a space, continues the paragraph before it
 *   (Word's export sometimes breaks a paragraph);
 * - a .txt that is Markdown (bold marks, no Word bookmarks) is read as Markdown;
 * - a .txt that came out of a PDF (form feeds, repeated page furniture, a contents page) is cleaned up as the PDF
 *   reader cleans a PDF (see `parsePdfText`).
 */
export const textReader: Reader = {
  input: 'text',
  name: 'plain text',
  read(file) {
    const value = String(file.value)
    // A hand-made plan is often Markdown saved as .txt; Word's text export never writes Markdown's bold marks.
    if (looksLikeMarkdown(value)) return markdownReader.read(file)
    return looksLikePdfText(value) ? parsePdfText(value, file) : parseText(value)
  }
}

/** Two or more `**bold**` runs and no Word bookmarks: Markdown, not Word's text export. */
export function looksLikeMarkdown(value: string): boolean {
  return !/\[bookmark: /.test(value) && (value.match(/\*\*[^*\n]+\*\*/g) ?? []).length >= 2
}

interface Line {
  text: string
  /** 1-based line number and column of `text`'s first character. */
  line: number
  column: number
  offset: number
  bookmark: boolean
  /** Blank lines just before this one. */
  gap: number
  /** The line ended in white space: Word's export breaks a paragraph that way. */
  brokenOff: boolean
}

const bookmark = /^\s*(?:\[bookmark: [^\]]*\]\s*)+/
const bullet = /^[·•\-*–]\s+/
const numbered = /^(\d{1,2})[.)]\s+/
const listLabel = /^(?:key milestones|performance measures(?: and insights)?)\s*:\s*$/i

export function parseText(value: string): Root {
  const lines = splitLines(value)
  const children: RootContent[] = []
  let index = 0
  while (index < lines.length) {
    const line = lines[index]!
    const next = lines[index + 1]
    if (line.bookmark) {
      children.push(heading(2, [line]))
    } else if (listLabel.test(line.text)) {
      children.push(paragraph([line]))
      const items: Line[] = []
      while (lines[index + 1] && lines[index + 1]!.gap === 0 && isListRunLine(lines[index + 1]!)) items.push(lines[++index]!)
      if (items.length > 0) children.push(list(items, false))
    } else if (bullet.test(line.text) || numbered.test(line.text)) {
      const ordered = numbered.test(line.text)
      const items = [line]
      const marker = ordered ? numbered : bullet
      while (lines[index + 1] && lines[index + 1]!.gap === 0 && marker.test(lines[index + 1]!.text)) items.push(lines[++index]!)
      children.push(list(items, ordered))
    } else if (isHeadingShape(line, lines[index - 1], next)) {
      children.push(heading(line.gap >= 2 || index === 0 ? 2 : 3, [line]))
    } else {
      const parts = [line]
      while (lines[index + 1] && continues(parts.at(-1)!, lines[index + 1]!)) parts.push(lines[++index]!)
      children.push(paragraph(parts))
    }
    index++
  }
  const tree: Root = {type: 'root', children, position: span(lines[0], lines.at(-1))}
  // A paragraph of lines joined on, trimmed: its text node keeps the file's text, for the exact place of each word.
  keepSourceText(tree, value)
  return tree
}

/** Non-blank lines with their places; bookmark markers cut off, blank runs counted. */
function splitLines(value: string): Line[] {
  const result: Line[] = []
  let offset = 0
  let gap = 0
  value.split('\n').forEach((raw, lineIndex) => {
    const marker = bookmark.exec(raw)
    const afterMarker = marker ? raw.slice(marker[0].length) : raw
    const lead = afterMarker.length - afterMarker.trimStart().length
    const text = afterMarker.trim()
    const start = (marker ? marker[0].length : 0) + lead
    if (text === '') {
      gap++
    } else {
      result.push({text, line: lineIndex + 1, column: start + 1, offset: offset + start, bookmark: Boolean(marker), gap, brokenOff: /\S[ \t]+$/.test(raw)})
      gap = 0
    }
    offset += raw.length + 1
  })
  return result
}

function isShort(line: Line): boolean {
  return line.text.length <= 90 && line.text.split(/\s+/).length <= 12
}

function isBody(line: Line): boolean {
  return /[.!?]["'’”)]?$/.test(line.text) || line.text.split(/\s+/).length >= 10
}

function isListRunLine(line: Line): boolean {
  return !line.bookmark && !planLabelPattern.test(line.text)
}

function isHeadingShape(line: Line, previous: Line | undefined, next: Line | undefined): boolean {
  if (!isShort(line) || !/^[\p{Lu}\d]/u.test(line.text) || /[.!?:;,]["'’”)]?$/.test(line.text)) return false
  if (planLabelPattern.test(line.text) || bullet.test(line.text) || numbered.test(line.text)) return false
  // A line that ends in a space or a joining word was cut from a longer paragraph by the export.
  if (line.brokenOff || /\b(?:and|or|of|the|to|a|an|in|for|with|by|on|at)$/i.test(line.text)) return false
  const afterBreak = !previous || line.gap > 0 || previous.bookmark || (isBody(previous) && !previous.text.endsWith(':'))
  const beforeBody = next !== undefined && next.gap === 0 && (next.bookmark || planLabelPattern.test(next.text) || isBody(next))
  return afterBreak && beforeBody
}

/**
 * The same Word paragraph, broken by the export: the line before has no closing punctuation, and this one starts
 * in lower case or the line before ended in a space.
 */
function continues(previous: Line, line: Line): boolean {
  if (line.gap > 0 || line.bookmark || planLabelPattern.test(line.text) || /[.!?:]["'’”)]?$/.test(previous.text)) return false
  return /^\p{Ll}/u.test(line.text) || previous.brokenOff
}

function text(lines: Line[], cut = 0): Text {
  const first = lines[0]!
  const value = lines.map((line, index) => (index === 0 ? line.text.slice(cut) : line.text)).join('\n')
  return {
    type: 'text',
    value,
    position: {
      start: {line: first.line, column: first.column + cut, offset: first.offset + cut},
      end: end(lines.at(-1)!)
    }
  }
}

function paragraph(lines: Line[], cut = 0): Paragraph {
  return {type: 'paragraph', children: [text(lines, cut)], position: span(lines[0], lines.at(-1))}
}

function heading(depth: 2 | 3, lines: Line[]): Heading {
  return {type: 'heading', depth, children: [text(lines)], position: span(lines[0], lines.at(-1))}
}

function list(lines: Line[], ordered: boolean): List {
  const children: ListItem[] = lines.map((line) => {
    const marker = (ordered ? numbered : bullet).exec(line.text)
    return {type: 'listItem', spread: false, children: [paragraph([line], marker ? marker[0].length : 0)], position: span(line, line)}
  })
  const start = ordered ? Number(numbered.exec(lines[0]!.text)?.[1] ?? 1) : undefined
  return {type: 'list', ordered, start, spread: false, children, position: span(lines[0], lines.at(-1))}
}

function end(line: Line) {
  return {line: line.line, column: line.column + line.text.length, offset: line.offset + line.text.length}
}

function span(first: Line | undefined, last: Line | undefined): Position | undefined {
  if (!first || !last) return undefined
  return {start: {line: first.line, column: first.column, offset: first.offset}, end: end(last)}
}
