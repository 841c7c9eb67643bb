import {mkdir, readFile, realpath, symlink, writeFile} from 'node:fs/promises'
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {beforeAll, describe, expect, test} from 'vitest'
import {runCli, temporaryFolder} from '../helpers/cli.js'
import {easyReadPlan, fullPlan} from '../helpers/paths.js'
import {requirePrograms} from '../helpers/programs.js'

let folder: string
let easyPlan: string
const easyText = '# Our plan\n\nWe will keep you safe.\n\nTell us what you think.\n\nWe help people in the local area.\n'

beforeAll(async () => {
  folder = await temporaryFolder('easyread-check-')
  easyPlan = path.join(folder, 'easy.md')
  await writeFile(easyPlan, easyText)
})

const findingLine = /^(.+):(\d+):(\d+) {2}(warning|error {2}) {2}(.+) {2}([a-z-]+)$/

describe('easyread check in the terminal', () => {
  test('the full plan: findings like a compiler, a summary with the five hardest sentences, exit 1', () => {
    const result = runCli(['check', fullPlan])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
    const lines = result.stdout.split('\n')
    const findings = lines.filter((line) => findingLine.test(line))
    expect(findings.length).toBeGreaterThan(500)
    expect(findings).toContain(`${fullPlan}:43:7  warning  Unexpected passive voice "are underpinned": say who does it ("we will check", not "checks will be carried out")  no-passive`)
    expect(result.stdout).toMatch(/: 367 sentences at reading age 9: \d+ pass \(\d+%\), \d+ warn \(\d+%\), \d+ fail \(\d+%\)/)
    expect(result.stdout).toMatch(/median reading age \d+\.\d/)
    const hardest = lines.slice(lines.findIndex((line) => line.includes('hardest sentences:')) + 1).filter((line) => line.startsWith('    '))
    expect(hardest).toHaveLength(5)
    expect(hardest.every((line) => /^ {4}.+:\d+:\d+ {2}fail {2}".+" {2}\([a-z-, ]+\)$/.test(line))).toBe(true)
    expect(result.stdout.trim().split('\n').at(-1)).toMatch(/^1 file, 367 sentences: \d+ pass \(\d+%\), \d+ warn, \d+ fail; \d+ errors, \d+ warnings$/)
  })

  test('the easy-read seed: its summary, and exit 1 for its few failing sentences', () => {
    const result = runCli(['check', easyReadPlan])
    expect(result.stdout).toMatch(/137 sentences at reading age 9: (\d+) pass/)
    const [, pass, fail] = /: 137 sentences at reading age 9: (\d+) pass \(\d+%\), \d+ warn \(\d+%\), (\d+) fail/.exec(result.stdout)!
    expect(Number(pass) / 137).toBeGreaterThanOrEqual(0.8)
    expect(Number(fail) / 137).toBeLessThanOrEqual(0.05)
    expect(result.code).toBe(Number(fail) > 0 ? 1 : 0)
  })

  test('a plan where every sentence passes exits 0; --max-warnings is honoured', async () => {
    expect(runCli(['check', easyPlan]).code).toBe(0)
    const warned = path.join(folder, 'warned.md')
    await writeFile(warned, 'Support is provided to people.\n\nWe can help.\n')
    const relaxed = runCli(['check', warned])
    expect(relaxed.code).toBe(0)
    expect(relaxed.stdout).toContain(`${warned}:1:9  warning  Unexpected passive voice "is provided"`)
    const strict = runCli(['check', warned, '--max-warnings', '0'])
    expect(strict.code).toBe(1)
    expect(strict.stdout).toContain('1 warnings is more than --max-warnings 0')
    expect(runCli(['check', warned, '--max-warnings', '1']).code).toBe(0)
  })

  test('--age changes the target; bad options exit 2 with one line', () => {
    expect(runCli(['check', easyPlan, '--age', '12']).stdout).toContain('at reading age 12')
    const badFormat = runCli(['check', easyPlan, '--format', 'xml'])
    expect([badFormat.code, badFormat.stderr.trim()]).toEqual([2, 'easyread: --format must be one of text, json, sarif, html, github, not "xml"'])
    expect(runCli(['check', easyPlan, '--max-warnings', 'many']).code).toBe(2)
    expect(runCli(['check', easyPlan, '--age', '3']).code).toBe(2)
    const missing = runCli(['check', path.join(folder, 'nothing.md')])
    expect(missing.code).toBe(2)
    expect(runCli(['check']).code).toBe(2)
  })

  test('it reads every format the readers accept: Markdown, text and Word', async () => {
    requirePrograms('pandoc')
    const docx = path.join(folder, 'easy.docx')
    const made = spawnSync('pandoc', [easyPlan, '-o', docx], {encoding: 'utf8'})
    expect([made.status, made.stderr]).toEqual([0, ''])
    const text = path.join(folder, 'easy.txt')
    await writeFile(text, 'We will keep you safe.\n\nTell us what you think.\n')
    const result = runCli(['check', easyPlan, docx, text])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(`${docx}: 3 sentences at reading age 9: 3 pass (100%)`)
    expect(result.stdout).toContain(`${text}: 2 sentences at reading age 9: 2 pass (100%)`)
    expect(result.stdout.trim().split('\n').at(-1)).toBe('3 files, 8 sentences: 8 pass (100%), 0 warn, 0 fail; 0 errors, 0 warnings')
  })
})

describe('easyread check --format json and sarif', () => {
  test('JSON: totals, and every sentence with its counts, scores, reading ages, retext verdict, reasons and findings', async () => {
    // Through --out: the report of both seeds is larger than spawnSync's 1 MB output buffer.
    const out = path.join(folder, 'both.json')
    const result = runCli(['check', fullPlan, easyReadPlan, '--format', 'json', '--out', out])
    expect(result.code).toBe(1)
    const report = JSON.parse(await readFile(out, 'utf8')) as {totals: {files: number; sentences: number; fail: number}; files: Array<{file: string; summary: {sentences: number; hardest: number[]}; sentences: Array<Record<string, unknown>>}>}
    expect(report.totals.files).toBe(2)
    expect(report.totals.sentences).toBe(367 + 137)
    expect(report.files.map((file) => file.file)).toEqual([fullPlan, easyReadPlan])
    const sentence = report.files[0]!.sentences[0]!
    for (const key of ['text', 'line', 'column', 'counts', 'scores', 'readingAges', 'readingAge', 'passageReadingAge', 'retext', 'verdict', 'reasons', 'findings']) expect(sentence).toHaveProperty(key)
    expect(Object.keys(sentence.scores as object)).toEqual(['fleschReadingEase', 'fleschKincaidGrade', 'gunningFog', 'smog', 'colemanLiau', 'automatedReadability', 'daleChall', 'spache'])
    expect(report.files[0]!.summary.hardest).toHaveLength(5)
  })

  test('SARIF 2.1.0: the rules with their standards, a result per finding with its region, relative paths', () => {
    const result = runCli(['check', easyReadPlan, '--format', 'sarif'], {cwd: path.dirname(easyReadPlan)})
    expect(result.code).toBe(1)
    const log = JSON.parse(result.stdout) as {version: string; runs: Array<{tool: {driver: {name: string; rules: Array<{id: string; properties: {standard: string}}>}}; results: Array<{ruleId: string; ruleIndex: number; level: string; message: {text: string}; locations: Array<{physicalLocation: {artifactLocation: {uri: string}; region: {startLine: number; startColumn: number}}}>}>}>}
    expect(log.version).toBe('2.1.0')
    const run = log.runs[0]!
    expect(run.tool.driver.name).toBe('easyread')
    expect(run.tool.driver.rules.map((rule) => rule.id)).toEqual(expect.arrayContaining(['sentence-length', 'one-idea', 'no-passive', 'explain-acronyms', 'no-contractions', 'numbers-as-digits', 'hard-words', 'paragraph-length', 'bold-emphasis-only', 'reading-age']))
    expect(run.tool.driver.rules.every((rule) => rule.properties.standard.length > 10)).toBe(true)
    expect(run.results.length).toBeGreaterThan(20)
    for (const item of run.results) {
      expect(['error', 'warning']).toContain(item.level)
      expect(run.tool.driver.rules[item.ruleIndex]!.id).toBe(item.ruleId)
      expect(item.locations[0]!.physicalLocation.artifactLocation.uri).toBe(path.basename(easyReadPlan))
      expect(item.locations[0]!.physicalLocation.region.startLine).toBeGreaterThan(0)
    }
  })

  test('SARIF paths stay relative when the check runs in a folder reached through a symlink', async () => {
    // The working folder comes back from the OS as its real path, while the plan's path keeps the link (macOS's /tmp).
    const real = path.join(folder, 'real')
    const link = path.join(folder, 'link')
    await mkdir(path.join(real, 'plans'), {recursive: true})
    await symlink(real, link)
    const plan = path.join(link, 'plans', 'warned plan.md')
    await writeFile(plan, 'Support is provided to people.\n\nHelp is given by the team.\n')
    const result = runCli(['check', plan, '--format', 'sarif'], {cwd: link})
    expect(result.code).toBe(0)
    const log = JSON.parse(result.stdout) as {runs: Array<{originalUriBaseIds: {'%SRCROOT%': {uri: string}}; results: Array<{locations: Array<{physicalLocation: {artifactLocation: {uri: string}}}>}>}>}
    const [run] = log.runs
    expect(run!.originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${await realpath(real)}/`)
    expect(run!.results.map((item) => item.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual(['plans/warned%20plan.md', 'plans/warned%20plan.md'])
  })

  test('--out writes the output to a file', async () => {
    const out = path.join(folder, 'report.sarif')
    const result = runCli(['check', easyPlan, '--format', 'sarif', '--out', out])
    expect([result.code, result.stdout.trim()]).toEqual([0, `wrote ${out}`])
  })
})
