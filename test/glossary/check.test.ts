import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {runCli} from '../helpers/cli.js'
import {fixtures} from '../helpers/paths.js'

describe('easyread glossary check', () => {
  test('every shape mistake is named with its file, line and column, all at once, and exits 2', () => {
    const folder = path.join(fixtures, 'glossary-broken', 'shapes')
    const file = path.join(folder, 'terms.yml')
    const result = runCli(['glossary', 'check', folder])
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr.trim().split('\n')).toEqual([
      `easyread: ${file}:2:12: Field "aliases" must be a list, like [multi-agency, multi agency]`,
      `easyread: ${file}:4:9: Field "term" must be text`,
      `easyread: ${file}:7:23: Each alias must be non-empty text`,
      `easyread: ${file}:9:3: A glossary entry must be a map with "term" and "means"`
    ])
  })

  test('an explanation in hard words fails the easy-read rules: its place, the reasons, exit 1', () => {
    const file = path.join(fixtures, 'glossary-hard', 'terms.yml')
    const result = runCli(['glossary', 'check', path.dirname(file)])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^2 glossary entries in 1 files: no problems found$/m)
    expect(result.stdout).toMatch(/^Explanations: 2 sentences, [1-9]\d* failing the easy-read rules, \d+ warnings$/m)
    const errors = result.stderr.trim().split('\n')
    expect(errors.length).toBeGreaterThan(0)
    for (const line of errors) expect(line).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:6:10: .*\\("Governance constitutes .*"\\)  error  [\\w-]+$`))
    // The easy explanation passes.
    expect(result.stderr).not.toContain('councillor')
  })

  test('the shipped glossary: no explanation fails the easy-read rules', () => {
    const result = runCli(['glossary', 'check', '--quiet'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Explanations: \d+ sentences, 0 failing the easy-read rules, \d+ warnings$/m)
  })
})
