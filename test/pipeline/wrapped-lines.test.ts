import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {buildWith, prepare} from '../../src/index.js'
import {fullPlan, root, samplePlan} from '../helpers/paths.js'

// Markdown paragraphs are often wrapped (by editors, by pandoc, by hand), and a PDF's lines are joined with line
// breaks: a paragraph on several lines must read, simplify, select and explain as the same paragraph on one line.

/**
 * Wrap each paragraph line of a Markdown plan at `width` columns (headings, list items and tables as they are);
 * `lineEnd` is left at the end of each line but the last (a space, as hand-wrapped text often has).
 */
function wrapParagraphs(markdown: string, width: number, lineEnd = ''): string {
  return markdown
    .split('\n')
    .map((line) => {
      if (/^(?:#|\s*[-*+]\s|\s*\d+\.\s|\||>|\s*$)/.test(line)) return line
      const lines: string[] = []
      let current = ''
      for (const word of line.split(/ +/)) {
        if (current !== '' && current.length + 1 + word.length > width) {
          lines.push(current)
          current = word
        } else current = current === '' ? word : `${current} ${word}`
      }
      return [...lines, current].join(`${lineEnd}\n`)
    })
    .join('\n')
}

/** The seed plan (plain text, a paragraph a line) as Markdown, one paragraph to each line. */
async function seedAsMarkdown(): Promise<string> {
  const text = await readFile(fullPlan, 'utf8')
  return `${text.split('\n').map((line) => line.trim()).filter((line) => line !== '').join('\n\n')}\n`
}

/** A report with what wrapping may change taken out: places in the plan, and white space inside texts. */
function comparable(report: string): unknown {
  const places = new Set(['line', 'column', 'endLine', 'endColumn', 'start', 'end', 'offset', 'first', 'file', 'path', 'place', 'position'])
  return JSON.parse(report, (key, value: unknown) => (places.has(key) ? undefined : typeof value === 'string' ? value.replace(/\s+/g, ' ') : value))
}

describe('a plan whose paragraphs are wrapped builds as the same plan on one line a paragraph', () => {
  const plans: Array<[string, () => Promise<string>]> = [
    ['the sample plan', () => readFile(samplePlan, 'utf8')],
    ['the council plan', () => readFile(path.join(root, 'plans', 'brookfield-council-plan.md'), 'utf8')],
    ['the seed plan', seedAsMarkdown]
  ]
  test.each(plans)('%s, wrapped at 50 columns', async (_name, text) => {
    const {options, data} = await prepare({formats: ['json', 'html']})
    const markdown = await text()
    const wrapped = wrapParagraphs(markdown, 50)
    expect(wrapped.split('\n').length).toBeGreaterThan(markdown.split('\n').length * 1.5)
    const [flat, wrappedBuild] = await Promise.all([markdown, wrapped].map((plan) => buildWith({text: plan, name: 'plan.md'}, options, data)))
    const report = comparable(wrappedBuild!.outputs.json as string) as {changes: unknown[]; sentences: unknown[]; glossary: unknown[]}
    expect(report).toEqual(comparable(flat!.outputs.json as string))
    // The page is the same page, byte for byte: a line break inside a paragraph is a space there.
    expect(wrappedBuild!.outputs.html).toBe(flat!.outputs.html)
    // And the reports hold what they are compared on.
    expect(report.changes.length).toBeGreaterThan(20)
    expect(report.glossary.length).toBeGreaterThan(10)
  }, 120_000)
})

describe('a wrapped plan with a space left at each line end (which Markdown drops from the text)', () => {
  test('every change, left-out sentence and glossary term of the seed from the plan still has its line and column', async () => {
    const {options, data} = await prepare({formats: ['json']})
    const wrapped = wrapParagraphs(await seedAsMarkdown(), 50, ' ')
    const report = JSON.parse((await buildWith({text: wrapped, name: 'plan.md'}, options, data)).outputs.json as string) as {
      changes: Array<{rule: string; line?: number; column?: number}>
      leftOut: Array<{text: string; line?: number}>
      glossary: Array<{term: string; first?: {line: number}}>
    }
    expect(report.changes.length).toBeGreaterThan(100)
    expect(report.changes.filter((change) => change.line === undefined || change.column === undefined)).toEqual([])
    expect(report.leftOut.filter((left) => left.line === undefined)).toEqual([])
    // The one term without a place is first used in the opening easyread writes ("About this plan"), as unwrapped.
    expect(report.glossary.filter((term) => term.first === undefined).map((term) => term.term)).toEqual(['local police plan'])
  }, 120_000)
})
