import path from 'node:path'
import type {Table} from 'mdast'
import {beforeAll, describe, expect, test} from 'vitest'
import {readPlan} from '../../src/read/index.js'
import {pdfRunText} from '../../src/read/pdf.js'
import {runCli} from '../helpers/cli.js'
import {plainText} from '../../src/util/plain-text.js'
import {expectCleanReading, expectedPdf, pdfFixtures, type ExpectedPdf} from '../helpers/pdf-fixtures.js'

describe('the two-column PDF fixture (LibreOffice: running header and footer, contents, three heading sizes)', () => {
  let read: Awaited<ReturnType<typeof readPlan>>
  let expected: ExpectedPdf

  beforeAll(async () => {
    read = await readPlan(path.join(pdfFixtures, 'two-column.pdf'))
    expected = await expectedPdf('two-column')
  })

  test('reads the columns one after the other: every sentence whole, in its own paragraph, the headings with their levels', () => {
    expectCleanReading(read.tree, expected)
  })

  test('the title is the first page\'s largest text', () => {
    expect(read.tree.children[0]).toMatchObject({type: 'heading', depth: 1})
    expect(plainText(read.tree.children[0]!)).toBe(expected.title)
  })

  test('joins the word hyphenated at a line end, and keeps the bullet list and the table', () => {
    expect(plainText(read.tree)).toContain('neighbourhood watch')
    const list = read.tree.children.find((node) => node.type === 'list')
    expect(list?.children.map((item) => plainText(item))).toEqual(expected.texts.filter((text) => text.startsWith('More patrols') || text.startsWith('Better lighting') || text.startsWith('Quicker')))
    const table = read.tree.children.find((node): node is Table => node.type === 'table')
    expect(table?.children.map((row) => row.children.map((cell) => plainText(cell)))).toEqual(expected.table)
  })

  test('says what it left out: the running header and footer with their pages, and the contents', () => {
    const messages = read.file.messages.map((message) => [message.ruleId, message.reason])
    expect(messages).toEqual([
      ['pdf-furniture', 'Left out "OFFICIAL" at the top or bottom of pages 1–3: page furniture, not part of the plan'],
      ['pdf-furniture', 'Left out "Page | N" at the top or bottom of pages 1–3: page furniture, not part of the plan'],
      ['pdf-contents', 'Left out the contents (5 entries, page 1): a contents page has no place in an easy-read plan']
    ])
  })

  test('places count lines in reading order; each page\'s first line is known, so a place reads "page 2, line 3"', () => {
    expect(read.file.data.pdfPages?.[0]).toBe(0)
    const heading = read.tree.children.find((node) => node.type === 'heading' && plainText(node) === 'Our aims for Riverside')!
    const start = heading.position!.start.line
    const page = read.file.data.pdfPages!.findLastIndex((first) => first < start) + 1
    expect(page).toBe(2)
    // The running header is line 1 of page 2; the heading under it is line 2.
    expect(start - read.file.data.pdfPages![page - 1]!).toBe(2)
  })
})

describe('the checker on a PDF', () => {
  test('names each finding\'s page and its line on the page, in the terminal and in the JSON report', async () => {
    const plan = path.join(pdfFixtures, 'two-column.pdf')
    const text = runCli(['check', plan])
    const findings = text.stdout.split('\n').filter((line) => /\s(?:warning|error)\s/.test(line))
    expect(findings.length).toBeGreaterThan(3)
    for (const finding of findings) expect(finding).toMatch(/^\S+two-column\.pdf page [1-3], line \d{1,2}, column \d+ {2}/)
    const report = JSON.parse(runCli(['check', plan, '--format', 'json']).stdout) as {files?: unknown[]} & Record<string, unknown>
    const sentences = ((report.files?.[0] ?? report) as {sentences: Array<{text: string; page?: number; pageLine?: number; column: number}>}).sentences
    // "Better lighting in the car parks." is the second bullet in the right-hand column of page 2, under the
    // running header (line 1), the left column (lines 2-17), a line, the heading and the first bullet.
    expect(sentences.find((sentence) => sentence.text === 'Better lighting in the car parks.')).toMatchObject({page: 2, pageLine: 21})
  })
})

describe('a PDF text run is read as the text readers read theirs', () => {
  test('NFC, ligatures as letters, a soft hyphen as the hyphen of a word broken at a line end', () => {
    expect(pdfRunText('cafe\u0301 of\ufb01ce com\u00ad')).toBe('café office com-')
    expect(pdfRunText('cafe\u0301').length).toBe(4)
  })
})
