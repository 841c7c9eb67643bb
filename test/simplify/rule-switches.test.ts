import {readdirSync} from 'node:fs'
import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadConfig} from '../../src/config.js'
import {checkOptions} from '../../src/options.js'
import {formatProblem} from '../../src/util/result.js'
import {ruleFamilies} from '../../src/simplify/types.js'
import {rules, splitRules} from '../../src/simplify/rules/index.js'
import {runCli, temporaryFolder} from '../helpers/cli.js'
import {root} from '../helpers/paths.js'

describe('the rule registry', () => {
  it('names every rule once, in kebab case, in a known family, with a confidence from 0 to 1, each in its own file with its own tests', () => {
    const ids = rules.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    const sources = readdirSync(path.join(root, 'src', 'simplify', 'rules')).filter((name) => name !== 'index.ts')
    const tests = readdirSync(path.join(root, 'test', 'simplify', 'rules'))
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
      expect(ruleFamilies).toContain(rule.family)
      expect(rule.confidence).toBeGreaterThan(0)
      expect(rule.confidence).toBeLessThanOrEqual(1)
      expect(rule.summary.length).toBeGreaterThan(10)
      expect(sources, rule.id).toContain(`${rule.id}.ts`)
      expect(tests, rule.id).toContain(`${rule.id}.test.ts`)
    }
    expect(sources.length).toBe(rules.length)
    expect(splitRules.every((rule) => rule.family === 'split')).toBe(true)
  })
})

describe('turning rules off: rules in the config file, --rule on the command line', () => {
  it('reads on and off by id, from a map or from --rule values', () => {
    const fromMap = checkOptions({rules: {'tail-including': 'off', 'plain-word': 'on'}})
    expect(fromMap.ok && fromMap.value.rules).toEqual({'tail-including': 'off', 'plain-word': 'on'})
    const fromFlags = checkOptions({rules: ['tail-including=off', 'split-which=off']})
    expect(fromFlags.ok && fromFlags.value.rules).toEqual({'tail-including': 'off', 'split-which': 'off'})
    // YAML reads a bare off as the text "off" (YAML 1.2); false is taken as off too.
    const yes = checkOptions({rules: {'tail-including': false}})
    expect(yes.ok && yes.value.rules).toEqual({'tail-including': 'off'})
  })

  it('refuses an unknown id or a value that is not on or off, in the config file with its line and column', async () => {
    const folder = await temporaryFolder()
    const file = path.join(folder, 'easyread.config.yml')
    await writeFile(file, 'font-size: 18\nrules:\n  tail-including: off\n  tail-inclding: off\n  split-which: maybe\n')
    const result = await loadConfig(file)
    expect(result.ok ? [] : result.errors.map(formatProblem)).toEqual([
      expect.stringMatching(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4:3: rules: unknown rule "tail-inclding" \\(the rules are: section-left-out, `)),
      `${file}:5:3: rules: split-which must be on or off, not "maybe" (e.g. --rule split-which=off)`
    ])
    const flag = checkOptions({rules: ['split-wich=off']})
    expect(flag.ok ? [] : flag.errors.map((problem) => problem.message)).toEqual([expect.stringMatching(/^--rule: unknown rule "split-wich"/)])
  })

  it('the CLI turns a rule off for the build, and stops with exit code 2 at a wrong id', async () => {
    const folder = await temporaryFolder()
    await writeFile(path.join(folder, 'plan.md'), '# A plan\n\nWe are committed to listening and responding to the people and businesses of the town, including those who do not often speak to the police.\n')
    const build = (extra: string[]) => runCli(['build', 'plan.md', '--out', 'out', '--format', 'json', '--quiet', ...extra], {cwd: folder})
    expect(build([]).code).toBe(0)
    const on = JSON.parse(await readFile(path.join(folder, 'out', 'plan.report.json'), 'utf8')) as {changes: Array<{rule: string}>}
    expect(on.changes.map((change) => change.rule)).toContain('tail-including')
    expect(build(['--rule', 'tail-including=off']).code).toBe(0)
    const off = JSON.parse(await readFile(path.join(folder, 'out', 'plan.report.json'), 'utf8')) as {changes: Array<{rule: string}>}
    expect(off.changes.map((change) => change.rule)).not.toContain('tail-including')
    const wrong = build(['--rule', 'tail-includes=off'])
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toMatch(/^easyread: --rule: unknown rule "tail-includes"/)
  })
})
