import type {Heading, List, ListItem, Paragraph, Root, RootContent, Text} from 'mdast'
import type {VFile} from 'vfile'
import {contentsEntryPattern, contentsHeadingPattern, furnitureKey, isFurnitureShape, leaderPattern, pageList, pageNumberPattern} from './furniture.js'
import {joinsHyphen} from './pdf-blocks.js'

/**
 * Text that came out of a PDF (saved by a PDF viewer or pdftotext, or pasted from one): one printed line a line,
 * pages apart by form feeds or by their running footers. Told apart from Word's export by its form feeds, by page
 * furniture lines repeated on most pages ("Page | 3", "OFFICIAL") or by a contents page with dot leaders.
 */
export function looksLikePdfText(value: string): boolean {
  if (value.includes('\f')) return true
  const lines = value.split('\n').map((line) => line.trim())
  const furniture = lines.filter((line) => line !== '' && isFurnitureShape(line) && !/^\d{1,3}$/.test(line)).length
  return furniture >= 2 || lines.filter((line) => leaderPattern.test(line) && contentsEntryPattern.test(line)).length >= 3
}

interface PdfTextLine {
  text: string
  line: number
  column: number
  offset: number
  page: number
  /** Blank lines just before it. */
  gap: number
  /** A page ended (or furniture was left out) between this line and the one before. */
  afterBreak: boolean
}

const bullet = /^([•●▪■◦‣○·*]|[-–](?=\s))\s*/
const numbered = /^(\d{1,2})[.)]\s+/
const sentenceEnd = /[.!?:;]["'’”)]?$/

/**
 * The clean-up the PDF reader does, for the text alone: furniture lines (page numbers, protective markings, lines
 * repeated on most pages) and the contents page left out, each with a message; lines joined into paragraphs,
 * across a page end too, and a word hyphenated at a line end joined; bullet lines become lists; a short line
 * shaped as a heading (or named in the contents) is a heading, blank lines around it or not. With no font sizes to
 * go by, headings the contents names are level 2 and the others level 3; the first heading is the title.
 */
export function parsePdfText(value: string, file: VFile): Root {
  const lines = cleanLines(value, file)
  const lengths = lines.map((line) => line.text.length).sort((a, b) => a - b)
  const full = lengths[Math.floor(lengths.length * 0.9)] ?? 80
  const contents = new Set<string>()
  const kept = dropContentsLines(lines, contents, file)
  const children: RootContent[] = []
  let index = 0
  while (index < kept.length) {
    const line = kept[index]!
    if (isHeading(kept, index, contents)) {
      const depth = children.length === 0 || (children.every((node) => node.type !== 'heading') && line.page === 1) ? 1 : contents.has(key(line.text)) ? 2 : 3
      children.push(heading(depth, line))
    } else if (bullet.test(line.text) || numbered.test(line.text)) {
      const ordered = numbered.test(line.text)
      const marker = ordered ? numbered : bullet
      const items: PdfTextLine[][] = [[line]]
      while (kept[index + 1] && (kept[index + 1]!.gap === 0 || marker.test(kept[index + 1]!.text)) && !isHeading(kept, index + 1, contents)) {
        const next = kept[index + 1]!
        if (marker.test(next.text)) items.push([next])
        else if (!sentenceEnd.test(items.at(-1)!.at(-1)!.text)) items.at(-1)!.push(next)
        else break
        index++
      }
      children.push(list(items, ordered, marker))
    } else {
      const group = [line]
      while (kept[index + 1] && continues(group.at(-1)!, kept[index + 1]!, full) && !isHeading(kept, index + 1, contents)) group.push(kept[++index]!)
      children.push({type: 'paragraph', children: texts(group), position: span(group)})
    }
    index++
  }
  return {type: 'root', children}
}

const key = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim()

/** The non-blank lines, page furniture left out (one message for each running line, naming its pages). */
function cleanLines(value: string, file: VFile): PdfTextLine[] {
  const raw = value.split('\n')
  const pageOf: number[] = []
  let page = 1
  const feeds = value.includes('\f')
  for (const line of raw) {
    // A form feed starts the next page: the text after it on the line is that page's. With no form feeds (a
    // paste), a page ends at its page number.
    page += (line.match(/\f/g) ?? []).length
    pageOf.push(page)
    if (!feeds && pageNumberPattern.test(line.trim()) && !/^\d+$/.test(line.trim())) page++
  }
  if (!feeds && page > 1 && raw.slice(raw.findLastIndex((line) => pageNumberPattern.test(line.trim()))).every((line) => line.trim() === '' || pageNumberPattern.test(line.trim()))) page--
  const pages = page
  const seen = new Map<string, Set<number>>()
  raw.forEach((line, index) => {
    const text = line.replace(/\f/g, '').trim()
    if (text !== '' && text.split(/\s+/).length <= 8) seen.set(furnitureKey(text), (seen.get(furnitureKey(text)) ?? new Set()).add(pageOf[index]!))
  })
  const repeated = Math.max(3, Math.ceil(pages / 2))
  const dropped = new Map<string, {text: string; pages: number[]; line: number}>()
  const result: PdfTextLine[] = []
  let offset = 0
  let gap = 0
  let broken = false
  raw.forEach((line, index) => {
    const page = pageOf[index]!
    if (line.includes('\f')) broken = true
    const cleaned = line.replace(/\f/g, ' ')
    const text = cleaned.trim()
    // A number alone is a page number only at a page's edge: elsewhere it is a table's cell.
    const atEdge = line.includes('\f') || (raw.slice(index + 1).find((after) => after.trim() !== '') ?? '\f').includes('\f')
    const shaped = isFurnitureShape(text) && (atEdge || !/^\d+$/.test(text))
    const furniture = text !== '' && (shaped || (pages > 1 && (seen.get(furnitureKey(text))?.size ?? 0) >= repeated && !sentenceEnd.test(text)))
    if (furniture) {
      const entry = dropped.get(furnitureKey(text)) ?? {text: text.replace(/\d+/g, 'N'), pages: [], line: index + 1}
      entry.pages.push(page)
      dropped.set(furnitureKey(text), entry)
      broken = true
    } else if (text === '') {
      gap++
    } else {
      const column = cleaned.length - cleaned.trimStart().length
      result.push({text, line: index + 1, column: column + 1, offset: offset + column, page, gap: broken ? 0 : gap, afterBreak: broken})
      gap = 0
      broken = false
    }
    offset += line.length + 1
  })
  for (const entry of dropped.values()) {
    file.info(`Left out "${entry.text}" on ${entry.pages.length === 1 ? 'page' : 'pages'} ${pageList(entry.pages)}: page furniture, not part of the plan`, {line: entry.line, column: 1}, 'easyread:pdf-furniture')
  }
  return result
}

/** A "Contents" line and the entries under it, or three or more entries with dot leaders; their titles kept in `contents`. */
function dropContentsLines(lines: readonly PdfTextLine[], contents: Set<string>, file: VFile): PdfTextLine[] {
  const kept: PdfTextLine[] = []
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const heading = contentsHeadingPattern.test(line.text)
    let end = heading ? index + 1 : index
    let leaders = 0
    while (end < lines.length && contentsEntryPattern.test(lines[end]!.text)) {
      if (leaderPattern.test(lines[end]!.text)) leaders++
      end++
    }
    const entries = lines.slice(heading ? index + 1 : index, end)
    if ((heading && entries.length >= 2) || leaders >= 3) {
      for (const entry of entries) contents.add(key(contentsEntryPattern.exec(entry.text)![1]!.replace(/[.…·_\s]+$/, '')))
      file.info(`Left out the contents (${entries.length} entries, line ${line.line}): a contents page has no place in an easy-read plan`, {line: line.line, column: 1}, 'easyread:pdf-contents')
      index = end - 1
    } else {
      kept.push(line)
    }
  }
  return kept
}

/**
 * A heading: named in the contents, or shaped as one (short, starts in upper case, no closing punctuation, not a
 * bullet) with a break before it (a blank line, a page end, a full sentence) and text that starts afresh after it.
 */
function isHeading(lines: readonly PdfTextLine[], index: number, contents: ReadonlySet<string>, depth = 0): boolean {
  const line = lines[index]!
  if (contents.has(key(line.text))) return true
  if (!isHeadingShape(line.text)) return false
  const previous = lines[index - 1]
  const next = lines[index + 1]
  // A line that ends in a joining word, with text right under it, was cut from a paragraph.
  if (next?.gap === 0 && !bullet.test(next.text) && /\b(?:and|or|of|the|to|a|an|in|for|with|by|on|at)$/i.test(line.text)) return false
  const before = !previous || line.gap > 0 || line.afterBreak || sentenceEnd.test(previous.text)
  // Body text starts under it: a sentence, a list, or one more heading with body text under that (a table's
  // cells, short lines one after another, are not headings).
  const after = !next || (/^[\p{Lu}\d•●▪■◦‣○·*–-]/u.test(next.text) &&
    (next.text.split(/\s+/).length >= 6 || bullet.test(next.text) || numbered.test(next.text) || (depth === 0 && isHeading(lines, index + 1, contents, 1))))
  return before && after
}

function isHeadingShape(text: string): boolean {
  if (text.split(/\s+/).length > 10 || text.length > 80 || !/^[\p{Lu}\d]/u.test(text) || /[.!?:;,-]["'’”)]?$/.test(text)) return false
  return !bullet.test(text) && !numbered.test(text) && !/^\d[\d.,%\s]*$/.test(text)
}

/**
 * The paragraph goes on: no blank line between, unless the line before ends a sentence well short of a full
 * line (`full` characters: a paragraph's last line); or a page end in the middle of a sentence.
 */
function continues(previous: PdfTextLine, line: PdfTextLine, full: number): boolean {
  if (bullet.test(line.text) || numbered.test(line.text)) return false
  if (line.afterBreak) return !sentenceEnd.test(previous.text)
  return line.gap === 0 && !(sentenceEnd.test(previous.text) && previous.text.length < 0.7 * full)
}

/** One text node a line, ending in a line break, or joined to the next line across a hyphen; places kept exact. */
function texts(lines: readonly PdfTextLine[], cut = 0): Text[] {
  return lines.map((line, index) => {
    const from = index === 0 ? cut : 0
    let value = line.text.slice(from)
    const next = lines[index + 1]
    if (next) value = joinsHyphen(value, next.text) ? value.slice(0, -1) : /\p{L}-$/u.test(value) && /^\p{Ll}/u.test(next.text) ? value : `${value}\n`
    const start = {line: line.line, column: line.column + from, offset: line.offset + from}
    const end = value.endsWith('\n') ? {line: line.line + 1, column: 1, offset: start.offset + value.length} : {line: line.line, column: start.column + value.length, offset: start.offset + value.length}
    return {type: 'text', value, position: {start, end}}
  })
}

function span(lines: readonly PdfTextLine[]) {
  const first = lines[0]!
  const last = lines.at(-1)!
  return {start: {line: first.line, column: first.column, offset: first.offset}, end: {line: last.line, column: last.column + last.text.length, offset: last.offset + last.text.length}}
}

function heading(depth: 1 | 2 | 3, line: PdfTextLine): Heading {
  return {type: 'heading', depth, children: texts([line]), position: span([line])}
}

function list(items: PdfTextLine[][], ordered: boolean, marker: RegExp): List {
  const children: ListItem[] = items.map((lines) => {
    const paragraph: Paragraph = {type: 'paragraph', children: texts(lines, marker.exec(lines[0]!.text)?.[0].length ?? 0), position: span(lines)}
    return {type: 'listItem', spread: false, children: [paragraph], position: paragraph.position}
  })
  return {type: 'list', ordered, start: ordered ? Number(numbered.exec(items[0]![0]!.text)?.[1] ?? 1) : undefined, spread: false, children, position: span(items.flat())}
}
