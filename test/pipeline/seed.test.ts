import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {beforeAll, describe, expect, test} from 'vitest'
import mammoth from 'mammoth'
import {runCli, temporaryFolder} from '../helpers/cli.js'
import {fullPlan} from '../helpers/paths.js'
import {validationErrors} from '../helpers/docx.js'
import {elements, hasClass, parsePage, textOf} from '../helpers/html.js'
import {sentenceRanges} from '../../src/util/sentences.js'

const title = 'Lanarkshire Local Police Plan 2023-26'
let folder: string
let html: string
let seedText: string

beforeAll(async () => {
  folder = await temporaryFolder()
  // The plan's structure as written: the simplify stage (on by default) rewrites labels and codes; test/simplify covers it.
  const result = runCli(['build', fullPlan, '--out', folder, '--title', title, '--no-simplify'])
  expect(result.stderr).toBe('')
  expect(result.code).toBe(0)
  html = await readFile(path.join(folder, '000_473ab78beabed092.html'), 'utf8')
  seedText = await readFile(fullPlan, 'utf8')
})

describe('the full Lanarkshire plan, end to end', () => {
  test('build writes the HTML, the Word file and the report, and says so', async () => {
    const result = runCli(['build', fullPlan, '--out', folder, '--title', title, '--no-simplify'])
    for (const name of ['000_473ab78beabed092.html', '000_473ab78beabed092.docx', '000_473ab78beabed092.report.json']) {
      expect(result.stdout).toContain(`wrote ${path.join(folder, name)}`)
    }
    expect(result.stdout).toMatch(/^\d+ sentences: \d+ pass/m)
  })

  test('the page has the seed’s headings as h1–h3, in document order', () => {
    const headings = elements(parsePage(html), (element) => /^h[1-6]$/.test(element.tagName)).map((element) => `${element.tagName} ${textOf(element)}`)
    expect(headings[0]).toBe(`h1 ${title}`)
    expect(headings.every((heading) => /^h[123] /.test(heading))).toBe(true)
    // Every [bookmark: _Toc…] line of the seed is a heading, in the seed's order.
    const bookmarked = [...seedText.matchAll(/\[bookmark: _Toc\d+\](.+)/g)].map((match) => `h2 ${match[1]!.trim()}`)
    expect(bookmarked.length).toBe(15)
    expect(headings.filter((heading) => heading.startsWith('h2'))).toEqual(expect.arrayContaining(bookmarked))
    const order = bookmarked.map((heading) => headings.indexOf(heading))
    expect(order).toEqual([...order].sort((a, b) => a - b))
    // Headings found by their shape.
    for (const text of ['Divisional Commander’s Foreword', 'Protecting our communities', 'Safeguarding our citizens', 'Enhancing our service', 'Plan on a page – Lanarkshire Division']) {
      expect(headings.some((heading) => heading.endsWith(` ${text}`))).toBe(true)
    }
    // A signature line and a line cut off by the export are not headings.
    expect(headings.some((heading) => heading.includes('Stevie Dolan') || heading.endsWith('Annual'))).toBe(false)
  })

  test('one sentence a line: no paragraph of the page holds two sentences', () => {
    // The plan's own sentences: every paragraph but the explanations in callout boxes.
    const tree = parsePage(html)
    const inCallouts = new Set(elements(tree, (element) => element.tagName === 'aside').flatMap((aside) => elements({type: 'root', children: [aside]}, (element) => element.tagName === 'p')))
    const paragraphs = elements(tree, (element) => element.tagName === 'p' && !inCallouts.has(element)).map(textOf).filter((text) => text.length > 0)
    expect(paragraphs.length).toBeGreaterThan(300)
    const doubled = paragraphs.filter((text) => sentenceRanges(text).length > 1)
    expect(doubled).toEqual([])
    // Codes and abbreviations stay inside their sentence.
    expect(paragraphs.some((text) => text.includes('Y1-3, Q2 & Q4'))).toBe(true)
  })

  test('every Objective and Activity of the plan is a plan block; milestones are lists', () => {
    const tree = parsePage(html)
    const blocks = elements(tree, (element) => hasClass(element, 'plan-block'))
    const count = (label: string) => blocks.filter((block) => textOf(block).startsWith(label)).length
    expect(count('Objective')).toBe((seedText.match(/^\s*Objective:/gm) ?? []).length)
    expect(count('Activity')).toBe((seedText.match(/^\s*Activity:/gm) ?? []).length)
    const milestones = blocks.filter((block) => textOf(block).startsWith('Key milestones'))
    expect(milestones.length).toBe((seedText.match(/^\s*Key milestones:/gm) ?? []).length)
    const withLists = milestones.filter((block) => elements({type: 'root', children: [block]}, (element) => element.tagName === 'li').length >= 2)
    expect(withLists.length).toBe(milestones.length - 1) // the last plan gives its one milestone on the label's line
  })

  test('glossary terms are bold at first use and explained in a box right after', () => {
    const tree = parsePage(html)
    const callouts = elements(tree, (element) => element.tagName === 'aside')
    expect(callouts.length).toBeGreaterThan(10)
    for (const callout of callouts) expect(String(callout.properties.ariaLabel)).toMatch(/^What .+ means$/)
  })

  test('the Word file passes the Open XML SDK validator and reads back with its headings, terms and callouts', async () => {
    const docx = path.join(folder, '000_473ab78beabed092.docx')
    expect(await validationErrors(docx)).toEqual([])
    const {value} = await mammoth.convertToHtml({path: docx}, {styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Term callout'] => aside:fresh"]})
    const back = parsePage(value)
    const headings = elements(back, (element) => /^h[1-6]$/.test(element.tagName)).map(textOf)
    expect(headings[0]).toBe(title)
    expect(headings).toContain('Local objectives and activity')
    expect(elements(back, (element) => element.tagName === 'strong').length).toBeGreaterThan(10)
    const asides = elements(back, (element) => element.tagName === 'aside')
    expect(asides.length).toBe(elements(parsePage(html), (element) => element.tagName === 'aside').length)
  })

  test('the report has every sentence with its place, scores and verdict', async () => {
    const report = JSON.parse(await readFile(path.join(folder, '000_473ab78beabed092.report.json'), 'utf8'))
    expect(report.title).toBe(title)
    expect(report.sentences.length).toBe(report.summary.sentences)
    expect(report.summary.sentences).toBeGreaterThan(300)
    for (const sentence of report.sentences) {
      expect(sentence.line).toBeGreaterThan(0)
      expect(['pass', 'warn', 'fail']).toContain(sentence.verdict)
      expect(typeof sentence.scores.fleschReadingEase).toBe('number')
    }
    // A sentence from the seed, found at its own line.
    const first = report.sentences.find((sentence: {text: string}) => sentence.text.startsWith('This Local Police Plan provides'))
    expect(first).toMatchObject({line: 2, column: 1})
  })
})
