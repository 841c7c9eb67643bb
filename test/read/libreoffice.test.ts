import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {Heading, Nodes, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {unified} from 'unified'
import remarkRehype from 'remark-rehype'
import rehypeStringify from 'rehype-stringify'
import {beforeAll, describe, expect, test} from 'vitest'
import {readPlan} from '../../src/read/index.js'
import {runCli, temporaryFolder} from '../helpers/cli.js'
import {fullPlan, samplePlan} from '../helpers/paths.js'
import {convertWithLibreOffice} from '../helpers/word-fixtures.js'

const title = 'Lanarkshire Local Police Plan 2023-26'
const name = path.basename(fullPlan, '.txt')

function all<T extends Nodes>(node: Nodes, type: T['type']): T[] {
  const found: T[] = node.type === type ? [node as T] : []
  if ('children' in node) for (const child of node.children as Nodes[]) found.push(...all<T>(child, type))
  return found
}

describe('the seed plan as a .docx made by LibreOffice from the .txt', () => {
  let docx: string
  let fromText: string
  let fromWord: string

  beforeAll(async () => {
    docx = await convertWithLibreOffice(fullPlan, 'docx')
    fromText = await temporaryFolder()
    fromWord = await temporaryFolder()
    for (const [plan, folder] of [[fullPlan, fromText], [docx, fromWord]] as const) {
      const result = runCli(['build', plan, '--out', folder, '--title', title])
      expect(result.stderr).toBe('')
      expect(result.code).toBe(0)
    }
  })

  test('is one Word paragraph a line, read as the text export is: the same tree, the same places', async () => {
    const [text, word] = await Promise.all([readPlan(fullPlan), readPlan(docx)])
    expect(word.tree).toEqual(text.tree)
    expect(word.file.messages.map(String)).toEqual([])
  })

  test('builds to the same HTML and Word files as the .txt, byte for byte, and the same report', async () => {
    for (const output of [`${name}.html`, `${name}.docx`]) {
      const [a, b] = await Promise.all([readFile(path.join(fromText, output)), readFile(path.join(fromWord, output))])
      expect(b.equals(a), output).toBe(true)
    }
    const report = async (folder: string) => ({...JSON.parse(await readFile(path.join(folder, `${name}.report.json`), 'utf8')), file: undefined})
    expect(await report(fromWord)).toEqual(await report(fromText))
  })
})

describe('a structured .docx made by LibreOffice (the sample Markdown plan, through HTML)', () => {
  let markdown: Root
  let word: Root

  beforeAll(async () => {
    const folder = await temporaryFolder()
    markdown = (await readPlan(samplePlan)).tree
    const toPage = unified().use(remarkRehype).use(rehypeStringify)
    const html = toPage.stringify(await toPage.run(structuredClone(markdown)))
    const page = path.join(folder, 'riverside.html')
    await writeFile(page, `<!doctype html><html><head><meta charset="utf-8"><title>Riverside</title></head><body>${html}</body></html>`)
    word = (await readPlan(await convertWithLibreOffice(page, 'docx', 'docx:MS Word 2007 XML'))).tree
  })

  test('gives the Markdown plan’s headings, lists and paragraphs', () => {
    const headings = (tree: Root) => all<Heading>(tree, 'heading').map((heading) => `${heading.depth} ${toString(heading)}`)
    expect(headings(markdown).length).toBeGreaterThan(10)
    expect(headings(word)).toEqual(headings(markdown))
    const items = (tree: Root) => all(tree, 'listItem').map((item) => toString(item).replace(/\s+/g, ' ').trim())
    expect(items(word)).toEqual(items(markdown))
    const paragraphs = (tree: Root) => all(tree, 'paragraph').map((paragraph) => toString(paragraph).replace(/\s+/g, ' ').trim())
    expect(paragraphs(word)).toEqual(paragraphs(markdown))
    expect(all(word, 'strong').length).toBe(all(markdown, 'strong').length)
  })
})
