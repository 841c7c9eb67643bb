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
      'fields/terms.yml:4:3: Unknown field "colour" (expected one of: term, aliases, means, short, picture, sense)',
      'fields/terms.yml:5:3: Missing field "means"',
      'fields/terms.yml:7:10: Field "means" is empty'
    ])
  })

  test('sense signals: each bad field and signal names its line and column', async () => {
    expect(await problems('senses')).toEqual([
      'senses/terms.yml:4:10: Field "sense" must be a map, like {this: [wheelchair], other: [easily ~]}',
      'senses/terms.yml:10:5: Unknown field "others" (expected one of: this, other)',
      'senses/terms.yml:9:13: "~" stands for the term once, first or last: "easily ~" or "~ to the public"',
      'senses/terms.yml:9:18: Write "~" as a word of its own, like "easily ~"',
      'senses/terms.yml:9:23: "~" stands for the term once, first or last: "easily ~" or "~ to the public"',
      'senses/terms.yml:9:47: "trust" is a signal of this sense and of another one: keep it in one list',
      'senses/terms.yml:14:11: Field "sense.this" must be a list of words, like [wheelchair, easily ~]',
      'senses/terms.yml:15:13: A sense signal must be one word or a few, like "wheelchair" or "easily ~"',
      'senses/terms.yml:15:17: A sense signal is words only (letters, digits, hyphens)',
      'senses/terms.yml:15:26: A sense signal needs a word beside "~"'
    ])
  })

  test('easyread glossary check names a bad sense signal and exits 2', () => {
    const bad = runCli(['glossary', 'check', path.join(broken, 'senses')])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain(`${path.join(broken, 'senses', 'terms.yml')}:4:10: Field "sense" must be a map`)
    expect(bad.stderr).not.toMatch(/\n\s+at /)
  })

  test('a term or alias defined twice, across files and spellings, names both places', async () => {
    expect(await problems('twice')).toEqual(['twice/b.yml:3:3: "scrutiny committee" is defined twice: here and at a.yml:1 ("scrutiny board")'])
  })

  test('a build with a broken glossary stops with the place and writes nothing', async () => {
    const folder = await temporaryFolder()
    const result = runCli(['build', path.join(root, 'plans', 'riverside-local-police-plan.md'), '--out', folder, '--glossary', path.join(broken, 'fields')])
    expect(result.code).toBe(2)
    expect(result.stderr.split('\n')[0]).toBe(`easyread: ${path.join(broken, 'fields', 'terms.yml')}:4:3: Unknown field "colour" (expected one of: term, aliases, means, short, picture, sense)`)
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
