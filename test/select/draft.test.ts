import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {beforeAll, describe, expect, test} from 'vitest'
import {buildWith, prepare} from '../../src/index.js'
import type {PipelineData} from '../../src/pipeline.js'
import type {Options} from '../../src/options.js'
import {draftWith} from '../../src/simplify/draft.js'
import {temporaryFolder} from '../helpers/cli.js'
import {parsePage, textOf} from '../helpers/html.js'
import {root} from '../helpers/paths.js'

/** Nothing is lost silently: the draft offers each left-out sentence back where it stood, and the build keeps what the writer restored. */
const councilPlan = path.join(root, 'plans', 'brookfield-council-plan.md')
let options: Options
let data: PipelineData
let markdown: string
let changes: string
let folder: string

beforeAll(async () => {
  ;({options, data} = await prepare({formats: ['html']}))
  folder = await temporaryFolder('easyread-select-draft-')
  ;({markdown, changes} = await draftWith(councilPlan, options, data))
}, 300_000)

const comment = /<!-- easyread-left-out \[(\w+)\]: (.+?) -->/g

describe('left-out sentences in the draft', () => {
  test('each left-out sentence is a comment with its role where it stood, and on the changes page', async () => {
    const found = [...markdown.matchAll(comment)]
    expect(found.length).toBeGreaterThan(20)
    const thanks = found.find((match) => match[2]!.startsWith('I want to thank every resident'))
    expect(thanks?.[1]).toBe('foreword')
    // Where it stood: after the foreword's heading, before the next section's heading.
    const at = markdown.indexOf(thanks![0])
    expect(markdown.lastIndexOf('## Foreword from the Leader of the Council', at)).toBeGreaterThan(-1)
    expect(markdown.indexOf('## Foreword from the Chief Executive')).toBeGreaterThan(at)
    expect(changes).toContain('Left out to keep the easy read short')
    expect(changes).toContain('I want to thank every resident')
    expect(markdown).toContain('## About this plan')
  })

  test('easyread build on the draft keeps the sentence the writer restored, and drops the comments left', async () => {
    const thanks = [...markdown.matchAll(comment)].find((match) => match[2]!.startsWith('I want to thank every resident'))!
    const other = [...markdown.matchAll(comment)].find((match) => match[1] === 'context')!
    const edited = markdown.replace(thanks[0], thanks[2]!)
    const draft = path.join(folder, 'brookfield.draft.md')
    await writeFile(draft, edited)
    const {file, outputs} = await buildWith(draft, {...options, formats: ['html']}, data)
    const text = textOf(parsePage(outputs.html as string)).replace(/\s+/g, ' ')
    expect(text).toContain(thanks[2])
    expect(text).not.toContain(other[2])
    expect(text).not.toContain('easyread-left-out')
    // A draft is built as the writer left it: nothing is selected again.
    expect(file.data.leftOut).toBeUndefined()
    expect((await readFile(draft, 'utf8')).length).toBe(edited.length)
  })
})
