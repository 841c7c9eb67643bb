import {readFile, readdir} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {runCli, temporaryFolder} from '../helpers/cli.js'
import {root, samplePlan} from '../helpers/paths.js'

describe('the command line', () => {
  test('--help lists the commands; --version prints the package version', async () => {
    const help = runCli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^Usage: easyread <command>/m)
    expect(help.stdout).toMatch(/^ {2}build +turn a plan into easy-read HTML, Word and a readability report$/m)
    const version = runCli(['--version'])
    const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'))
    expect(version.stdout.trim()).toBe(pkg.version)
    expect(runCli(['build', '--help']).stdout).toContain('--glossary DIR')
  })

  test('an unknown command or flag is one clear line and exit 2', () => {
    const unknown = runCli(['bulid', samplePlan])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr.trim()).toBe('easyread: unknown command "bulid". Commands: ' + unknown.stderr.trim().split('Commands: ')[1])
    const flag = runCli(['build', samplePlan, '--colour', 'red'])
    expect(flag.code).toBe(2)
    expect(flag.stderr).toMatch(/^easyread build: Unknown option '--colour'/)
    expect(flag.stderr).not.toMatch(/\n\s+at /)
  })

  test('a bad option value names the option and writes nothing', async () => {
    const folder = await temporaryFolder()
    const result = runCli(['build', samplePlan, '--out', folder, '--font-size', '12'])
    expect(result.code).toBe(2)
    expect(result.stderr.trim()).toBe('easyread: --font-size must be one of 14, 16, 18, 21 (points), not "12"')
    expect(await readdir(folder)).toEqual([])
  })

  test('the README’s first command runs the sample plan into output/', async () => {
    const readme = await readFile(path.join(root, 'README.md'), 'utf8')
    const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'))
    expect(readme).toContain('npm ci && npm start')
    expect(pkg.scripts.start).toBe('node bin/easyread.js build plans/riverside-local-police-plan.md --out output')
    // A fresh clone has no dist/ after `npm ci` (the build is `prepack`'s, not `prepare`'s): `npm start` builds first.
    expect(pkg.scripts.prestart).toBe('npm run build')
    // The same build, into a fresh folder.
    const folder = await temporaryFolder()
    const result = runCli(['build', samplePlan, '--out', folder])
    expect(result.code).toBe(0)
    expect((await readdir(folder)).filter((name) => name.startsWith('riverside-local-police-plan.')).sort()).toEqual(
      expect.arrayContaining(['riverside-local-police-plan.docx', 'riverside-local-police-plan.html', 'riverside-local-police-plan.report.json'])
    )
    const report = JSON.parse(await readFile(path.join(folder, 'riverside-local-police-plan.report.json'), 'utf8'))
    expect(report.title).toBe('Riverside Division Local Police Plan 2025-28')
    // The default build selects: the sample's 2,400 words do not fit an easy read of 24 pages, so some sentences are
    // left out (each recorded with its reason) and what is kept fits the budget by the page model.
    expect(report.summary.sentences).toBeGreaterThan(50)
    expect(report.select.budget.pages).toBe(24)
    expect(report.select.estimate).toBeLessThanOrEqual(24)
    expect(report.select.wordsKept).toBeLessThan(report.select.wordsIn)
    expect(report.leftOut.length).toBeGreaterThan(0)
    for (const left of report.leftOut) expect(left).toMatchObject({rule: 'select', reason: expect.any(String), line: expect.any(Number)})
  })
})
