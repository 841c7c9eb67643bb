import {beforeAll, describe, expect, test} from 'vitest'
import type {VFile} from 'vfile'
import {buildWith, prepare} from '../../src/index.js'
import type {PipelineData} from '../../src/pipeline.js'
import type {Options} from '../../src/options.js'
import {countPagesInto} from '../../src/write/docx/pages.js'
import type {Root} from 'mdast'
import {elements, hasClass, parsePage, textOf} from '../helpers/html.js'
import {fullPlan, root, samplePlan} from '../helpers/paths.js'
import path from 'node:path'
import {readFileSync} from 'node:fs'
import {requirePrograms} from '../helpers/programs.js'

/**
 * The select stage on real plans, with the real Word renderer: the Word file of each plan, built with no options,
 * is within 24 pages by LibreOffice's count (the page model's calibration, src/select/page-model.ts, is what this
 * checks), keeps the plan's priorities and opens with "About this plan"; `--pages 40` keeps more within 40.
 */
const councilPlan = path.join(root, 'plans', 'brookfield-council-plan.md')

interface Built {
  file: VFile
  html: string
  pages: number
}

let options: Options
let data: PipelineData
const built = new Map<string, Built>()

async function buildCounted(plan: string, extra: Partial<Options> = {}): Promise<Built> {
  const {file, outputs} = await buildWith(plan, {...options, formats: ['html', 'docx'], ...extra}, data)
  // The tree is only read to suggest where to split a document over the limit: none is expected here.
  const empty: Root = {type: 'root', children: []}
  const pages = await countPagesInto(file, outputs.docx as Uint8Array, empty, extra.pages ?? 24)
  return {file, html: outputs.html as string, pages}
}

beforeAll(async () => {
  requirePrograms('soffice', 'pdfinfo')
  ;({options, data} = await prepare({}))
  built.set('seed', await buildCounted(fullPlan))
  built.set('seed 40', await buildCounted(fullPlan, {pages: 40}))
  built.set('sample', await buildCounted(samplePlan))
  built.set('council', await buildCounted(councilPlan))
}, 900_000)

const headings = (html: string) => elements(parsePage(html), (element) => /^h[1-6]$/.test(element.tagName)).map(textOf)
const pageText = (html: string) => textOf(parsePage(html)).replace(/\s+/g, ' ')
/** The page's words without the short explanations after a dash ("… expertise – skill and knowledge."). */
const withoutGlosses = (html: string) => pageText(html.replace(/ – <span class="gloss">[^<]*<\/span>/g, ''))

describe('the budget, by LibreOffice’s count', () => {
  test.each(['seed', 'sample', 'council'])('the %s plan with no options is 20 to 24 Word pages, and the report says so without a warning', (name) => {
    const {file, pages} = built.get(name)!
    expect(pages).toBeLessThanOrEqual(24)
    // Close to the budget: a model that overestimates leaves out what would have fitted.
    expect(pages).toBeGreaterThanOrEqual(20)
    expect(file.data.pages).toEqual({count: pages, limit: 24})
    expect(file.messages.filter((message) => message.ruleId === 'too-many-pages' || message.ruleId === 'select-budget')).toEqual([])
    expect(file.messages.some((message) => message.ruleId === 'pages' && message.fatal === undefined)).toBe(true)
  })

  test('--pages 40 keeps more than the default and stays within 40 pages', () => {
    const small = built.get('seed')!
    const large = built.get('seed 40')!
    expect(large.pages).toBeLessThanOrEqual(40)
    expect(large.pages).toBeGreaterThan(small.pages)
    expect(large.file.data.select!.wordsKept).toBeGreaterThan(small.file.data.select!.wordsKept)
    expect(large.file.data.leftOut!.length).toBeLessThan(small.file.data.leftOut!.length)
  })
})

describe('what the easy read keeps', () => {
  test.each(['seed', 'sample', 'council'])('the %s plan opens with "About this plan" after the title, listing its priorities', (name) => {
    const {html} = built.get(name)!
    expect(headings(html)[1]).toBe('About this plan')
    expect(built.get(name)!.file.data.select!.kind).toBe(name === 'council' ? 'council' : 'police')
  })

  test('every priority of each plan is in its output', () => {
    const priorities: Record<string, string[]> = {
      seed: ['Protecting our communities', 'Safeguarding our citizens', 'Enhancing our service'],
      sample: ['Protecting our communities', 'Safeguarding our citizens', 'Enhancing our service'],
      council: ['Homes people can afford', 'A clean and green district', 'Good jobs and a strong local economy', 'Healthy, safe and connected communities']
    }
    for (const [name, list] of Object.entries(priorities)) {
      const text = pageText(built.get(name)!.html)
      for (const priority of list) expect(text, `${name}: ${priority}`).toContain(priority)
    }
  })

  test('every objective of the seed’s plan blocks is in the output', () => {
    const text = withoutGlosses(built.get('seed')!.html)
    const objectives = [
      'We want to keep people safe in the physical and digital world.',
      'We want to design services jointly to tackle complex public safety and wellbeing challenges.',
      'We want to support policing through proactive prevention.',
      'understand our communities',
      'deliver the right mix of services to meet their needs',
      'We want to support our communities through a blend of local and national expertise.',
      'We want to support the changing nature of communities.',
      'We want to embed the ethical and privacy considerations that are integral to policing and protection into every aspect of the service.',
      // Laid out as a list of the things to do (list-verbs): 'We want to:' and its items.
      'protect the public',
      'promote wellbeing across Scotland by providing services that are relevant, accessible and effective',
      'We want to work with local groups and public, third sector and private sector organisations to support our communities.',
      'We want to prioritise wellbeing and keep our people safe, well equipped and protected.',
      'We want to support our people to be confident leaders, innovative, active contributors and influencers.',
      'We want to support our people to identify with and show Police Scotland values and have a strong sense of belonging.',
      'We want to commit to making a positive impact through outstanding environmental sustainability.',
      'We want to support operational policing through the appropriate digital tools and delivery of best value.'
    ]
    for (const objective of objectives) expect(text).toContain(objective)
  })

  test('the seed says once how people will hear how it is going, in its own section', () => {
    const {html} = built.get('seed')!
    const text = pageText(html)
    expect(text.match(/We will report on this/g) ?? []).toEqual([])
    expect(text.match(/twice a year/g)).toHaveLength(1)
    expect(headings(html).filter((heading) => heading === 'How you will hear how it is going')).toHaveLength(1)
    const left = built.get('seed')!.file.data.leftOut!.filter((record) => /We will report on this/.test(record.text))
    expect(left.length).toBe((readFileSync(fullPlan, 'utf8').match(/^Update expected:/gm) ?? []).length)
    expect(new Set(left.map((record) => record.role))).toEqual(new Set(['reporting']))
  })

  test('the seed keeps how to get in touch: the address, the phone numbers, other formats', () => {
    const text = pageText(built.get('seed')!.html)
    for (const words of ['Windmillhill Street', 'ML1 1RZ', '999', '101', 'CRIMESTOPPERS']) expect(text).toContain(words)
  })

  test('at most 40 explanation boxes on the seed, at most one a row and never two one after the other', () => {
    for (const name of ['seed', 'sample', 'council']) {
      const {html, file} = built.get(name)!
      const page = parsePage(html)
      const boxes = elements(page, (element) => element.tagName === 'aside')
      expect(boxes.length).toBe(file.data.boxes)
      if (name === 'seed') expect(boxes.length).toBeLessThanOrEqual(40)
      // Each row holds at most one box, and a row with a box is never followed by another row with a box.
      const boxesIn = (row: (typeof boxes)[number]) => elements({type: 'root', children: [row]}, (element) => element.tagName === 'aside').length
      const rows = elements(page, (element) => element.tagName === 'div' && hasClass(element, 'row'))
      expect(rows.length).toBeGreaterThan(20)
      for (const row of rows) expect(boxesIn(row)).toBeLessThanOrEqual(1)
      for (const parent of elements(page, () => true)) {
        const siblings = parent.children.filter((child): child is (typeof boxes)[number] => child.type === 'element')
        siblings.forEach((row, index) => {
          if (index > 0 && hasClass(row, 'row') && hasClass(siblings[index - 1]!, 'row')) expect(boxesIn(row) + boxesIn(siblings[index - 1]!), `${name}: ${textOf(row)}`).toBeLessThanOrEqual(1)
        })
      }
    }
  })

  test('every sentence left out is recorded with its role, reason and place in the plan', () => {
    const {file} = built.get('seed')!
    const leftOut = file.data.leftOut!
    expect(leftOut.length).toBeGreaterThan(200)
    for (const record of leftOut) {
      expect(record.rule).toBe('select')
      expect(record.text.length).toBeGreaterThan(0)
      expect(record.line, record.text).toBeGreaterThan(0)
      expect(record.reason.length).toBeGreaterThan(5)
      // A list item's sentences (a rule split one) keep the space between them: "data. This is to …".
      expect(record.text).not.toMatch(/\p{Ll}[.:;]\p{Lu}/u)
    }
    const roles = new Set(leftOut.map((record) => record.role))
    for (const role of ['foreword', 'context', 'measure', 'reporting']) expect(roles.has(role as never), role).toBe(true)
    expect(file.data.changes!.some((change) => (change.rule as string) === 'select')).toBe(false)
  })
})
