import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {beforeAll, describe, expect, test} from 'vitest'
import {temporaryFolder} from '../helpers/cli.js'
import {samplePlan} from '../helpers/paths.js'
import {requirePrograms} from '../helpers/programs.js'
import {runInTerminal, runPiped} from './run.js'

/** Written for this test: a plan with a script and a javascript: link, which the easy-read page must not carry. */
const unsafe = '# Our park\n\nWe will keep the park clean.\n\n<script>alert("hello")</script>\n\nRead [our plan](javascript:alert(1)) today.\n\nTell us what you think.\n'
const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '')

let folder: string
beforeAll(async () => {
  folder = await temporaryFolder('easyread-terminal-')
  await writeFile(path.join(folder, 'unsafe.md'), unsafe)
})

describe('warnings on the terminal', () => {
  test('a plan with a <script> and a javascript: link prints both removals on the terminal, under the file', () => {
    const result = runInTerminal(['build', 'unsafe.md', '-o', 'out', '-f', 'html'], {cwd: folder})
    expect(result.code).toBe(0)
    const lines = stripAnsi(result.screen).split(/\r?\n/).map((line) => line.replace(/^.*\r/, '').trimEnd())
    const header = lines.indexOf('unsafe.md')
    expect(header, 'the report names the file').toBeGreaterThanOrEqual(0)
    expect(lines[header + 1]).toMatch(/^5:1-5:\d+ +warning +Removed raw HTML from the plan: easy-read pages show the plan’s words, never its markup +raw-html +easyread$/)
    expect(lines[header + 2]).toMatch(/^7:6-7:\d+ +warning +Removed the link address "javascript:alert\(1\)" from the plan: .+ +unsafe-url +easyread$/)
    expect(lines).toContain('⚠ 2 warnings')
  })

  test('in a pipe they go to standard error, and --quiet leaves them out', () => {
    const piped = runPiped(['build', 'unsafe.md', '-o', 'out2', '-f', 'html'], {cwd: folder})
    expect(piped.code).toBe(0)
    expect(piped.stdout).not.toContain('Removed')
    expect(piped.stderr).toMatch(/^unsafe\.md\n5:1-5:\d+ +warning +Removed raw HTML/)
    expect(piped.stderr).toContain('Removed the link address "javascript:alert(1)"')
    const quiet = runPiped(['build', 'unsafe.md', '-o', 'out3', '-f', 'html', '--quiet'], {cwd: folder})
    expect([quiet.code, quiet.stdout, quiet.stderr]).toEqual([0, '', ''])
  })
})

describe('the config file', () => {
  test('found in a parent folder (--verbose says which), never past a folder with .git', async () => {
    const outer = path.join(folder, 'outer')
    const project = path.join(outer, 'project')
    await mkdir(path.join(project, 'plans', 'draft'), {recursive: true})
    await mkdir(path.join(project, '.git'))
    await writeFile(path.join(outer, 'easyread.config.yml'), 'age: 14\n')
    await writeFile(path.join(project, 'plans', 'easyread.config.yml'), 'age: 12\n')
    const plan = path.join(project, 'plans', 'draft', 'park.md')
    await writeFile(plan, '# Park\n\nWe will keep the park clean.\n')
    const found = runPiped(['check', plan, '--verbose'], {cwd: path.join(project, 'plans', 'draft')})
    expect(found.stderr).toContain(`easyread: using the config file ${path.join(project, 'plans', 'easyread.config.yml')}`)
    expect(found.stdout).toContain('at reading age 12')
    const stopped = runPiped(['check', plan, '--verbose'], {cwd: project})
    expect(stopped.stderr).toContain('easyread: no config file (easyread.config.yml) in this folder or its parents')
    expect(stopped.stdout).toContain('at reading age 9')
  })
})

describe('progress on long work', () => {
  // The line shows work that has gone on for a second (EASYREAD_PROGRESS_AFTER, in seconds): at 0 it shows every
  // step as it starts, so the test does not hang on how fast this machine builds.
  test('a build shows its stages on a terminal, in order, once past the quiet time', () => {
    const terminal = runInTerminal(['build', samplePlan, '-o', path.join(folder, 'p1'), '-f', 'html'], {env: {EASYREAD_PROGRESS_AFTER: '0'}})
    expect(terminal.code).toBe(0)
    const steps = [...terminal.screen.matchAll(/\r\u001b\[2Keasyread: ([a-z ]+) \(\d+ s\)/g)].map((match) => match[1])
    expect(steps).toEqual(expect.arrayContaining(['reading', 'simplify', 'select', 'readability', 'layout', 'writing the page']))
    expect(steps.indexOf('simplify')).toBeLessThan(steps.indexOf('select'))
    expect(steps.indexOf('select')).toBeLessThan(steps.indexOf('readability'))
    expect(steps.indexOf('readability')).toBeLessThan(steps.indexOf('layout'))
    // The line is cleared before the summary: the summary starts a clean line.
    expect(terminal.screen).toMatch(/\r\u001b\[2K\d+ sentences: /)
  })

  test('a build shorter than the quiet time shows no line', () => {
    const terminal = runInTerminal(['build', samplePlan, '-o', path.join(folder, 'p4'), '-f', 'html'], {env: {EASYREAD_PROGRESS_AFTER: '600'}})
    expect(terminal.code).toBe(0)
    expect(terminal.screen).not.toContain('easyread: ')
    expect(terminal.screen).toMatch(/\d+ sentences: /)
  })

  test('the same build in a pipe shows none', () => {
    const piped = runPiped(['build', samplePlan, '-o', path.join(folder, 'p2'), '-f', 'html'])
    expect(piped.code).toBe(0)
    expect(piped.stderr).not.toContain('easyread: simplify')
    expect(piped.stderr).not.toContain('\r')
  })

  test('the same build on a terminal with --quiet shows nothing at all', () => {
    const quiet = runInTerminal(['build', samplePlan, '-o', path.join(folder, 'p3'), '-f', 'html', '-q'])
    expect(quiet.code).toBe(0)
    expect(quiet.screen).toBe('')
  })
})

describe('progress of render', () => {
  test('LibreOffice\'s conversion shows on a terminal, with its seconds; a pipe gets none', () => {
    requirePrograms('soffice', 'pdftoppm', 'pdfinfo')
    const made = runPiped(['build', 'unsafe.md', '-o', 'word', '-f', 'docx', '-q'], {cwd: folder})
    expect(made.code).toBe(0)
    const terminal = runInTerminal(['render', 'word/unsafe.docx', '--dpi', '24'], {cwd: folder, env: {EASYREAD_PROGRESS_AFTER: '0'}})
    expect(terminal.code).toBe(0)
    expect(terminal.screen).toMatch(/\r\u001b\[2Keasyread: converting to PDF with LibreOffice \(\d+ s\)/)
    expect(terminal.screen).toMatch(/\r\u001b\[2K\d+ pages?\r?\n/)
    const piped = runPiped(['render', 'word/unsafe.docx', '--dpi', '24'], {cwd: folder})
    expect(piped.code).toBe(0)
    expect(piped.stderr).toBe('')
  })
})
