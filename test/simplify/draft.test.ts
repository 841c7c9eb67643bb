import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {fullPlan} from '../helpers/paths.js'
import {runCli, temporaryFolder} from '../helpers/cli.js'
import {fromHtml} from 'hast-util-from-html'
import {toString} from 'hast-util-to-string'
import {selectAll} from './select.js'

interface Report {
  changes: Array<{rule: string; before: string; after: string; line?: number}>
  sentences: Array<{text: string; verdict: string}>
  messages: Array<{ruleId: string | null}>
}

describe('easyread draft, then easyread build on the edited draft (built CLI)', () => {
  it('writes a draft a writer can finish and builds it without simplifying again', async () => {
    const folder = await temporaryFolder('easyread-draft-')
    // Every sentence kept (--select off): the select stage's marks in the draft are tested in test/select/draft.test.ts.
    const drafted = runCli(['draft', fullPlan, '--out', folder, '--select', 'off'])
    expect(drafted.stderr).toBe('')
    expect(drafted.code).toBe(0)
    expect(drafted.stdout).toMatch(/^\d+ changes made, \d+ offered \(easyread-suggest comments in the draft\); \d+ of \d+ sentences still fail the checker/)
    const draftPath = path.join(folder, '000_473ab78beabed092.draft.md')
    const draft = await readFile(draftPath, 'utf8')

    // The draft: marked as one, plan blocks under plain headings after their marks, terms in bold, failures commented.
    expect(draft.startsWith('<!-- easyread-draft: simplified from 000_473ab78beabed092.txt')).toBe(true)
    expect(draft).toContain('<!-- easyread-block: objective -->\n### What we want to do\n\nWe want to keep people safe in the physical and digital world.')
    expect(draft).toContain('### How we will check it is working')
    expect(draft).toContain('We will report on this every 3 months, for all 3 years of the plan.')
    expect(draft).toMatch(/\*\*Local Police Plan\*\*/)
    expect(draft).toContain('Policing in Scotland is very varied.\n\nWe recognise the differences and strengths of communities across the country.')
    expect(draft).toMatch(/community concerns, such as:\n\n<!-- easyread-check: fails: Unexpected 25 words[^\n]*-->\n\n- violence\n- \*\*antisocial behaviour\*\*\n- theft\n- (?:\*\*)?sexual crime(?:\*\*)?\n/)
    // "great confidence that …" is belief, not the glossary's trust in the police (glossary senses): no bold.
    const failing = 'I have great confidence that the Police Service of Scotland will continue to build on the progress made and the stability which now exists in policing.'
    expect(draft).toContain(`${failing}\n\n<!-- easyread-check: fails: Unexpected 26 words in a sentence, expected 15 or fewer`)

    // The changes page lists every change with its place, before and after.
    const changesPage = fromHtml(await readFile(path.join(folder, '000_473ab78beabed092.changes.html'), 'utf8'))
    const rows = selectAll(changesPage, 'tr').slice(1)
    expect(rows.length).toBeGreaterThan(100)
    expect(toString(changesPage)).toContain('Long sentences split')
    // Each row names its rule and how sure it is; the offered changes are listed apart, under their own heading.
    expect(toString(changesPage)).toMatch(/split-and\s*\d+%/)
    expect(toString(changesPage)).toMatch(/Offered, not made \(\d+\)/)

    // Changes the rules were not sure of are offered under their sentence, not made: the office word stays.
    expect(draft).toMatch(/\n<!-- easyread-suggest \[plain-word\]: [^\n]+ -->\n/)
    expect(draft).toMatch(/Establish current and projected demographics[^\n]*\n\s*<!-- easyread-suggest \[plain-word\]: Set up current and projected demographics/)

    // The writer fixes the failing sentence and deletes its comment.
    const fixed = 'I am sure the police in Scotland will keep getting better.'
    const edited = draft.replace(/I have great confidence[^\n]*\n\n<!-- easyread-check:[^\n]*-->/, fixed)
    expect(edited).not.toBe(draft)
    await writeFile(draftPath, edited)

    const built = runCli(['build', draftPath, '--out', folder, '--quiet'])
    expect(built.stderr).toBe('')
    expect(built.code).toBe(0)
    const report = JSON.parse(await readFile(path.join(folder, '000_473ab78beabed092.draft.report.json'), 'utf8')) as Report
    // Built as written: no change made, the writer's sentence as they wrote it, no comment left as raw HTML.
    expect(report.changes).toEqual([])
    expect(report.sentences.map((sentence) => sentence.text)).toContain(fixed)
    expect(report.sentences.map((sentence) => sentence.text)).toContain('We want to keep people safe in the physical and digital world.')
    expect(report.messages.filter((message) => message.ruleId === 'raw-html')).toEqual([])
    expect(report.messages.some((message) => message.ruleId === 'draft')).toBe(true)
    // The plan blocks are plan blocks again in the page, under their plain headings.
    const page = fromHtml(await readFile(path.join(folder, '000_473ab78beabed092.draft.html'), 'utf8'))
    const labels = selectAll(page, 'p').filter((node) => (node.properties.className as string[] | undefined)?.includes('plan-label')).map((node) => toString(node))
    expect(new Set(labels)).toEqual(new Set(['What we want to do', 'What we will do', 'The steps we will take', 'When we will tell you how it is going', 'How we will check it is working']))
    expect(toString(page)).not.toContain('easyread-check')
    expect(toString(page)).not.toContain('easyread-suggest')
  }, 60_000)

  it('builds a full plan simplified by default, and as written with --no-simplify', async () => {
    const folder = await temporaryFolder('easyread-simplify-')
    expect(runCli(['build', fullPlan, '--out', folder, '--format', 'json', '--quiet']).code).toBe(0)
    const simplified = JSON.parse(await readFile(path.join(folder, '000_473ab78beabed092.report.json'), 'utf8')) as Report
    expect(simplified.changes.length).toBeGreaterThan(100)
    expect(simplified.changes.filter((change) => change.family === 'split' && change.status === 'made')).toContainEqual(expect.objectContaining({rule: 'split-and', before: expect.stringContaining('Policing in Scotland is very varied, and we recognise'), line: expect.any(Number)}))
    expect(runCli(['build', fullPlan, '--out', folder, '--format', 'json', '--quiet', '--no-simplify']).code).toBe(0)
    const plain = JSON.parse(await readFile(path.join(folder, '000_473ab78beabed092.report.json'), 'utf8')) as Report
    expect(plain.changes).toEqual([])
    expect(plain.sentences.map((sentence) => sentence.text)).toContain('Policing in Scotland is incredibly varied, and we recognise the differences and strengths of communities across the country.')
  }, 60_000)
})
