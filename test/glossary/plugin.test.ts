import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {build} from '../../src/index.js'
import {fixtures} from '../helpers/paths.js'
import {temporaryFolder} from '../helpers/cli.js'
import {elements, parsePage, textOf} from '../helpers/html.js'

const glossary = [path.join(fixtures, 'glossary-small')]

/** Build a small Markdown plan with the small glossary; returns the page's parsed HTML and the file. */
async function page(markdown: string, options: Record<string, unknown> = {}) {
  const plan = path.join(await temporaryFolder(), 'plan.md')
  await writeFile(plan, markdown)
  const {file, outputs} = await build(plan, {glossary, formats: ['html'], simplify: false, ...options})
  const tree = parsePage(String(outputs.html))
  // Paragraphs inside callout boxes and the footer are not the plan's sentences.
  const nested = new Set(elements(tree, (element) => element.tagName === 'aside' || element.tagName === 'footer').flatMap((box) => elements({type: 'root', children: [box]}, (element) => element.tagName === 'p')))
  const flow = elements(tree, (element) => ['p', 'aside', 'h2'].includes(element.tagName) && !nested.has(element))
  return {file, tree, flow, bold: elements(tree, (element) => element.tagName === 'strong' && !elements({type: 'root', children: [element]}, (inner) => inner.tagName === 'dfn').length).map(textOf), callouts: elements(tree, (element) => element.tagName === 'aside').map(textOf)}
}

describe('term callouts', () => {
  test('the first use is bold and explained right after its sentence; later uses are plain', async () => {
    const {flow, callouts, file} = await page('# Plan\n\nAsk your councillor. Councillors meet every week. A councillor can help.\n')
    const texts = flow.map(textOf)
    expect(texts.slice(0, 3)).toEqual(['Ask your councillor.', 'A councillor is a person that local people vote for.', 'Councillors meet every week.'])
    expect(callouts).toHaveLength(1)
    expect(file.data.glossary).toEqual([{termId: 'councillor', term: 'councillor', first: {line: 3, column: 10}, explained: 'callout', uses: 3}])
  })

  test('the callout is accessible: the box is labelled and the term marked as the defined term', async () => {
    const {tree} = await page('# Plan\n\nWe care about wellbeing.\n')
    const [aside] = elements(tree, (element) => element.tagName === 'aside')
    expect(aside?.properties.ariaLabel).toBe('What wellbeing means')
    expect(elements({type: 'root', children: [aside!]}, (element) => element.tagName === 'dfn').map(textOf)).toEqual(['Wellbeing'])
  })

  test('bold every use, when asked', async () => {
    const {bold} = await page('# Plan\n\nAsk your councillor. Councillors meet every week.\n', {boldEveryUse: true})
    expect(bold).toEqual(['councillor', 'Councillors'])
  })

  test('callouts at the end of the section, when asked', async () => {
    const {flow} = await page('# Plan\n\n## One\n\nWe care about wellbeing. We meet often.\n\n## Two\n\nAsk a councillor.\n', {callouts: 'section'})
    const order = flow.map((element) => `${element.tagName}: ${textOf(element)}`)
    expect(order).toEqual(['h2: One', 'p: We care about wellbeing.', 'p: We meet often.', 'aside: Wellbeing means feeling healthy and happy.', 'h2: Two', 'p: Ask a councillor.', 'aside: A councillor is a person that local people vote for.'])
  })

  test('inside a list item, the short gloss follows after a dash', async () => {
    const {tree, callouts} = await page('# Plan\n\nThe plan says:\n\n- what our objectives are\n- how we help wellbeing\n')
    expect(elements(tree, (element) => element.tagName === 'li').map(textOf)).toEqual(['what our objectives are – something we want to achieve', 'how we help wellbeing – feeling healthy and happy'])
    expect(callouts).toEqual([])
  })

  test('no second explanation where the plan explains the term itself', async () => {
    const {callouts, file} = await page('# Plan\n\nLocal councillors check it.\n\nA councillor is a person who is elected.\n\n- what their objectives are – what they want to achieve\n\nWellbeing means feeling good.\n')
    expect(callouts).toEqual([])
    expect(file.data.glossary?.map((use) => `${use.termId} ${use.explained}`)).toEqual(['councillor by-text', 'objective by-text', 'wellbeing by-text'])
  })

  test('a list item has one dash gloss, before its closing colon; other new terms are explained after the list', async () => {
    const {tree, flow} = await page('# Plan\n\n- our objectives:\n  - ask councillors about wellbeing\n  - help – for the scrutiny board\n\nThe end.\n')
    expect(elements(tree, (element) => element.tagName === 'li').map(textOf)).toEqual([
      'our objectives – something we want to achieve: ask councillors about wellbeing – a person local people vote for help – for the scrutiny board',
      'ask councillors about wellbeing – a person local people vote for',
      'help – for the scrutiny board'
    ])
    // The item that has its own dash, and the second term of an item, are explained after the whole list: one box a
    // row, never in the row after a box, so the second has no room before the document ends and waits for a later use.
    expect(flow.map(textOf).slice(-2)).toEqual(['Wellbeing means feeling healthy and happy.', 'The end.'])
  })

  test('the plan’s own bold around a term is the term’s bold, not bold inside bold', async () => {
    const {tree} = await page('# Plan\n\nAsk your **councillors**.\n')
    expect(elements(tree, (element) => element.tagName === 'strong' && element.children.some((child) => child.type === 'element' && child.tagName === 'strong'))).toEqual([])
    expect(elements(tree, (element) => element.tagName === 'strong' && (element.properties.className as string[] | undefined)?.includes('term') === true).map(textOf)).toEqual(['councillors'])
  })

  test('a link’s text is read, its address never', async () => {
    const {tree, callouts} = await page('# Plan\n\nWrite to [your councillor](https://example.org/wellbeing).\n')
    const [link] = elements(tree, (element) => element.tagName === 'a')
    expect(link?.properties.href).toBe('https://example.org/wellbeing')
    expect(elements({type: 'root', children: [link!]}, (element) => element.tagName === 'strong').map(textOf)).toEqual(['councillor'])
    expect(callouts).toEqual(['A councillor is a person that local people vote for.'])
  })

  test('never inside link addresses, code or headings', async () => {
    const {bold, file} = await page('# Wellbeing\n\nSee [the site](https://example.org/councillor) and `scrutiny board` here.\n')
    expect(bold).toEqual([])
    expect(file.data.glossary).toEqual([])
  })
})
