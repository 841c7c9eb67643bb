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
