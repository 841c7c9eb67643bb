import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {Heading, ListItem, Nodes, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {beforeAll, describe, expect, test} from 'vitest'
import {readPlan} from '../../src/read/index.js'
import {createProcessor} from '../../src/pipeline.js'
import {buildWith, prepare} from '../../src/index.js'
import {temporaryFolder} from '../helpers/cli.js'
import {fullPlan} from '../helpers/paths.js'

const title = 'Lanarkshire Local Police Plan 2023-26'
let built: Root
let sentences: string[]
let readBack: Root
let messages: string[]

const clean = (text: string) => text.replace(/\s+/g, ' ').trim()

function all<T extends Nodes>(node: Nodes, type: T['type']): T[] {
  const found: T[] = node.type === type ? [node as T] : []
  if ('children' in node) for (const child of node.children as Nodes[]) found.push(...all<T>(child, type))
  return found
}

/** A node's words as the Word writer writes them: a list item's gloss after a dash. */
function words(node: Nodes): string {
  if (node.type === 'termGloss') return ` – ${node.value}`
  if ('value' in node) return node.value
  return 'children' in node ? (node.children as Nodes[]).map(words).join('') : ''
}

/** Each list item's own words (its first paragraph) with its depth and list kind. */
function items(tree: Root): string[] {
  const result: string[] = []
  const walk = (node: Nodes, depth: number, ordered: boolean) => {
    if (node.type === 'list') for (const item of node.children) walk(item, depth + 1, node.ordered === true)
    else if (node.type === 'listItem') {
      result.push(`${depth} ${ordered ? '1.' : '-'} ${clean(words((node as ListItem).children[0]!))}`)
      for (const child of node.children) walk(child, depth, ordered)
    } else if ('children' in node) for (const child of node.children as Nodes[]) walk(child, depth, ordered)
  }
  walk(tree, 0, false)
  return result
}

beforeAll(async () => {
  // The whole plan (the select stage off): the round trip is about the reader, not what an easy read keeps.
  const {options, data} = await prepare({title, formats: ['docx'], select: false})
  // The tree the writers saw, and the plan's sentences.
  const {file: first, tree} = await readPlan(fullPlan)
  built = (await createProcessor(options, data).run(tree, first)) as Root
  // After the sentences stage, each paragraph of the tree is one sentence of the plan.
  sentences = all(built, 'paragraph').map((paragraph) => clean(words(paragraph))).filter((text) => text !== '')
  const {outputs} = await buildWith(fullPlan, options, data)
  const docx = path.join(await temporaryFolder(), 'seed.docx')
  await writeFile(docx, outputs.docx as Uint8Array)
  const read = await readPlan(docx)
  readBack = read.tree
  messages = read.file.messages.map((message) => message.reason)
}, 600_000)

describe('round trip: the seed plan built to Word and read back with the .docx reader', () => {
  test('gives the same headings (the title from the cover, the colophon after them)', () => {
    const headings = (tree: Root) => all<Heading>(tree, 'heading').map((heading) => `${heading.depth} ${clean(toString(heading))}`)
    expect(headings(built).length).toBeGreaterThan(15)
    // The whole plan is long enough for a contents page after the cover: page furniture, left out when read back.
    expect(headings(readBack)).toEqual([...headings(built), '2 About this document'])
    expect(messages).toContain(`Left out the contents page (${all<Heading>(built, 'heading').filter((heading) => heading.depth === 2).length} entries): the easy read makes its own`)
  })

  test('gives the same lists, nested and ordered as they were', () => {
    const before = items(built)
    expect(before.length).toBeGreaterThan(50)
    expect(items(readBack)).toEqual(before)
  })

  test('gives every sentence, in order (the glossary’s boxes come between them)', () => {
    const paragraphs = all(readBack, 'paragraph').map((paragraph) => clean(words(paragraph)))
    expect(sentences.length).toBeGreaterThan(300)
    let at = 0
    const missing: string[] = []
    for (const sentence of sentences) {
      const found = paragraphs.indexOf(sentence, at)
      if (found === -1) missing.push(sentence)
      else at = found + 1
    }
    expect(missing).toEqual([])
  })

  test('the row pictures are dropped with a message each; easyread’s own styles are known', () => {
    expect(all(readBack, 'image')).toEqual([])
    expect(messages.filter((message) => message.startsWith('Dropped a picture')).length).toBeGreaterThan(10)
    expect(messages.filter((message) => message.startsWith('Unknown Word'))).toEqual([])
  })
})
