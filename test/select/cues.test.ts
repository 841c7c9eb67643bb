import {mkdtemp, readFile, readdir, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {createCues} from '../../src/select/cues.js'
import {loadSelectData} from '../../src/select/load.js'
import {escapeRegExp} from '../../src/util/regex.js'
import {root, seeds} from '../helpers/paths.js'

/** What createCues stands in for: one expression of every cue, over the text in small letters. */
function cuesByExpression(words: readonly string[]): (text: string) => number {
  const alternatives = words.map((word) => escapeRegExp(word.toLowerCase()).replace(/\\\*$/, '\\p{L}*').replace(/\s+/g, '\\s+'))
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu')
  return (text) => (text.toLowerCase().replace(/[’‘]/g, "'").match(pattern) ?? []).length
}

describe('createCues: the counts of one expression of the cues', async () => {
  const files = [...(await readdir(seeds)).map((name) => path.join(seeds, name)), ...(await readdir(path.join(root, 'plans'))).filter((name) => name.endsWith('.md')).map((name) => path.join(root, 'plans', name))]
  const lines = (await Promise.all(files.map((file) => readFile(file, 'utf8')))).flatMap((text) => text.split(/\n+/))
  const data = loadSelectData()
  if (!data.ok) throw new Error('glossary/select.yml does not load')
  const lists: Array<[string, readonly string[]]> = [
    ['carries', data.value.carries],
    ['empty', data.value.empty],
    ...data.value.roles.map(({role, words}) => [`role ${role}`, words] as [string, readonly string[]]),
    ...data.value.opening.kinds.map((kind) => [`kind ${kind.kind}`, kind.words] as [string, readonly string[]])
  ]

  test.each(lists)('%s: on every line of the seeds and sample plans', (_name, words) => {
    const ours = createCues(words)
    const expected = cuesByExpression(words)
    for (const line of lines) expect(ours(line), line).toBe(expected(line))
  })

  test('the lists find cues on the seeds: the test compares counts, not only zeros', () => {
    const carries = createCues(data.value.carries)
    expect(lines.reduce((sum, line) => sum + carries(line), 0)).toBeGreaterThan(200)
  })

  test.each([
    ['Our priorities and priority2 and PRIORITY’s', ['priorit*']],
    ['contact us, contacts, contact-us, contact9', ['contact*', 'contact us']],
    ['we aim, we aims, we   want', ['we aim', 'we want', 'aim']],
    ['999 and 1999 and 101.', ['999', '101']],
    ['', ['word']]
  ])('%j with %j', (text, words) => {
    expect(createCues(words)(text)).toBe(cuesByExpression(words)(text))
  })
})

test('select.yml refuses a cue with no letter or digit, at its line and column', async () => {
  const source = await readFile(path.join(root, 'glossary', 'select.yml'), 'utf8')
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'easyread-select-')), 'select.yml')
  await writeFile(file, source.replace(/^carries: \[/m, 'carries: ["*", '))
  const loaded = loadSelectData(file)
  expect(loaded.ok).toBe(false)
  if (loaded.ok) return
  const line = source.split('\n').findIndex((text) => text.startsWith('carries: [')) + 1
  expect(loaded.errors).toEqual([expect.objectContaining({file, line, column: 11, message: expect.stringContaining('"carries" holds "*", which is no word')})])
})
