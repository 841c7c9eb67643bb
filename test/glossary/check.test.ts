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
    const hard = 'Governance constitutes the comprehensive institutional arrangements whereby organisational accountability, strategic decision-making and operational oversight are systematically distributed, exercised and continuously evaluated across multiple interdependent organisations.'
    const result = runCli(['glossary', 'check', path.dirname(file)])
    expect(result.code).toBe(1)
    const out = result.stdout.trim().split('\n')
    expect(out[0]).toBe('2 glossary entries in 1 file: no problems found')
    // Every finding is at the hard explanation's `means` (line 6, column 10); the easy one (line 3) has none.
    const warnings = out.filter((line) => line.includes('  warning  '))
    const errors = result.stderr.trim().split('\n')
    for (const line of [...warnings, ...errors]) expect(line.startsWith(`${file}:6:10: `) && line.includes(`("${hard}")`), line).toBe(true)
    expect(errors.map((line) => line.split('  ').slice(-2))).toEqual([['error', 'sentence-length'], ['error', 'one-idea'], ['error', 'reading-age']])
    expect(errors[0]).toContain('Unexpected 25 words in a sentence, expected 15 or fewer')
    expect(errors[1]).toContain('Unexpected 3 ideas in a sentence ("constitutes", "are systematically distributed", "continuously evaluated"), expected 1')
    expect([...new Set(warnings.map((line) => line.split('  ').at(-1)))]).toEqual(['no-passive', 'hard-words'])
    expect(warnings).toContain(`${file}:6:10: Unexpected rare word "whereby": use an easier word, or explain it (add it to the glossary); later uses are not reported again ("${hard}")  warning  hard-words`)
    // The summary counts sentences: one of the two fails, however many problems it has.
    expect(out.at(-1)).toBe(`Explanations: 2 sentences, 1 failing the easy-read rules, ${warnings.length} warnings`)
    // --quiet leaves the warnings out, never the errors.
    const quiet = runCli(['glossary', 'check', '--quiet', path.dirname(file)])
    expect([quiet.code, quiet.stderr]).toEqual([1, result.stderr])
    expect(quiet.stdout.split('\n').filter((line) => line.includes('  warning  '))).toEqual([])
  })

  test('the shipped glossary: no explanation fails the easy-read rules', () => {
    const result = runCli(['glossary', 'check', '--quiet'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Explanations: \d+ sentences, 0 failing the easy-read rules, \d+ warnings$/m)
  })
})
