import {copyFile, readFile} from 'node:fs/promises'
import path from 'node:path'
import {beforeAll, describe, expect, test} from 'vitest'
import mammoth from 'mammoth'
import {runCli, temporaryFolder} from '../helpers/cli.js'
import {easyReadPlan, fixtures, fullPlan} from '../helpers/paths.js'
import {elements, parsePage, textOf} from '../helpers/html.js'
import {loadGlossary} from '../../src/glossary/load.js'
import {defaultOptions} from '../../src/options.js'
import type {GlossaryEntry} from '../../src/glossary/types.js'

/** The callout boxes of a page, as "term: explanation". */
function calloutsOf(html: string): string[] {
  return elements(parsePage(html), (element) => element.tagName === 'aside').map(textOf)
}

/** The term starts at `first` in the plan's text, in a line that is no heading, no earlier than its first use there. */
function expectAtAUse(text: string, pattern: RegExp, first: {line: number; column: number}, label = pattern.source): void {
  const lines = text.split('\n')
  const firstLine = lines.findIndex((line) => pattern.test(line) && !line.includes('[bookmark:')) + 1
  expect(firstLine, label).toBeGreaterThan(0)
  expect(first.line, label).toBeGreaterThanOrEqual(firstLine)
  const line = lines[first.line - 1]!
  expect(line.includes('[bookmark:'), label).toBe(false)
  expect(line.slice(first.column - 1), label).toMatch(new RegExp(`^${pattern.source}`, pattern.flags))
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
    ['proactive', 'proactive', /\bproactive(?:ly)?\b/i],
    ['wellbeing', 'wellbeing', /\bwellbeing\b/i],
    ['multiagency', 'multiagency', /\bmulti-?\s?agency\b/i],
    ['community-planning-partners', 'Community Planning Partners', /\bCommunity Planning Partner/i]
  ]

  test.each(terms)('%s is explained exactly once, at its first use, in the HTML and in Word', async (id, _term, pattern) => {
    const use = report.glossary.find((each) => each.termId === id)
    expect(use?.explained).toBe('callout')
    // The first use in the report is where the term is explained: the first place the seed's text has it, headings
    // aside (they stay plain), or a later use when that row had no room for its box (at most one box a row, never
    // two rows in a row with one: README, "Glossary").
    expectAtAUse(await readFile(fullPlan, 'utf8'), pattern, use!.first)
    const means = glossary.find((entry) => entry.id === id)!.means
    for (const page of [html, wordHtml]) expect(calloutsOf(page).filter((box) => box === means), id).toHaveLength(1)
  })

  test('the HTML and the Word file explain the same terms in the same order', () => {
    expect(calloutsOf(wordHtml)).toEqual(calloutsOf(html))
  })

  test('simplified (the default build, every sentence kept), each of the four is still explained once, at a use of the term', async () => {
    const simplified = await temporaryFolder()
    // Every sentence kept: the select stage leaves most uses of "proactive" out, and what it keeps is tested in test/select.
    expect(runCli(['build', fullPlan, '--out', simplified, '--format', 'html,json', '--select', 'off']).code).toBe(0)
    const page = await readFile(path.join(simplified, '000_473ab78beabed092.html'), 'utf8')
    const uses = JSON.parse(await readFile(path.join(simplified, '000_473ab78beabed092.report.json'), 'utf8')).glossary as typeof report.glossary
    const text = await readFile(fullPlan, 'utf8')
    for (const [id, , pattern] of terms) {
      // Where it is explained can differ from the build as written: simplified sentences make other rows (and so other
      // rooms for a box); it is still a use in the seed's text.
      const use = uses.find((each) => each.termId === id)
      expect(use?.explained, id).toBe('callout')
      expectAtAUse(text, pattern, use!.first, id)
      expect(calloutsOf(page).filter((box) => box === glossary.find((entry) => entry.id === id)!.means), id).toHaveLength(1)
    }
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
  test('names a form of a glossary term that matching misses as an alias to add', () => {
    const forms = path.join(fixtures, 'glossary-forms')
    const result = runCli(['glossary', 'suggest', path.join(forms, 'plan.md'), '--glossary', forms])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^# word, used 2 times, first at line 3, column 5; a form of the glossary term "recruit": add it to that entry's aliases instead\n- term: recruiters$/m)
  })

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
    // "proactively" is matched as the term "proactive" (an adjective's -ly form), so it is no suggestion.
    expect(result.stdout).not.toMatch(/^- term: proactively$/m)
    // Phrases that are only ever part of a longer one are left out.
    expect(result.stdout).toMatch(/^- term: high intensity users$/m)
    expect(result.stdout).not.toMatch(/^- term: (?:high intensity|intensity users)$/m)
  })
})

describe('the hand-made easy-read plan, read from its .txt name and built with the default settings', () => {
  /** Every term the Clackmannanshire plan explains itself, checked by hand against its text. */
  const explainedByPlan = ['objective', 'priority', 'community', 'councillor', 'scrutiny-board', 'vision', 'purpose', 'wellbeing', 'values', 'fairness', 'integrity', 'respect', 'human-rights', 'strategic', 'confidence', 'sustainability', 'partnership', 'evidence', 'vulnerable', 'operational-policing', 'outcome', 'proactive', 'responsive', 'proactive-service', 'responsive-service', 'preventative', 'expertise', 'ethical', 'innovative', 'challenge', 'public-health', 'prevention-and-early-intervention', 'person-centred', 'domestic-abuse', 'sexual-offence', 'anti-social-behaviour', 'cyber-crime', 'counter-terrorism', 'terrorism', 'serious-organised-crime', 'accountability']

  test('its Markdown is read as Markdown, and no term it explains gets a second explanation in the HTML or in Word', async () => {
    const loaded = await loadGlossary(defaultOptions.glossary)
    if (!loaded.ok) throw new Error('the shipped glossary does not load')
    const folder = await temporaryFolder()
    // Every sentence kept: the page model overestimates this list-heavy plan (see src/select/page-model.ts), and the
    // select stage's choice is tested in test/select.
    const result = runCli(['build', easyReadPlan, '--out', folder, '--select', 'off'])
    expect(result.code).toBe(0)
    const name = path.basename(easyReadPlan, '.txt')
    const html = await readFile(path.join(folder, `${name}.html`), 'utf8')
    const wordHtml = (await mammoth.convertToHtml({path: path.join(folder, `${name}.docx`)}, {styleMap: ["p[style-name='Term callout'] => aside:fresh"]})).value
    const report = JSON.parse(await readFile(path.join(folder, `${name}.report.json`), 'utf8'))
    expect(html).not.toContain('**')
    const used = new Map<string, string>(report.glossary.map((use: {termId: string; explained: string}) => [use.termId, use.explained]))
    for (const id of explainedByPlan) expect(used.get(id), id).toBe('by-text')
    // "are **accessible** - can be easily reached and used": easy to reach, not the entry's step-free sense.
    expect(used.has('accessible')).toBe(false)
    const ours = explainedByPlan.map((id) => loaded.value.find((entry) => entry.id === id)!)
    const items = elements(parsePage(html), (element) => element.tagName === 'li').map(textOf)
    for (const page of [html, wordHtml]) {
      const boxes = calloutsOf(page)
      // Some terms the plan does not explain still get their box ("Police Scotland"), in both files alike.
      expect(boxes.length).toBeGreaterThan(0)
      for (const entry of ours) expect(boxes, entry.id).not.toContain(entry.means)
    }
    expect(calloutsOf(wordHtml)).toEqual(calloutsOf(html))
    for (const entry of ours) expect(items.filter((item) => item.endsWith(`– ${entry.short}`)), entry.id).toEqual([])
  })
})
