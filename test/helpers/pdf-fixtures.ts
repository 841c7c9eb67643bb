import {readFile} from 'node:fs/promises'
import path from 'node:path'
import type {Heading, Nodes, Root} from 'mdast'
import {expect} from 'vitest'
import {plainText} from '../../src/util/plain-text.js'
import {sentenceRanges} from '../../src/util/sentences.js'
import {fixtures} from './paths.js'

/** What `test/fixtures/pdf/make.mjs` wrote beside each PDF: the plan's headings, texts, table and furniture. */
export interface ExpectedPdf {
  title: string
  headings: Array<{depth: number; text: string}>
  texts: string[]
  table?: string[][]
  contents: string[]
  furniture: string[]
}

export const pdfFixtures = path.join(fixtures, 'pdf')

export async function expectedPdf(name: string): Promise<ExpectedPdf> {
  return JSON.parse(await readFile(path.join(pdfFixtures, `${name}.expected.json`), 'utf8')) as ExpectedPdf
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

function blocks(tree: Root, type: 'paragraph' | 'heading'): Nodes[] {
  const found: Nodes[] = []
  const walk = (node: Nodes) => {
    if (node.type === type) found.push(node)
    else if ('children' in node) for (const child of node.children as Nodes[]) walk(child)
  }
  walk(tree)
  return found
}

/** Every sentence of every paragraph, as the tool will cut them. */
export function sentencesOf(tree: Root): string[] {
  return blocks(tree, 'paragraph').flatMap((node) => {
    const text = squash(plainText(node))
    return sentenceRanges(text).map(([start, end]) => text.slice(start, end))
  })
}

export function headingsOf(tree: Root): Array<{depth: number; text: string}> {
  return (blocks(tree, 'heading') as Heading[]).map((node) => ({depth: node.depth, text: squash(plainText(node))}))
}

/**
 * The checks every reading of the two-column fixture must pass: each sentence stands whole in one paragraph or
 * list item of the source (none mixes the columns), every source sentence comes back, the headings come back with
 * their levels (or, `loose`, only their texts, in any order), and no contents entry, running header or footer is left.
 */
export function expectCleanReading(tree: Root, expected: ExpectedPdf, options: {levels?: 'exact' | 'loose'} = {}): void {
  const sentences = sentencesOf(tree)
  const cells = (expected.table ?? []).flat()
  for (const sentence of sentences) {
    if (cells.includes(sentence)) continue
    expect(expected.texts.some((text) => text.includes(sentence)), `"${sentence}" is not in one paragraph of the source`).toBe(true)
  }
  const body = squash(sentences.join(' '))
  for (const text of expected.texts) for (const [start, end] of sentenceRanges(text)) expect(body).toContain(text.slice(start, end))
  const headings = headingsOf(tree)
  if (options.levels === 'loose') expect(headings.map((heading) => heading.text).sort()).toEqual(expected.headings.map((heading) => heading.text).sort())
  else expect(headings).toEqual(expected.headings)
  const everything = squash(plainText(tree))
  for (const entry of expected.contents) expect(everything.split(entry).length - 1, `"${entry}" once, as a heading, not also as a contents entry`).toBeLessThanOrEqual(1)
  expect(everything).not.toMatch(/\bOFFICIAL\b|Page \| \d|\.{4,}/)
}
