import type {VFile} from 'vfile'
import {readingOrder, type Line} from './pdf-layout.js'
import type {PdfPage} from './pdf.js'
import type {PlacedLine} from './pdf-blocks.js'
import {contentsEntryPattern, contentsHeadingPattern, furnitureKey, isFurnitureShape, leaderPattern, pageList} from './furniture.js'

/** Running headers and footers stand in this share of the page's height, at its top or its bottom. */
const margin = 0.12

/** A page's lines in reading order, each with its number on the page; `count` counts the dropped lines too. */
export interface KeptPage {
  lines: Array<Line & {number: number}>
  count: number
}

/**
 * Leave out the page furniture: rows at the top or bottom of the page that repeat on at least half the pages
 * (numbers aside: "Page 3 of 9"), and rows there shaped like a page number or a protective marking. One message
 * for each running line, naming its pages. The other rows are put in reading order and numbered, the page's
 * header lines first.
 */
export function dropFurniture(pages: readonly PdfPage[], file: VFile): KeptPage[] {
  const edge = pages.map((page) => page.rows.map((row) => row[0]!.y > page.height * (1 - margin) || row[0]!.y < page.height * margin))
  const seen = new Map<string, Set<number>>()
  pages.forEach((page, index) => page.rows.forEach((row, rowIndex) => {
    if (!edge[index]![rowIndex]) return
    const key = furnitureKey(row.map((piece) => piece.text).join(' '))
    seen.set(key, (seen.get(key) ?? new Set()).add(index))
  }))
  const repeated = Math.max(2, Math.ceil(pages.length / 2))
  const dropped = new Map<string, {text: string; pages: number[]; line: number}>()
  let before = 0
  const kept = pages.map((page, index) => {
    const body: typeof page.rows = []
    let header = 0
    let footer = 0
    page.rows.forEach((row, rowIndex) => {
      const text = row.map((piece) => piece.text).join(' ')
      const key = furnitureKey(text)
      const furniture = edge[index]![rowIndex] && ((seen.get(key)?.size ?? 0) >= repeated || isFurnitureShape(text))
      if (!furniture) return body.push(row)
      const atTop = row[0]!.y > page.height / 2
      if (atTop) header++
      else footer++
      const entry = dropped.get(key) ?? {text: text.replace(/\d+/g, 'N'), pages: [], line: before + (atTop ? header : 0)}
      entry.pages.push(index + 1)
      dropped.set(key, entry)
    })
    const lines = readingOrder(body).map((line, lineIndex) => ({...line, number: header + lineIndex + 1}))
    const count = header + lines.length + footer
    before += count
    return {lines, count}
  })
  for (const entry of dropped.values()) {
    file.info(`Left out "${entry.text}" at the top or bottom of ${entry.pages.length === 1 ? 'page' : 'pages'} ${pageList(entry.pages)}: page furniture, not part of the plan`, {line: Math.max(1, entry.line), column: 1}, 'easyread:pdf-furniture')
  }
  return kept
}

/**
 * Leave out a contents page: a "Contents" heading and the entries under it, or a run of three or more entries
 * with dot leaders ("Our aims ........ 3"). One message says how many entries were left out, and where.
 */
export function dropContents(lines: readonly PlacedLine[], file: VFile): PlacedLine[] {
  const kept: PlacedLine[] = []
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const heading = contentsHeadingPattern.test(line.text.trim())
    let end = heading ? index + 1 : index
    let leaders = 0
    while (end < lines.length && isEntry(lines[end]!)) {
      if (leaderPattern.test(lines[end]!.text)) leaders++
      end++
    }
    const entries = end - (heading ? index + 1 : index)
    if ((heading && entries >= 2) || leaders >= 3) {
      file.info(`Left out the contents (${entries} entries, page ${line.page}): a contents page has no place in an easy-read plan`, {line: line.line, column: 1}, 'easyread:pdf-contents')
      index = end - 1
    } else {
      kept.push(line)
    }
  }
  return kept
}

function isEntry(line: Line): boolean {
  return contentsEntryPattern.test(line.text.trim()) || (line.cells.length >= 2 && /^\d{1,3}$/.test(line.cells.at(-1)!.text) && !/[.!?]$/.test(line.cells.at(-2)!.text))
}
