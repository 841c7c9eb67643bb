import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {loadGlossary} from '../../src/glossary/load.js'
import {formatProblem} from '../../src/util/result.js'
import {fixtures, root} from '../helpers/paths.js'
import {runCli, temporaryFolder} from '../helpers/cli.js'
import {readdir} from 'node:fs/promises'

const broken = path.join(fixtures, 'glossary-broken')

async function problems(folder: string): Promise<string[]> {
  const loaded = await loadGlossary([path.join(broken, folder)])
  if (loaded.ok) throw new Error('expected problems')
  return loaded.errors.map((problem) => formatProblem(problem).replace(`${broken}/`, ''))
}

describe('loading glossary files', () => {
  test('the shipped glossary loads: at least 80 entries, with the terms plans need', async () => {
    const loaded = await loadGlossary([path.join(root, 'glossary', 'terms')])
    expect(loaded.ok).toBe(true)
    if (!loaded.ok) return
    expect(loaded.value.length).toBeGreaterThanOrEqual(80)
    const terms = new Set(loaded.value.map((entry) => entry.term.toLowerCase()))
    for (const term of ['councillor', 'scrutiny board', 'proactive', 'responsive', 'wellbeing', 'multiagency', 'community planning partners', 'stakeholder', 'serious organised crime', 'gender based abuse', 'hotspot', 'demographics', 'operating model', 'intelligence led policing', 'police estate', 'milestone', 'evaluation', 'resilience', 'mitigate', 'accountability']) {
      expect(terms, term).toContain(term)
    }
  })

  test('a YAML syntax error names the file, line and column', async () => {
    expect(await problems('syntax')).toEqual([expect.stringMatching(/^syntax\/terms\.yml:4:\d+: YAML syntax error: /)])
  })

  test('unknown, missing and empty fields each name their place', async () => {
    expect(await problems('fields')).toEqual([
      'fields/terms.yml:4:3: Unknown field "colour" (expected one of: term, aliases, means, short, picture)',
      'fields/terms.yml:5:3: Missing field "means"',
      'fields/terms.yml:7:10: Field "means" is empty'
    ])
  })

  test('a term or alias defined twice, across files and spellings, names both places', async () => {
    expect(await problems('twice')).toEqual(['twice/b.yml:3:3: "scrutiny committee" is defined twice: here and at a.yml:1 ("scrutiny board")'])
  })

  test('a build with a broken glossary stops with the place and writes nothing', async () => {
    const folder = await temporaryFolder()
    const result = runCli(['build', path.join(root, 'plans', 'riverside-local-police-plan.md'), '--out', folder, '--glossary', path.join(broken, 'fields')])
    expect(result.code).toBe(2)
    expect(result.stderr.split('\n')[0]).toBe(`easyread: ${path.join(broken, 'fields', 'terms.yml')}:4:3: Unknown field "colour" (expected one of: term, aliases, means, short, picture)`)
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(await readdir(folder)).toEqual([])
  })

  test('easyread glossary check: clean on the shipped glossary, file:line:col and exit 2 on a broken one', () => {
    const clean = runCli(['glossary', 'check'])
    expect(clean.code).toBe(0)
    expect(clean.stdout).toMatch(/^\d+ glossary entries in \d+ files: no problems found$/m)
    const bad = runCli(['glossary', 'check', path.join(broken, 'twice')])
    expect(bad.code).toBe(2)
    expect(bad.stderr.trim()).toBe(`easyread: ${path.join(broken, 'twice', 'b.yml')}:3:3: "scrutiny committee" is defined twice: here and at a.yml:1 ("scrutiny board")`)
  })
})
