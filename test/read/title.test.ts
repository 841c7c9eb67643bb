import {describe, expect, test} from 'vitest'
import {readPlan} from '../../src/read/index.js'
import {findTitle, looksLikeFileName, titleFromFileName} from '../../src/structure/title.js'
import {headings} from '../../src/structure/headings.js'
import {easyReadPlan, fullPlan} from '../helpers/paths.js'

describe('the title finder', () => {
  test('names the seed plan from its text: the body, the plan\'s name and its years', async () => {
    const {tree} = await readPlan(fullPlan)
    expect(findTitle(tree)).toEqual({title: 'Lanarkshire Local Police Plan 2023-26'})
  })

  test('takes a first line that names a plan as the title', async () => {
    const {tree} = await readPlan(easyReadPlan)
    expect(findTitle(tree)?.title).toBe('Clackmannanshire local policing plan')
  })

  test('finds nothing in a text that names no plan', () => {
    expect(findTitle({type: 'root', children: [{type: 'paragraph', children: [{type: 'text', value: 'We met the people of the town in May.'}]}]})).toBeUndefined()
  })

  test('makes a file name readable, never a hash or a number', () => {
    expect(titleFromFileName('000_473ab78beabed092')).toBe('Easy read plan')
    expect(titleFromFileName('ps-fife-local-police-plan-2020-23')).toBe('Fife local police plan 2020-23')
    expect(titleFromFileName('riverside_plan')).toBe('Riverside plan')
    expect(looksLikeFileName('000 473ab78beabed092')).toBe(true)
    expect(looksLikeFileName('Microsoft Word - plan.docx')).toBe(true)
    expect(looksLikeFileName('Riverside Community Safety Plan 2025-28')).toBe(false)
  })

  test('the headings stage titles the seed plan from its text, and says where the title came from', async () => {
    const {file, tree} = await readPlan(fullPlan)
    headings()(tree, file)
    expect(file.data.title).toBe('Lanarkshire Local Police Plan 2023-26')
    expect(tree.children[0]).toMatchObject({type: 'heading', depth: 1, children: [{value: 'Lanarkshire Local Police Plan 2023-26'}]})
    expect(file.messages.map((message) => message.reason)).toContain('No title line in the plan; using "Lanarkshire Local Police Plan 2023-26", the plan\'s name as its text gives it. Give another with --title')
  })

  test('a first line that names the plan becomes the title, not a second heading', async () => {
    const {file, tree} = await readPlan(easyReadPlan)
    headings()(tree, file)
    expect(file.data.title).toBe('Clackmannanshire local policing plan')
    expect(tree.children.filter((node) => node.type === 'heading' && node.depth === 1)).toHaveLength(1)
    expect(JSON.stringify(tree.children.slice(1))).not.toContain('"Clackmannanshire local policing plan"')
  })
})
