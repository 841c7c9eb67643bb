import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {build, prepare} from '../../src/index.js'
import {createEveryday} from '../../src/select/everyday.js'
import {fixtures} from '../helpers/paths.js'
import {temporaryFolder} from '../helpers/cli.js'
import {elements, parsePage, textOf} from '../helpers/html.js'

/** Fewer, better boxes: one a row, never in the row after a box, none for everyday words; or all at the end. */
const glossary = [path.join(fixtures, 'glossary-small')]

async function flowOf(markdown: string, options: Record<string, unknown> = {}) {
  const plan = path.join(await temporaryFolder('easyread-boxes-'), 'plan.md')
  await writeFile(plan, markdown)
  const {file, outputs} = await build(plan, {glossary, formats: ['html'], simplify: false, ...options})
  const tree = parsePage(String(outputs.html))
  const nested = new Set(elements(tree, (element) => element.tagName === 'aside' || element.tagName === 'footer').flatMap((box) => elements({type: 'root', children: [box]}, (element) => element.tagName === 'p')))
  return {file, flow: elements(tree, (element) => ['p', 'aside', 'h2'].includes(element.tagName) && !nested.has(element)).map((element) => `${element.tagName}: ${textOf(element)}`)}
}

describe('explanation boxes', () => {
  test('two new terms in one sentence: the second box moves to the next row; a row after a box gets none', async () => {
    const {flow, file} = await flowOf('# Plan\n\nAsk a councillor about wellbeing.\n\nWe meet often.\n\nWe talk a lot.\n')
    // Wellbeing waited one row, found the row after a box, and has no later use to explain it: its own sentence
    // explains it after a dash, so that no term is left explained nowhere.
    expect(flow).toEqual([
      'p: Ask a councillor about wellbeing – feeling healthy and happy.',
      'aside: A councillor is a person that local people vote for.',
      'p: We meet often.',
      'p: We talk a lot.'
    ])
    expect(file.data.glossary?.find((use) => use.termId === 'wellbeing')).toMatchObject({explained: 'gloss', first: {line: 3, column: 24}})
    expect(file.data.boxes).toBe(1)
  })

  test('a term with no room whose later uses the select stage leaves out is explained at its first kept use', async () => {
    // The second paragraph's wellbeing is thanks, which select leaves out; the term is still explained.
    const plan = '# Riverside Council Plan 2026-2029\n\n## Our priorities\n\n- Homes people can afford\n- A clean river\n\n## What we will do\n\nAsk a councillor about wellbeing.\n\nWe meet often.\n\nWe talk a lot.\n\n## Thanks\n\nThank you to everyone who cares about wellbeing and made this plan so wonderful.\n'
    const {flow, file} = await flowOf(plan, {simplify: true})
    expect(file.data.leftOut?.map((record) => record.text)).toContain('Thank you to everyone who cares about wellbeing and made this plan so wonderful.')
    expect(flow).toContain('p: Ask a councillor about wellbeing – feeling healthy and happy.')
    expect(file.data.glossary?.find((use) => use.termId === 'wellbeing')?.explained).toBe('gloss')
  })

  test('a waiting term takes the next row when that row may have a box', async () => {
    const {flow} = await flowOf('# Plan\n\nAsk a councillor about wellbeing.\n\nWe meet often.\n\nWe talk a lot.\n\nWellbeing matters.\n')
    expect(flow.at(-2)).toBe('p: Wellbeing matters.')
    expect(flow.at(-1)).toBe('aside: Wellbeing means feeling healthy and happy.')
  })

  test('--callouts end: every explanation in a "Words to know" list at the end', async () => {
    const {flow} = await flowOf('# Plan\n\nAsk a councillor about wellbeing.\n\n## More\n\nWe meet often.\n', {callouts: 'end'})
    expect(flow).toEqual([
      'p: Ask a councillor about wellbeing.',
      'h2: More',
      'p: We meet often.',
      'h2: Words to know',
      'aside: A councillor is a person that local people vote for.',
      'aside: Wellbeing means feeling healthy and happy.'
    ])
  })
})

describe('everyday terms', () => {
  test('a common single word gets no box; a term of several common words does ("local police plan", "hate crime")', async () => {
    const {data} = await prepare({})
    const everyday = createEveryday(data.american)
    const entry = (term: string) => data.glossary.find((candidate) => candidate.term === term)!
    for (const term of ['evidence', 'volunteer', 'purpose']) expect(everyday(entry(term)), term).toBe(true)
    for (const term of ['local police plan', 'hate crime', 'public health', 'human rights', 'person-centred', 'community']) expect(everyday(entry(term)), term).toBe(false)
  })
})
