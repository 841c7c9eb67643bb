import {describe, expect, test} from 'vitest'
import type {Root} from 'mdast'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import {VFile} from 'vfile'
import {loadSelectData, shippedSelectData} from '../../src/select/load.js'
import {planPriorities, planSections} from '../../src/select/roles.js'
import {planKind, planYears} from '../../src/select/opening.js'
import {pageModel, toPages} from '../../src/select/page-model.js'
import {select} from '../../src/select/plugin.js'
import {temporaryFolder} from '../helpers/cli.js'
import {writeFile} from 'node:fs/promises'
import path from 'node:path'

const parse = (markdown: string) => unified().use(remarkParse).parse(markdown) as Root
const data = shippedSelectData()

describe('roles of sections, from their headings (glossary/select.yml)', () => {
  test.each([
    ['Chief Constable’s Foreword', 'foreword'],
    ['Foreword from the Leader of the Council', 'foreword'],
    ['National strategic alignment', 'context'],
    ['Local priorities', 'priority'],
    ['Our priorities', 'priority'],
    ['Governance and performance', 'reporting'],
    ['How we will check the plan is working', 'reporting'],
    ['Engaging with us', 'contact'],
    ['Get in touch', 'contact'],
    ['Inclusive and accessible engagement', 'contact'],
    ['Introduction', 'introduction'],
    ['Equality, diversity and inclusion', 'other']
  ])('"%s" is a %s section', (heading, role) => {
    const [, section] = planSections(parse(`# Plan\n\n## ${heading}\n\nWords.\n`), data)
    expect(section!.role).toBe(role)
  })

  test('a subsection takes its parent’s role; the priorities are the priority section’s list, else its subsections', () => {
    const sections = planSections(parse('# P\n\n## Our priorities\n\nWe have two.\n\n### Homes\n\nA.\n\n### Jobs\n\nB.\n\n### Plan on a page\n'), data)
    expect(sections.map((section) => section.role)).toEqual(['other', 'priority', 'priority', 'priority', 'priority'])
    expect(planPriorities(sections)).toEqual(['Homes', 'Jobs'])
    expect(planPriorities(planSections(parse('# P\n\n## Local priorities\n\n- Safe streets\n- Good schools\n'), data))).toEqual(['Safe streets', 'Good schools'])
  })
})

describe('the opening’s facts', () => {
  test('years and the kind of plan', () => {
    expect(planYears('Lanarkshire Local Police Plan 2023-26', parse(''))).toEqual({from: '2023', to: '2026'})
    expect(planYears('Plan', parse('This plan runs from 2025 to 2030.'))).toEqual({from: '2025', to: '2030'})
    expect(planYears('Plan', parse('Call 0800 555111.'))).toBeUndefined()
    expect(planKind('Brookfield Council Plan 2025-2030', parse(''), data.opening.kinds).name).toBe('council')
    expect(planKind('Our plan', parse('The health board and the NHS will.'), data.opening.kinds).name).toBe('health')
  })

  test('the stage opens the document with "About this plan" and lists the priorities', async () => {
    const tree = parse('# Riverbank Council Plan 2026-2029\n\n## Our priorities\n\n### Clean streets\n\nWe will sweep every street each week.\n\n### Safe parks\n\nWe will light the parks.\n')
    const file = new VFile()
    file.data.title = 'Riverbank Council Plan 2026-2029'
    const out = (await unified().use(select, {}).run(tree, file)) as Root
    const text = out.children.map((node) => ('children' in node ? node.children.map((child) => ('value' in child ? child.value : '')).join('') : '')).join('\n')
    expect(out.children[1]).toMatchObject({type: 'heading', depth: 2})
    expect(text).toContain('This is a council plan.')
    expect(text).toContain('Riverbank Council made this plan.')
    expect(text).toContain('It is for the years 2026 to 2029.')
    expect(text).toContain('The plan has 2 priorities.')
    expect(file.data.leftOut).toEqual([])
  })
})

describe('the page model', () => {
  test('more words, more pages; bigger type, more pages', () => {
    const model = pageModel({fontSize: 16, lineSpacing: 1.5, pageSize: 'A4'})
    const large = pageModel({fontSize: 21, lineSpacing: 1.5, pageSize: 'A4'})
    const sentence = 'We will build new homes that people can afford in every town of the district.'
    expect(model.paragraph(sentence + ' ' + sentence)).toBeGreaterThan(model.paragraph(sentence))
    expect(large.paragraph(sentence)).toBeGreaterThan(model.paragraph(sentence))
    expect(model.row(model.paragraph('Short.'))).toBeGreaterThan(model.paragraph('Short.'))
    expect(toPages(model.bodyHeight, model)).toBeGreaterThan(1)
  })
})

describe('select.yml is checked where it is read', () => {
  test('an unknown role and a wrong share are named with their line and column', async () => {
    const folder = await temporaryFolder('easyread-select-data-')
    const file = path.join(folder, 'select.yml')
    const text = (await import('node:fs')).readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), '..', '..', 'glossary', 'select.yml'), 'utf8')
    await writeFile(file, text.replace('need: [priority,', 'need: [priorty,').replace('repeats: 0.7', 'repeats: 7'))
    const loaded = loadSelectData(file)
    expect(loaded.ok).toBe(false)
    if (loaded.ok) return
    const messages = loaded.errors.map((error) => `${error.line}:${error.column} ${error.message}`)
    expect(messages.some((message) => /^\d+:\d+ Unknown role "priorty"/.test(message))).toBe(true)
    expect(messages.some((message) => /^\d+:\d+ "repeats" must be a share/.test(message))).toBe(true)
  })
})
