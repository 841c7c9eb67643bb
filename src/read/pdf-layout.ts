/**
 * The lines of a PDF page in reading order, from the positions of its text runs. Runs on one baseline make a row;
 * a row breaks into fragments where the gap between runs is wider than a word space. Columns are found from the
 * fragments' places: a gutter is a vertical strip, in the middle of the page, that no fragment of a band of rows
 * crosses while text stands on both sides of it. Each band of column rows is read one column after the other,
 * never across, and rows that span the gutter (a wide heading, a table) are read where they stand.
 */

/** One run of text as PDF.js gives it: a baseline point in PDF units (y grows upwards), a width, a font size. */
export interface Run {
  text: string
  x: number
  y: number
  width: number
  size: number
  bold: boolean
}

/** Runs on one baseline that touch: a line of a column, or a cell of a table row. */
export interface Fragment {
  text: string
  x0: number
  x1: number
  y: number
  size: number
  bold: boolean
}

/** A line in reading order: its fragments (more than one in a table row), with the column it was read in. */
export interface Line {
  text: string
  cells: Fragment[]
  x0: number
  x1: number
  y: number
  size: number
  bold: boolean
  /** Which block of the page it was read in (0, 1, … in reading order): a new block is a new column or band. */
  block: number
}

/** Group runs into rows by baseline, then cut each row into fragments at wide gaps. */
export function fragmentsOf(runs: readonly Run[]): Fragment[][] {
  // PDF.js gives the space across a wide gap (between table cells) as a run of its own: the gap itself tells.
  const sorted = runs.filter((run) => run.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x)
  const rows: Run[][] = []
  for (const run of sorted) {
    const row = rows.find((candidate) => Math.abs(candidate[0]!.y - run.y) <= 0.35 * Math.max(run.size, candidate[0]!.size))
    if (row) row.push(run)
    else rows.push([run])
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x)
    const fragments: Fragment[] = []
    let current: {runs: Run[]; x1: number} | undefined
    for (const run of row) {
      const gap = current ? run.x - current.x1 : 0
      if (current && gap <= Math.max(1.2 * run.size, 6)) {
        current.runs.push(run)
        current.x1 = Math.max(current.x1, run.x + run.width)
      } else {
        if (current) fragments.push(fragment(current.runs))
        current = {runs: [run], x1: run.x + run.width}
      }
    }
    if (current) fragments.push(fragment(current.runs))
    return fragments.filter((piece) => piece.text !== '')
  }).filter((row) => row.length > 0)
}

function fragment(runs: Run[]): Fragment {
  let text = ''
  let end = runs[0]!.x
  for (const run of runs) {
    const spaced = /\s$/.test(text) || /^\s/.test(run.text)
    if (text !== '' && !spaced && run.x - end > 0.15 * run.size) text += ' '
    text += run.text
    end = run.x + run.width
  }
  // The largest and the boldest run speak for the fragment (a bullet glyph is often in another font).
  const main = runs.reduce((best, run) => (run.text.trim().length > best.text.trim().length ? run : best))
  return {text: text.replace(/\s+/g, ' ').trim(), x0: runs[0]!.x, x1: end, y: main.y, size: main.size, bold: runs.every((run) => run.bold || run.text.trim().length <= 1)}
}

/** The gutter between two columns, when the rows have one: its left and right edge. */
export function findGutter(rows: readonly Fragment[][]): {left: number; right: number} | undefined {
  const fragments = rows.flat()
  if (fragments.length < 6) return undefined
  const left = Math.min(...fragments.map((piece) => piece.x0))
  const right = Math.max(...fragments.map((piece) => piece.x1))
  const width = right - left
  let best: {left: number; right: number; crossing: number} | undefined
  for (let x = left + 0.3 * width; x <= left + 0.7 * width; x += 2) {
    const crossing = fragments.filter((piece) => piece.x0 < x && piece.x1 > x).length
    const before = fragments.filter((piece) => piece.x1 <= x)
    const after = fragments.filter((piece) => piece.x0 >= x)
    if (crossing > 0.25 * fragments.length || before.length < 3 || after.length < 3) continue
    // Side by side: text on both sides of the strip at the same height.
    const sideBySide = before.filter((piece) => after.some((other) => Math.abs(other.y - piece.y) < 2 * piece.size)).length
    // Columns of text, not the cells of a table: each side has lines that fill most of its width.
    const full = (side: Fragment[]) => {
      const width = Math.max(...side.map((piece) => piece.x1)) - Math.min(...side.map((piece) => piece.x0))
      return side.filter((piece) => piece.x1 - piece.x0 >= 0.6 * width).length
    }
    // A row with two fragments on one side is a table's or a form's, not a column's.
    const oneASide = rows.every((row) => row.filter((piece) => piece.x1 <= x).length <= 1 && row.filter((piece) => piece.x0 >= x).length <= 1)
    if (sideBySide < 3 || !oneASide || full(before) < 2 || full(after) < 2) continue
    if (!best || crossing < best.crossing) best = {left: Math.max(...before.map((piece) => piece.x1).filter((edge) => edge <= x)), right: Math.min(...after.map((piece) => piece.x0)), crossing}
  }
  return best && best.right - best.left >= 8 ? {left: best.left, right: best.right} : undefined
}

/**
 * The page's rows as lines in reading order. The page is first cut across where a strip of its whole width is
 * empty (taller than the body text: the end of a section of columns, the space above a wide heading); each part
 * is then read column by column when it has a gutter, with rows that span the gutter read where they stand.
 */
export function readingOrder(rows: readonly Fragment[][]): Line[] {
  const lines: Line[] = []
  for (const part of cutAcross(rows)) lines.push(...readPart(part, lines.length === 0 ? 0 : lines.at(-1)!.block + 1))
  return lines
}

/** Cut the rows where the empty space between one row's bottom and the next row's top is more than a line high. */
function cutAcross(rows: readonly Fragment[][]): Fragment[][][] {
  const parts: Fragment[][][] = []
  let part: Fragment[][] = []
  let bottom = Infinity
  let size = 0
  for (const row of rows) {
    const top = Math.max(...row.map((piece) => piece.y + 0.85 * piece.size))
    if (part.length > 0 && bottom - top > 1.2 * Math.min(size, ...row.map((piece) => piece.size))) {
      parts.push(part)
      part = []
      bottom = Infinity
    }
    part.push(row)
    bottom = Math.min(bottom, ...row.map((piece) => piece.y - 0.25 * piece.size))
    size = Math.max(...row.map((piece) => piece.size))
  }
  if (part.length > 0) parts.push(part)
  return parts
}

function readPart(rows: readonly Fragment[][], first: number): Line[] {
  const gutter = findGutter(rows)
  const lines: Line[] = []
  let block = first
  if (!gutter) {
    for (const row of rows) lines.push(line(row, block))
    return lines
  }
  const middle = (gutter.left + gutter.right) / 2
  let band: Fragment[][] = []
  const flush = () => {
    if (band.length === 0) return
    const leftSide = band.map((row) => row.filter((piece) => piece.x1 <= middle)).filter((row) => row.length > 0)
    const rightSide = band.map((row) => row.filter((piece) => piece.x0 >= middle)).filter((row) => row.length > 0)
    for (const side of [leftSide, rightSide]) {
      if (side.length === 0) continue
      for (const row of side) lines.push(line(row, block))
      block++
    }
    band = []
    spanning = false
  }
  let spanning = false
  for (const row of rows) {
    if (row.some((piece) => piece.x0 < middle && piece.x1 > middle)) {
      flush()
      lines.push(line(row, block))
      spanning = true
    } else {
      // Rows that span the gutter are one block; the columns after them start new ones.
      if (spanning) block++
      spanning = false
      band.push(row)
    }
  }
  flush()
  return lines
}

function line(cells: Fragment[], block: number): Line {
  const main = cells.reduce((best, cell) => (cell.text.length > best.text.length ? cell : best))
  return {
    text: cells.map((cell) => cell.text).join(' '),
    cells,
    x0: cells[0]!.x0,
    x1: cells.at(-1)!.x1,
    y: main.y,
    size: main.size,
    bold: cells.every((cell) => cell.bold),
    block
  }
}
