import {mkdir, readFile, readdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {beforeAll, describe, expect, test} from 'vitest'
import {temporaryFolder} from '../helpers/cli.js'
import {root, samplePlan} from '../helpers/paths.js'
import {runInTerminal, runPiped} from './run.js'

const plan = (title: string) => `# ${title}\n\nWe will keep the park clean.\n\nWe will talk to the people who live near it.\n`
/** A plan with one passive sentence: one warning from the checker, no failing sentence. */
const warned = '# Our park\n\nSupport is provided to people.\n\nWe can help.\n'
const colourCode = /\u001b\[3\dm/

let folder: string
beforeAll(async () => {
  folder = await temporaryFolder('easyread-conventions-')
  for (const [file, text] of [['a/one.md', plan('One')], ['a/two.txt', 'We will keep the park clean.\n\nWe will talk to you.\n'], ['b/one.md', plan('Another one')], ['c/three.md', plan('Three')], ['d/plan.md', plan('Plan')], ['d/plan.txt', 'We will keep the park clean.\n'], ['warned.md', warned]]) {
    await mkdir(path.dirname(path.join(folder, file)), {recursive: true})
    await writeFile(path.join(folder, file), text)
  }
})

async function listed(dir: string): Promise<string[]> {
  return (await readdir(dir, {recursive: true})).map((name) => name.split(path.sep).join('/')).filter((name) => name.includes('.')).sort()
}

describe('several plans, folders and globs', () => {
  test('build: files and a quoted glob give outputs named per plan', async () => {
    const files = runPiped(['build', 'a/one.md', 'c/three.md', '-o', 'out1', '-f', 'html'], {cwd: folder})
    expect([files.code, files.stderr]).toEqual([0, ''])
    expect(await listed(path.join(folder, 'out1'))).toEqual(['one.html', 'three.html'])
    expect(files.stdout).toMatch(/^a\/one\.md:\n {2}\d+ sentences/m)
    const glob = runPiped(['build', 'c/*.md', '-o', 'out2', '-f', 'html'], {cwd: folder})
    expect(glob.code).toBe(0)
    expect(await listed(path.join(folder, 'out2'))).toEqual(['three.html'])
  })

  test('build: folders are searched; two plans of one name each get their own folder; a clash is refused, writing nothing', async () => {
    const folders = runPiped(['build', 'a', 'b', '-o', 'out3', '-f', 'html'], {cwd: folder})
    expect([folders.code, folders.stderr]).toEqual([0, ''])
    expect(await listed(path.join(folder, 'out3'))).toEqual(['a/one.html', 'a/two.html', 'b/one.html'])
    const clash = runPiped(['build', 'd', '-o', 'out4', '-f', 'html'], {cwd: folder})
    expect(clash.code).toBe(2)
    expect(clash.stderr.trim()).toBe(`easyread: d/plan.txt: This plan and d/plan.md would write the same outputs (${path.join('out4', 'plan')}.*): build them one at a time with their own --out, or rename one`)
    expect(await readdir(folder)).not.toContain('out4')
  })

  test('check: a folder and a glob, each file summarised', () => {
    const result = runPiped(['check', 'a', 'c/*.md'], {cwd: folder})
    expect(result.code).toBe(0)
    for (const file of ['a/one.md', 'a/two.txt', 'c/three.md']) expect(result.stdout).toMatch(new RegExp(`^${file}: \\d+ sentences at reading age 9`, 'm'))
    expect(result.stdout.trim().split('\n').at(-1)).toMatch(/^3 files, /)
  })
})

describe('standard input and output', () => {
  test('- reads the plan from standard input; --name names it and its outputs', async () => {
    const built = runPiped(['build', '-', '--name', 'riverside park.md', '-o', 'out6', '-f', 'html,json'], {cwd: folder, input: plan('From a pipe')})
    expect([built.code, built.stderr]).toEqual([0, ''])
    expect(await listed(path.join(folder, 'out6'))).toEqual(['riverside park.html', 'riverside park.report.json'])
    expect(await readFile(path.join(folder, 'out6', 'riverside park.html'), 'utf8')).toContain('From a pipe')
    const checked = runPiped(['check', '-', '--name', 'park.md'], {cwd: folder, input: warned})
    expect(checked.stdout).toContain('park.md:3:9  warning  Unexpected passive voice "is provided"')
  })


  test('--out - writes the one format chosen to standard output, and the summary to standard error', () => {
    const result = runPiped(['build', 'c/three.md', '--out', '-', '--format', 'html'], {cwd: folder})
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^<!doctype html>/i)
    expect(result.stdout.trimEnd()).toMatch(/<\/html>$/)
    expect(result.stderr).toMatch(/^\d+ sentences: /)
  })

  test('--out - with more than one format is refused in one line', () => {
    const result = runPiped(['build', 'c/three.md', '--out', '-'], {cwd: folder})
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr.trim()).toBe('easyread: --out - writes one format to standard output, and this build makes 3 (html, docx, json): choose one with --format, e.g. --format html')
  })
})

describe('the usual flags', () => {
  test('-V, -h, -q; did you mean for a mistyped option or command', async () => {
    const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {version: string}
    expect(runPiped(['-V']).stdout.trim()).toBe(pkg.version)
    const help = runPiped(['check', '-h'])
    expect(help.stdout).toContain('-f, --format FORMAT')
    expect(help.stdout).toContain('-q, --quiet')
    const quiet = runPiped(['build', 'c/three.md', '-q', '-o', 'out5', '-f', 'html'], {cwd: folder})
    expect([quiet.code, quiet.stdout, quiet.stderr]).toEqual([0, '', ''])
    const typo = runPiped(['build', 'c/three.md', '--fromat', 'html'], {cwd: folder})
    expect([typo.code, typo.stderr.trim()]).toEqual([2, 'easyread build: Unknown option \'--fromat\': did you mean --format? See "easyread build --help"'])
    expect(runPiped(['chek']).stderr).toMatch(/Did you mean "check"\?$/m)
  })
})

describe('colour', () => {
  test('none in a pipe or with NO_COLOR; on a terminal, and in a pipe with FORCE_COLOR', () => {
    const piped = runPiped(['check', 'warned.md'], {cwd: folder})
    expect(piped.stdout).toContain('  warning  Unexpected passive voice')
    expect(piped.stdout).not.toMatch(colourCode)
    expect(runPiped(['check', 'warned.md'], {cwd: folder, env: {FORCE_COLOR: '1'}}).stdout).toContain('  \u001b[33mwarning\u001b[39m  Unexpected passive voice')
    const terminal = runInTerminal(['check', 'warned.md'], {cwd: folder})
    expect(terminal.screen).toContain('\u001b[33mwarning\u001b[39m')
    const noColour = runInTerminal(['check', 'warned.md'], {cwd: folder, env: {NO_COLOR: '1'}})
    expect(noColour.screen).toContain('  warning  Unexpected passive voice')
    expect(noColour.screen).not.toMatch(colourCode)
  })
})

describe('warnings and CI', () => {
  test('--format github: one annotation per finding, on its line and column', () => {
    const result = runPiped(['check', 'warned.md', '--format', 'github'], {cwd: folder})
    expect(result.code).toBe(0)
    expect(result.stdout.trim().split('\n')).toContain('::warning file=warned.md,line=3,col=9,endLine=3,endColumn=20,title=no-passive::Unexpected passive voice "is provided": say who does it ("we will check", not "checks will be carried out")')
  })
})
