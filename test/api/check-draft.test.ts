import {mkdir, readFile, readdir, symlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {beforeAll, describe, expect, test} from 'vitest'
import {check, checkGlossary, checkReport, checkTotals, draft, prepare, suggestTerms, UserError, writeFileSafely, writeResult, type Prepared} from '../../src/index.js'
import {fixtures} from '../helpers/paths.js'
import {temporaryFolder} from '../helpers/cli.js'

const glossary = [path.join(fixtures, 'glossary-small')]
/** One easy sentence, one long one in the passive voice with an acronym the glossary does not know. */
const plan = [
  '# Park plan',
  '',
  'We will keep the park clean.',
  '',
  'The arrangements that have been agreed by the Community Safety Partnership (CSP) with the local residents associations will be reviewed annually by the CSP in consultation with councillors.',
  '',
  'The CSP will meet every month.',
  '',
  'We will commence the work in May.',
  ''
].join('\n')

let prepared: Prepared

beforeAll(async () => {
  prepared = await prepare({glossary})
})

describe('check', () => {
  test('findings are vfile messages with file, line, column, rule and source; the plan fails', async () => {
    const result = await check({text: plan, name: 'park.md'}, prepared)
    expect(result.name).toBe('park.md')
    expect(result.passed).toBe(false)
    expect(result.readability?.sentences).toBe(4)
    const hard = result.messages.filter((message) => message.line === 5)
    expect(hard.length).toBeGreaterThan(1)
    for (const message of hard) {
      expect(message.file).toBe('park.md')
      expect(message.column).toBeGreaterThanOrEqual(1)
      expect(message.ruleId).toMatch(/^[a-z-]+$/)
      expect(message.source).toBe('easyread')
    }
    expect(hard.map((message) => message.ruleId)).toContain('no-passive')
    expect(result.messages.filter((message) => message.line === 3)).toEqual([])
    // A check judges the plan as written: nothing is split or rewritten.
    expect(result.sentences.map((sentence) => sentence.text)[0]).toBe('We will keep the park clean.')
  })

  test('the reports over several plans: totals, JSON with each file, SARIF with the regions', async () => {
    const results = [await check({text: plan, name: 'park.md'}, prepared), await check({text: '# Easy\n\nWe will help you.\n', name: 'easy.md'}, prepared)]
    const totals = checkTotals(results)
    expect(totals.files).toBe(2)
    expect(totals.sentences).toBe(5)
    expect(totals.fail).toBeGreaterThan(0)
    const json = JSON.parse(checkReport(results, 'json')) as {totals: unknown; files: Array<{file: string}>}
    expect(json.totals).toEqual(totals)
    expect(json.files.map((file) => file.file)).toEqual(['park.md', 'easy.md'])
    const sarif = JSON.parse(checkReport(results, 'sarif')) as {version: string; runs: Array<{results: Array<{locations: Array<{physicalLocation: {region: {startLine: number}}}>}>}>}
    expect(sarif.version).toBe('2.1.0')
    const lines = results[0]!.sentences.flatMap((sentence) => sentence.findings.map((finding) => finding.line))
    expect(lines).toContain(5)
    expect(sarif.runs[0]!.results.map((item) => item.locations[0]!.physicalLocation.region.startLine)).toEqual(lines)
    expect(checkReport(results, 'html')).toMatch(/^<!doctype html>/i)
  })
})

describe('draft', () => {
  test('a Markdown draft, the changes page and a Word draft, named after the plan, nothing written', async () => {
    const result = await draft({text: plan, name: 'park.md'}, prepared, ['md', 'docx'])
    expect(result.files.map((file) => file.name)).toEqual(['park.draft.md', 'park.draft.docx', 'park.changes.html'])
    expect(result.markdown.startsWith('<!-- easyread-draft')).toBe(true)
    expect(result.markdown.includes('We will keep the park clean.')).toBe(true)
    expect(new TextDecoder().decode(result.docx!.subarray(0, 2))).toBe('PK')
    expect(result.changes).toMatch(/^<!doctype html>/i)
    expect(result.messages).toBe(result.file.messages)
    expect(result.markdown.includes('We will start the work in May.')).toBe(true)
    expect(result.file.data.changes?.map((change) => [change.before, change.after])).toContainEqual(['commence', 'start'])
    expect(result.markdown).toMatch(/\n<!-- easyread-check: fails: Unexpected \d+ words in a sentence/)
  })

  test('an unknown draft format is a UserError', async () => {
    await expect(draft({text: plan, name: 'park.md'}, prepared, ['pdf' as 'md'])).rejects.toThrow(UserError)
  })
})

describe('glossary', () => {
  test('suggestTerms finds the acronym no entry explains, with its expansion and first place', async () => {
    const result = await suggestTerms({text: plan, name: 'park.md'}, {glossary})
    const csp = result.suggestions.find((suggestion) => suggestion.term === 'CSP')
    expect(csp).toMatchObject({kind: 'acronym', uses: 3, line: 5, expansion: 'Community Safety Partnership'})
    expect(result.yaml).toMatch(/term: CSP/)
    expect(result.suggestions.some((suggestion) => suggestion.term.toLowerCase() === 'councillor')).toBe(false)
  })

  test('checkGlossary: the shipped glossary loads and passes; a broken one is a UserError at its line', async () => {
    const shipped = await checkGlossary()
    expect(shipped.entries.length).toBeGreaterThan(50)
    expect(shipped.files.length).toBeGreaterThan(3)
    expect(shipped.passed).toBe(shipped.means.failing === 0)
    const error = await checkGlossary([path.join(fixtures, 'glossary-broken', 'syntax')]).catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(UserError)
    expect((error as UserError).problems[0]).toMatchObject({line: 4, message: expect.stringMatching(/YAML syntax error/)})
  })
})

describe('writing a result', () => {
  test('writeResult writes every file whole into the folder; a file easyread did not make stops it, whole', async () => {
    const folder = await temporaryFolder('easyread-api-write-')
    const result = await draft({text: plan, name: 'park.md'}, prepared)
    expect(await writeResult(result, folder)).toEqual([path.join(folder, 'park.draft.md'), path.join(folder, 'park.changes.html')])
    expect(await readFile(path.join(folder, 'park.draft.md'), 'utf8')).toBe(result.markdown)
    // A second write replaces our own files.
    await writeResult(result, folder)
    const other = path.join(folder, 'other')
    await mkdir(other)
    await writeFile(path.join(other, 'park.changes.html'), 'my own notes')
    await expect(writeResult(result, other)).rejects.toThrow(/not made by easyread/)
    expect(await readdir(other)).toEqual(['park.changes.html'])
    expect(await writeResult(result, other, {force: true})).toHaveLength(2)
  })

  test('a plan read from a path is never written over, even through a link: that output gets .easy-read', async () => {
    const folder = await temporaryFolder('easyread-api-input-')
    const input = path.join(folder, 'park.md')
    await writeFile(input, plan)
    const out = path.join(folder, 'out')
    await mkdir(out)
    await symlink(input, path.join(out, 'park.draft.md'))
    const result = await draft(input, prepared)
    expect(result.path).toBe(input)
    const written = await writeResult(result, out)
    expect(written[0]).toBe(path.join(out, 'park.draft.easy-read.md'))
    expect(await readFile(input, 'utf8')).toBe(plan)
    await expect(writeFileSafely(path.join(out, 'park.draft.md'), 'report', [input])).rejects.toThrow(/never writes over its input/)
    expect(await readFile(input, 'utf8')).toBe(plan)
  })
})
