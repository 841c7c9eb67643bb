import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {buildWith, prepare} from '../../src/index.js'
import {runCli, temporaryFolder} from '../helpers/cli.js'
import {docxPart} from '../helpers/docx.js'
import {easyReadPlan, fullPlan} from '../helpers/paths.js'
import {wordPlan} from '../helpers/word-fixtures.js'

type Outputs = Record<'html' | 'docx' | 'json', Buffer>

const seedTitle = 'Lanarkshire Local Police Plan 2023-26'

/** Build `plan` as a user does, with the CLI in its own process, and return the bytes of the files it wrote. */
async function cliBuild(plan: string, extra: string[] = []): Promise<Outputs> {
  const folder = await temporaryFolder()
  const result = runCli(['build', plan, '--out', folder, ...extra])
  expect(result.code, result.stderr).toBe(0)
  const name = path.join(folder, path.basename(plan, path.extname(plan)))
  return {html: await readFile(`${name}.html`), docx: await readFile(`${name}.docx`), json: await readFile(`${name}.report.json`)}
}

/** Build `plan` in this process (the test's own, another process than the CLI's), as bytes; `prepared` may be shared between builds. */
async function apiBuild(plan: string, prepared: ReturnType<typeof prepare> = prepare({})): Promise<Outputs> {
  const {options, data} = await prepared
  const {outputs} = await buildWith(plan, options, data)
  const bytes = (value: string | Uint8Array | undefined) => Buffer.from(value as string | Uint8Array)
  return {html: bytes(outputs.html), docx: bytes(outputs.docx), json: bytes(outputs.json)}
}

/** Run `make` once, on first use: a build two tests compare is made once for both. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined
  return () => (made ??= make())
}

/** The options and data of the seed's builds in this process, made once: two builds with the same data show that no cache carries over. */
const seedPrepared = once(() => prepare({title: seedTitle}))
/** The seed plan's first build in this process: compared with the CLI's build, and with a second build here. */
const seedHere = once(() => apiBuild(fullPlan, seedPrepared()))

function expectSame(first: Outputs, second: Outputs, what: string): void {
  for (const format of ['html', 'docx', 'json'] as const) {
    expect(first[format].length, `${what} ${format}`).toBeGreaterThan(1000)
    expect(second[format].equals(first[format]), `${what} ${format}`).toBe(true)
  }
}

describe('the same input and options give byte-identical outputs', () => {
  test('two builds of the full seed plan in two processes (the CLI and this one): HTML, Word and JSON', async () => {
    expectSame(await cliBuild(fullPlan, ['--title', seedTitle]), await seedHere(), 'seed plan')
  }, 300_000)

  test('two builds of the easy-read seed and of a Word plan, in two processes', async () => {
    const word = path.join(await temporaryFolder(), 'word-plan.docx')
    await writeFile(word, await wordPlan())
    for (const plan of [easyReadPlan, word]) expectSame(await cliBuild(plan), await apiBuild(plan), plan)
  }, 300_000)

  test('two builds in one process (no counter or cache carries over between documents)', async () => {
    expectSame(await seedHere(), await apiBuild(fullPlan, seedPrepared()), 'seed plan, one process')
  }, 300_000)

  test('the Word package holds fixed dates, and ids that come from the document alone', async () => {
    const word = path.join(await temporaryFolder(), 'word-plan.docx')
    await writeFile(word, await wordPlan())
    // Selection off: the select stage leaves out the sentence with the plan's one link, which this test is about.
    const {options, data} = await prepare({formats: ['docx'], select: false})
    const docx = (await buildWith(word, options, data)).outputs.docx as Uint8Array
    const core = await docxPart(docx, 'docProps/core.xml')
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:created>')
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:modified>')
    // The docx library names hyperlink relationships with nanoid; they are renumbered.
    const relationships = await docxPart(docx, 'word/_rels/document.xml.rels')
    const ids = [...relationships.matchAll(/Id="([^"]+)"/g)].map((match) => match[1]!)
    expect(ids).toContain('rIdLink1')
    expect(ids.filter((id) => !/^rId(?:Link)?\d+$/.test(id))).toEqual([])
    // Drawing ids count from 1 in document order, whatever was built before in the process.
    const document = await docxPart(docx)
    const drawings = [...document.matchAll(/<wp:docPr id="(\d+)"/g)].map((match) => Number(match[1]))
    expect(drawings.length).toBeGreaterThan(1)
    expect(drawings).toEqual(drawings.map((_, index) => index + 1))
    expect(document).toContain('r:id="rIdLink1"')
  })
})
