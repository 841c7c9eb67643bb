import {readdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {VFile} from 'vfile'
import {unified} from 'unified'
import type {Root} from 'mdast'
import {textReader} from '../../src/read/text.js'
import {planBlocks} from '../../src/structure/plan-blocks.js'
import {oneSentencePerLine} from '../../src/structure/sentences.js'
import {fixtures} from '../helpers/paths.js'
import {outline} from '../helpers/outline.js'

const folder = path.join(fixtures, 'text')

/** The structure stages that shape a text plan, without the glossary and readability. */
async function shape(text: string): Promise<Root> {
  const file = new VFile({path: 'input.txt', value: text})
  const tree = await textReader.read(file)
  return (await unified().use(planBlocks).use(oneSentencePerLine).run(tree, file)) as Root
}

describe('text reader fixtures (UPDATE=1 rewrites expected.json)', async () => {
  for (const name of await readdir(folder)) {
    test(name, async () => {
      const input = await readFile(path.join(folder, name, 'input.txt'), 'utf8')
      const actual = outline(await shape(input))
      const expectedPath = path.join(folder, name, 'expected.json')
      if (process.env.UPDATE) await writeFile(expectedPath, JSON.stringify(actual, null, 2) + '\n')
      expect(actual).toEqual(JSON.parse(await readFile(expectedPath, 'utf8')))
    })
  }
})

describe('text reader positions', () => {
  test('bookmark markers are removed and the heading points after them', async () => {
    const tree = await textReader.read(new VFile({value: ' [bookmark: _Toc132899171]Chief Constable’s Foreword\nWe wrote this plan with you.'}))
    const heading = tree.children[0]!
    expect(heading.type).toBe('heading')
    expect(heading.position?.start).toEqual({line: 1, column: 27, offset: 26})
  })

  test('each sentence keeps the line and column where it starts in the file', async () => {
    const tree = await shape('Intro line that is long enough to be a body line here.\nWe will act. We will listen to you.')
    const starts = tree.children.map((node) => `${node.position?.start.line}:${node.position?.start.column}`)
    expect(starts).toEqual(['1:1', '2:1', '2:14'])
  })

  test('a paragraph broken by the export keeps one position across its lines', async () => {
    const tree = await shape('Objective: Work with groups \norganisations to support us\n')
    const block = tree.children[0]!
    expect(block.type).toBe('planBlock')
    expect(block.position).toMatchObject({start: {line: 1, column: 1}, end: {line: 2, column: 28}})
  })
})
