import {readFile} from 'node:fs/promises'
import path from 'node:path'
import type {Root} from 'mdast'
import {beforeAll, describe, expect, test} from 'vitest'
import {plainText} from '../../src/util/plain-text.js'
import {readPlan} from '../../src/read/index.js'
import {runCli, temporaryFolder} from '../helpers/cli.js'
import {fullPlan} from '../helpers/paths.js'
import {convertWithLibreOffice} from '../helpers/word-fixtures.js'
import {headingsOf, sentencesOf} from '../helpers/pdf-fixtures.js'

const name = path.basename(fullPlan, '.txt')
const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

/** How many of `source`'s items come back in `found` in the same order (longest common subsequence). */
function inOrder(source: readonly string[], found: readonly string[]): number {
  let previous = new Array<number>(found.length + 1).fill(0)
  for (const item of source) {
    const row = [0]
    for (let index = 0; index < found.length; index++) row.push(item === found[index] ? previous[index]! + 1 : Math.max(previous[index + 1]!, row[index]!))
    previous = row
  }
  return previous[found.length]!
}

/** The entries of the Word writer's contents page: the paragraphs under the "Contents" heading, each with a "Page" tab. */
function contentsOf(tree: Root): string[] {
  const start = tree.children.findIndex((node) => node.type === 'heading' && plainText(node) === 'Contents')
  if (start < 0) return []
  const end = tree.children.findIndex((node, index) => index > start && node.type === 'heading')
  return tree.children.slice(start + 1, end < 0 ? undefined : end).filter((node) => node.type === 'paragraph').map((node) => plainText(node))
}

/**
 * The seed plan built to Word as it is written (`--no-simplify`), printed to PDF by LibreOffice, and read back by
 * `easyread build`: the published-PDF path end to end, on a 90-page document with a "Page N of M" footer.
 */
describe('the seed plan as a PDF (our Word output, printed by LibreOffice)', () => {
  let word: Awaited<ReturnType<typeof readPlan>>
  let pdf: Awaited<ReturnType<typeof readPlan>>
  let out: string
  let wordOut: string
  let pdfPath: string

  beforeAll(async () => {
    const built = await temporaryFolder()
    const first = runCli(['build', fullPlan, '--no-simplify', '--format', 'docx', '--out', built])
    expect(first.code, first.stderr).toBe(0)
    pdfPath = await convertWithLibreOffice(path.join(built, `${name}.docx`), 'pdf')
    out = await temporaryFolder()
    const second = runCli(['build', pdfPath, '--no-simplify', '--format', 'html,json', '--out', out])
    expect(second.stderr).toBe('')
    expect(second.code).toBe(0)
    // The Word file itself built the same way: the sentences its report gives are what the PDF's report should give.
    wordOut = await temporaryFolder()
    const third = runCli(['build', path.join(built, `${name}.docx`), '--no-simplify', '--format', 'json', '--out', wordOut])
    // Our own Word file has a picture in each row: reading it back, the reader says it drops each (on stderr) and nothing else.
    const warnings = third.stderr.split('\n').filter((line) => /\bwarning\b/.test(line))
    expect(warnings.length).toBeGreaterThan(0)
    expect(warnings.filter((line) => !/docx-picture/.test(line))).toEqual([])
    expect(third.code).toBe(0)
    ;[word, pdf] = await Promise.all([readPlan(path.join(built, `${name}.docx`)), readPlan(pdfPath)])
  }, 600_000)

  test('at least 90% of the headings and of the sentences come back, in order', async () => {
    const headings = headingsOf(word.tree).map((heading) => heading.text)
    expect(headings.length).toBeGreaterThan(20)
    expect(inOrder(headings, headingsOf(pdf.tree).map((heading) => heading.text)) / headings.length).toBeGreaterThanOrEqual(0.9)
    // The Word writer's contents page ("Introduction", tab, "Page", an empty page field) is no sentence of the plan:
    // the Word reader leaves it out itself, with a note, as it leaves out the cover's picture.
    expect(contentsOf(word.tree)).toEqual([])
    expect(word.file.messages.map((message) => message.ruleId)).toContain('docx-contents')
    // As read: the PDF reader gives back the paragraphs of the Word file (labels of plan blocks included).
    const sentences = sentencesOf(word.tree).map(squash)
    expect(sentences.length).toBeGreaterThan(500)
    expect(inOrder(sentences, sentencesOf(pdf.tree).map(squash)) / sentences.length).toBeGreaterThanOrEqual(0.9)
    // As built: the report of the PDF gives the sentences the report of the Word file gives (a plan block's labels are
    // labels there, not sentences, in both).
    const reported = async (folder: string) => (JSON.parse(await readFile(path.join(folder, `${name}.report.json`), 'utf8')) as {sentences: Array<{text: string}>}).sentences.map((sentence) => squash(sentence.text))
    const built = await reported(wordOut)
    expect(built.length).toBeGreaterThan(400)
    expect(inOrder(built, await reported(out)) / built.length).toBeGreaterThanOrEqual(0.9)
  })

  test('no "Page N of M" footer reaches the output; the footer\'s drop is reported once, with its pages', async () => {
    const html = await readFile(path.join(out, `${name}.html`), 'utf8')
    const report = await readFile(path.join(out, `${name}.report.json`), 'utf8')
    for (const output of [html, report.replace(/"message": "Left out[^"]*"/g, '')]) expect(output).not.toMatch(/Page \d+ of \d+/)
    const footers = pdf.file.messages.filter((message) => message.ruleId === 'pdf-furniture')
    expect(footers.map((message) => message.reason)).toEqual([expect.stringMatching(/^Left out "Page N of N" at the top or bottom of pages 2–\d+: page furniture/)])
  })
})
