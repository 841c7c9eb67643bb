import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {Heading, List, ListItem, Nodes, Root, Table} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {beforeAll, describe, expect, test} from 'vitest'
import {readPlan} from '../../src/read/index.js'
import {buildWith, prepare} from '../../src/index.js'
import {temporaryFolder} from '../helpers/cli.js'
import {ColumnBreak, Document, HeadingLevel, PageBreak, Packer, Paragraph, TextRun} from 'docx'
import {wordPlan} from '../helpers/word-fixtures.js'

let docxPath: string
let tree: Root
let messages: string[]

function all<T extends Nodes>(node: Nodes, type: T['type']): T[] {
  const found: T[] = node.type === type ? [node as T] : []
  if ('children' in node) for (const child of node.children as Nodes[]) found.push(...all<T>(child, type))
  return found
}

beforeAll(async () => {
  docxPath = path.join(await temporaryFolder(), 'riverside-safety.docx')
  await writeFile(docxPath, await wordPlan())
  const read = await readPlan(docxPath)
  tree = read.tree
  messages = read.file.messages.map((message) => `${message.line}:${message.column} ${message.reason}`)
})

describe('the .docx reader, on a plan written with the docx library', () => {
  test('Title is the level-1 heading, Heading 1 and 2 come one level below it', () => {
    expect(all<Heading>(tree, 'heading').map((heading) => `${heading.depth} ${toString(heading)}`)).toEqual(['1 Riverside Safety Plan', '2 Our aims', '3 How we will check'])
  })

  test('bold text, the hyperlink and the footnote keep their kind', () => {
    expect(all(tree, 'strong').map((node) => toString(node))).toEqual(['safe'])
    const links = all<Extract<Nodes, {type: 'link'}>>(tree, 'link')
    expect(links.map((link) => `${link.url} ${toString(link)}`)).toEqual(['https://example.org/plan our website'])
    const references = all<Extract<Nodes, {type: 'footnoteReference'}>>(tree, 'footnoteReference')
    const definitions = all<Extract<Nodes, {type: 'footnoteDefinition'}>>(tree, 'footnoteDefinition')
    expect(references.map((reference) => reference.identifier)).toEqual(definitions.map((definition) => definition.identifier))
    expect(definitions.map((definition) => toString(definition))).toEqual(['The council agreed this in May 2024.'])
  })

  test('bulleted lists nest, numbered lists are ordered', () => {
    const lists = tree.children.filter((node): node is List => node.type === 'list')
    expect(lists.map((list) => list.ordered)).toEqual([false, true])
    const [bullets, numbers] = lists as [List, List]
    const outline = (list: List): unknown[] => list.children.map((item: ListItem) => {
      const nested = item.children.find((child): child is List => child.type === 'list')
      const own = toString(item.children[0]!)
      return nested ? [own, outline(nested)] : own
    })
    expect(outline(bullets)).toEqual([['Patrol the park.', ['At night.', 'At weekends.']], 'Meet the schools.'])
    expect(outline(numbers)).toEqual(['Count the calls.', 'Ask the people.'])
  })

  test('a table stays a table, first row as its header', () => {
    const tables = all<Table>(tree, 'table')
    expect(tables).toHaveLength(1)
    expect(tables[0]!.children.map((row) => row.children.map((cell) => toString(cell)))).toEqual([['Year', 'Calls'], ['2024', '1200']])
  })

  test('the picture is dropped and the unknown style kept, each with a message at its Word paragraph', () => {
    expect(all(tree, 'image')).toEqual([])
    expect(toString(tree)).toContain('Safety is everyone’s job.')
    expect(messages).toEqual([
      '4:1 Dropped a picture "Map of Riverside" (paragraph 4): easy read chooses its own pictures',
      '18:1 Unknown Word paragraph style "Fancy Quote" (paragraph 18): read as a normal paragraph'
    ])
  })

  test('places: line is the Word paragraph, column the character in it', () => {
    const place = (text: string) => {
      const node = all(tree, 'paragraph').find((paragraph) => toString(paragraph) === text)
      return `${node?.position?.start.line}:${node?.position?.start.column}`
    }
    expect(place('We will:')).toBe('5:1')
    expect(place('Patrol the park.')).toBe('6:1')
    expect(place('Ask the people.')).toBe('12:1')
    expect(place('Read more on our website.')).toBe('17:1')
    const link = all(tree, 'link')[0]!
    expect(link.position?.start).toMatchObject({line: 17, column: 14})
  })

  test('a whole build from the .docx reports each sentence at its paragraph', async () => {
    // Every sentence, so each one's place can be checked: the select stage would leave some out.
    const {options, data} = await prepare({formats: ['json'], select: false})
    const {file} = await buildWith(docxPath, options, data)
    const lines = Object.fromEntries((file.data.sentences ?? []).map((sentence) => [sentence.text, sentence.line]))
    expect(lines).toMatchObject({'We will:': 5, 'Patrol the park.': 6, 'At weekends.': 8, 'Count the calls.': 11, 'Read more on our website.': 17})
  })
})

describe('underlined words in a Word plan', () => {
  test('are flagged by the checker at their paragraph and column, as in Markdown', async () => {
    // A heading makes it a structured Word plan (one of plain paragraphs is read as exported text, formatting aside).
    const document = new Document({sections: [{children: [
      new Paragraph({heading: HeadingLevel.HEADING_1, children: [new TextRun('Our park')]}),
      new Paragraph({children: [new TextRun('This is '), new TextRun({text: 'really', underline: {}}), new TextRun(' good news.')]})
    ]}]})
    const file = path.join(await temporaryFolder(), 'underline.docx')
    await writeFile(file, await Packer.toBuffer(document))
    const {options, data} = await prepare({formats: ['json']})
    const built = await buildWith(file, options, data)
    const underlined = built.file.messages.filter((message) => message.ruleId === 'bold-emphasis-only')
    expect(underlined.map((message) => `${message.line}:${message.column} ${message.reason.slice(0, 26)}`)).toEqual(['2:9 Unexpected underlined text'])
    // The marks themselves never reach the page as words.
    expect(built.file.data.sentences?.map((sentence) => sentence.text)).toContain('This is really good news.')
  })
})

describe('breaks and characters inside a Word paragraph', () => {
  /** "We will" and "meet you" either side of a break, a decomposed "café" and a soft hyphen in "community". */
  const runs = (breakRun: TextRun | PageBreak | ColumnBreak) => [new TextRun('We will'), breakRun, new TextRun('meet you at the cafe\u0301 near the com\u00admunity hall.')]
  const breaks = {'a page break': () => new PageBreak(), 'a column break': () => new ColumnBreak(), 'a line break': () => new TextRun({text: '', break: 1})}

  test.each(Object.keys(breaks))('%s parts two words, and the text is NFC without soft hyphens, in a structured and a plain document', async (kind) => {
    for (const structured of [true, false]) {
      const document = new Document({sections: [{children: [
        ...(structured ? [new Paragraph({heading: HeadingLevel.HEADING_1, children: [new TextRun('Our town')]})] : []),
        new Paragraph({children: runs(breaks[kind as keyof typeof breaks]())})
      ]}]})
      const file = path.join(await temporaryFolder(), 'breaks.docx')
      await writeFile(file, await Packer.toBuffer(document))
      const {options, data} = await prepare({formats: ['json']})
      const built = await buildWith(file, options, data)
      const text = (built.file.data.sentences ?? []).map((sentence) => sentence.text).join(' ')
      expect(text, `${kind}, structured: ${structured}`).toMatch(/^We will\smeet you at the café near the community hall\.$/)
    }
  })
})
