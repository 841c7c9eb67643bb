import {copyFile, readFile} from 'node:fs/promises'
import path from 'node:path'
import {beforeAll, describe, expect, test} from 'vitest'
import mammoth from 'mammoth'
import {runCli, temporaryFolder} from '../helpers/cli.js'
import {easyReadPlan, fullPlan} from '../helpers/paths.js'
import {elements, parsePage, textOf} from '../helpers/html.js'
import {loadGlossary} from '../../src/glossary/load.js'
import {defaultOptions} from '../../src/options.js'
import type {GlossaryEntry} from '../../src/glossary/types.js'

/** The callout boxes of a page, as "term: explanation". */
function calloutsOf(html: string): string[] {
  return elements(parsePage(html), (element) => element.tagName === 'aside').map(textOf)
}

describe('the glossary on the full Lanarkshire plan', () => {
  let folder: string
  let html: string
  let wordHtml: string
  let report: {glossary: Array<{termId: string; first: {line: number; column: number}; explained: string; uses: number}>}
  let glossary: GlossaryEntry[]
  beforeAll(async () => {
    const loaded = await loadGlossary(defaultOptions.glossary)
    if (!loaded.ok) throw new Error('the shipped glossary does not load')
    glossary = loaded.value
    folder = await temporaryFolder()
    // As written (no simplification), so first uses stay where the plan has them.
    const result = runCli(['build', fullPlan, '--out', folder, '--no-simplify'])
    expect(result.code).toBe(0)
    html = await readFile(path.join(folder, '000_473ab78beabed092.html'), 'utf8')
    wordHtml = (await mammoth.convertToHtml({path: path.join(folder, '000_473ab78beabed092.docx')}, {styleMap: ["p[style-name='Term callout'] => aside:fresh"]})).value
    report = JSON.parse(await readFile(path.join(folder, '000_473ab78beabed092.report.json'), 'utf8'))
  })

  const terms: Array<[string, string, RegExp]> = [
    ['proactive', 'proactive', /\bproactive\b/i],
    ['wellbeing', 'wellbeing', /\bwellbeing\b/i],
    ['multiagency', 'multiagency', /\bmulti-?\s?agency\b/i],
    ['community-planning-partners', 'Community Planning Partners', /\bCommunity Planning Partner/i]
  ]

  test.each(terms)('%s is explained exactly once, at its first use, in the HTML and in Word', async (id, _term, pattern) => {
    const use = report.glossary.find((each) => each.termId === id)
    expect(use?.explained).toBe('callout')
    // The first use in the report is the first place the seed's text has the term, headings aside (they stay plain).
    const lines = (await readFile(fullPlan, 'utf8')).split('\n')
    const firstLine = lines.findIndex((line) => pattern.test(line) && !line.includes('[bookmark:')) + 1
    expect(use?.first.line).toBe(firstLine)
    const means = glossary.find((entry) => entry.id === id)!.means
    for (const page of [html, wordHtml]) expect(calloutsOf(page).filter((box) => box === means), id).toHaveLength(1)
  })

  test('the HTML and the Word file explain the same terms in the same order', () => {
    expect(calloutsOf(wordHtml)).toEqual(calloutsOf(html))
  })
})

describe('the glossary on the hand-made easy-read plan', () => {
  test('councillor, scrutiny board and wellbeing are recognised; what the text explains is not explained again', async () => {
    const folder = await temporaryFolder()
    // The seed is Markdown exported from Word, saved with a .txt name.
    const plan = path.join(folder, 'clackmannanshire.md')
    await copyFile(easyReadPlan, plan)
    const result = runCli(['build', plan, '--out', folder, '--no-simplify'])
    expect(result.code).toBe(0)
    const report = JSON.parse(await readFile(path.join(folder, 'clackmannanshire.report.json'), 'utf8'))
    const used = new Map<string, string>(report.glossary.map((use: {termId: string; explained: string}) => [use.termId, use.explained]))
    for (const id of ['councillor', 'scrutiny-board', 'wellbeing']) expect(used.get(id), id).toBe('by-text')
    // Each word the plan puts in bold and explains itself gets no box of ours.
    const text = await readFile(easyReadPlan, 'utf8')
    const explainedByPlan = [...text.matchAll(/^(?:an?\s+|the\s+)?\*\*([^*]+)\*\*\s+(?:means|is|are)\b/gim)].map((match) => match[1]!.toLowerCase())
    expect(explainedByPlan.length).toBeGreaterThanOrEqual(5)
    const html = await readFile(path.join(folder, 'clackmannanshire.html'), 'utf8')
    const boxes = calloutsOf(html).map((box) => box.toLowerCase())
    for (const term of explainedByPlan) expect(boxes.filter((box) => box.startsWith(term) || box.includes(` ${term} is`) || box.includes(` ${term} means`)), term).toEqual([])
  })
})

describe('easyread glossary suggest', () => {
  test('lists the Lanarkshire plan’s undefined acronyms and hard phrases with their lines, as YAML to fill in', async () => {
    const result = runCli(['glossary', 'suggest', fullPlan])
    expect(result.code).toBe(0)
    const lines = (await readFile(fullPlan, 'utf8')).split('\n')
    for (const acronym of ['VAWG', 'BAME', 'COS']) {
      const entry = new RegExp(`^# acronym, used (\\d+) times?, first at line (\\d+), column \\d+\\n- term: ${acronym}\\n`, 'm').exec(result.stdout)
      expect(entry, acronym).not.toBeNull()
      expect(lines[Number(entry![2]) - 1]).toContain(acronym)
    }
    expect(result.stdout).toMatch(/^# phrase, used \d+ times, first at line \d+, column \d+\n- term: displaced demand$/m)
    // Terms the glossary explains are not suggested.
    expect(result.stdout).not.toMatch(/^- term: (?:multiagency|wellbeing|proactive)$/m)
    // What the plan writes out ("Violence Against Women’s Group (VAWG)") wins over the acronym list's "… and Girls".
    expect(result.stdout).toContain('- term: VAWG\n  aliases: [Violence Against Women’s Group]\n  means: VAWG stands for Violence Against Women’s Group.\n')
    expect(result.stdout).toContain('- term: COS\n  aliases: [Core Operating System]\n')
    // The acronym list fills in what the plan does not write out.
    expect(result.stdout).toMatch(/^- term: CID\n {2}aliases: \[Criminal Investigation Department\]\n/m)
    // Roman numerals ("Elizabeth II") and postcodes ("ML1") are no acronyms; forms of one word count together.
    expect(result.stdout).not.toMatch(/^- term: (?:II|ML1)$/m)
    expect(result.stdout).toMatch(/^# word, used \d+ times, .*\n- term: develop$/m)
    expect(result.stdout).not.toMatch(/^- term: develop(?:ing|ed|ment)$/m)
    // A form the glossary's matching misses is named as one, to add as an alias.
    expect(result.stdout).toMatch(/a form of the glossary term "proactive": add it to that entry's aliases instead\n- term: proactively$/m)
    // Phrases that are only ever part of a longer one are left out.
    expect(result.stdout).toMatch(/^- term: high intensity users$/m)
    expect(result.stdout).not.toMatch(/^- term: (?:high intensity|intensity users)$/m)
  })
})
