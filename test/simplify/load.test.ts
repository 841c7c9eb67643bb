import {cp, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadSimplifyData} from '../../src/simplify/load.js'
import {dataFolder} from '../../src/options.js'
import {formatProblem} from '../../src/util/result.js'
import {temporaryFolder} from '../helpers/cli.js'

/** A copy of the shipped data folder with one file written over. */
async function dataWith(name: string, text: string): Promise<string> {
  const folder = await temporaryFolder('easyread-data-')
  await cp(dataFolder, folder, {recursive: true})
  await writeFile(path.join(folder, name), text)
  return folder
}

describe('the simplify data, checked where it is read', () => {
  it('reads the shipped files, with the clause flag on the "ensure" words', () => {
    const loaded = loadSimplifyData()
    expect(loaded.ok).toBe(true)
    const words = loaded.ok ? loaded.value.plainWords : []
    expect(words.find((word) => word.from === 'ensure')).toEqual({from: 'ensure', to: 'make sure', clause: true})
    expect(words.find((word) => word.from === 'utilise')).toEqual({from: 'utilise', to: 'use'})
    expect(loaded.ok && loaded.value.voice).toEqual({we: 'we', our: 'our', howWell: 'How well', seen: 2})
  })

  it('names the file, line and column of a wrong flag or a missing field', async () => {
    const folder = await dataWith('plain-words.yml', '- from: ensure\n  to: make sure\n  clause: maybe\n- from: commence\n')
    const loaded = loadSimplifyData(folder)
    expect(loaded.ok).toBe(false)
    const file = path.join(folder, 'plain-words.yml')
    expect(loaded.ok ? [] : loaded.errors.map(formatProblem)).toEqual([
      `${file}:3:11: clause must be true or false`,
      expect.stringMatching(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4:3: .*\\bto\\b`))
    ])
  })

  it('needs voice.yml', async () => {
    const folder = await temporaryFolder('easyread-data-')
    await cp(dataFolder, folder, {recursive: true, filter: (source) => path.basename(source) !== 'voice.yml'})
    const loaded = loadSimplifyData(folder)
    expect(loaded.ok ? [] : loaded.errors.map(formatProblem)).toEqual([`${path.join(folder, 'voice.yml')}: Missing data file`])
  })
})

describe('the numbers and words of splits.yml and voice.yml', () => {
  it('refuses a length that is not a whole number and a voice file with a wrong or unknown field, naming each place', async () => {
    const splits = (await import('node:fs')).readFileSync(path.join(dataFolder, 'splits.yml'), 'utf8').replace(/^above: 15$/m, 'above: fifteen')
    const folder = await dataWith('splits.yml', splits)
    await writeFile(path.join(folder, 'voice.yml'), 'we: we\nour: ""\nhow-well: How well\nseen: 0\nthey: they\n')
    const loaded = loadSimplifyData(folder)
    const line = splits.split('\n').findIndex((text) => text.startsWith('above:')) + 1
    expect(loaded.ok ? [] : loaded.errors.map(formatProblem)).toEqual([
      `${path.join(folder, 'splits.yml')}:${line}:8: Field "above" must be a whole number, 5 or more`,
      `${path.join(folder, 'voice.yml')}:5:1: Unknown field "they" (expected one of: we, our, how-well, seen)`,
      `${path.join(folder, 'voice.yml')}:2:6: Field "our" is empty`,
      `${path.join(folder, 'voice.yml')}:4:7: Field "seen" must be a whole number, 1 or more`
    ])
  })
})
