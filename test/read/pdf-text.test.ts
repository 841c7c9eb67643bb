import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {readPlan} from '../../src/read/index.js'
import {plainText} from '../../src/util/plain-text.js'
import {expectCleanReading, expectedPdf, headingsOf, pdfFixtures} from '../helpers/pdf-fixtures.js'

/** Text that came out of the PDF fixtures: pdftotext's output, and a paste with no blank lines or form feeds. */
describe('text that came out of a PDF', () => {
  test('pdftotext of the two-column fixture: no sentence mixes the columns; contents, header and footer gone; the headings found', async () => {
    const {file, tree} = await readPlan(path.join(pdfFixtures, 'two-column.pdftotext.txt'))
    const expected = await expectedPdf('two-column')
    // pdftotext puts some blocks of a column out of order and a text file has no font sizes: the headings are
    // checked as a set, and by kind: the title first, then sections.
    expectCleanReading(tree, expected, {levels: 'loose'})
    const found = headingsOf(tree)
    expect(found[0]).toEqual({depth: 1, text: expected.title})
    expect(found.slice(1).every((heading) => heading.depth === 2 || heading.depth === 3)).toBe(true)
    expect(file.messages.map((message) => message.reason)).toEqual([
      'Left out "OFFICIAL" on pages 1–3: page furniture, not part of the plan',
      'Left out "Page | N" on pages 1–3: page furniture, not part of the plan',
      'Left out the contents (5 entries, line 6): a contents page has no place in an easy-read plan'
    ])
    // The contents name the sections: those found by the contents are level 2.
    expect(found.filter((heading) => heading.depth === 2).map((heading) => heading.text).sort()).toEqual(expected.contents.slice().sort())
  })

  test('a paste from a PDF viewer, "OFFICIAL" and "Page | N" lines and no blank lines: headings found by their shape alone', async () => {
    const {file, tree} = await readPlan(path.join(pdfFixtures, 'one-column.pasted.txt'))
    const expected = await expectedPdf('one-column')
    expectCleanReading(tree, expected, {levels: 'loose'})
    expect(headingsOf(tree).map((heading) => heading.text)).toEqual(expected.headings.map((heading) => heading.text))
    expect(file.messages.map((message) => message.reason)).toEqual([
      'Left out "OFFICIAL" on pages 1–2: page furniture, not part of the plan',
      'Left out "Page | N" on pages 1–2: page furniture, not part of the plan'
    ])
    // The lines of a paragraph are one paragraph again, across the page end too.
    expect(plainText(tree)).toContain('This plan\nsays what the parish council')
  })
})

describe('the one-column PDF fixture', () => {
  test('reads the headings in three sizes with their levels, the list, and every sentence; furniture gone', async () => {
    const {tree} = await readPlan(path.join(pdfFixtures, 'one-column.pdf'))
    expectCleanReading(tree, await expectedPdf('one-column'))
  })
})
