import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {buildWith, prepare} from '../../src/index.js'
import {runCli, temporaryFolder} from '../helpers/cli.js'
import {docxPart} from '../helpers/docx.js'
import {easyReadPlan, fullPlan} from '../helpers/paths.js'
import {wordPlan} from '../helpers/word-fixtures.js'

const outputs = (name: string) => [`${name}.html`, `${name}.docx`, `${name}.report.json`]

/** Build `plan` twice, each in its own process and folder, and return both sets of bytes. */
async function twoBuilds(plan: string, extra: string[] = []): Promise<Array<[string, Buffer, Buffer]>> {
  const folders = [await temporaryFolder(), await temporaryFolder()]
  for (const folder of folders) {
    const result = runCli(['build', plan, '--out', folder, ...extra])
    expect(result.code).toBe(0)
  }
  const name = path.basename(plan, path.extname(plan))
  return Promise.all(outputs(name).map(async (file) => [file, await readFile(path.join(folders[0]!, file)), await readFile(path.join(folders[1]!, file))] as [string, Buffer, Buffer]))
}

describe('the same input and options give byte-identical outputs', () => {
  test('two builds of the full seed plan: HTML, Word and JSON', async () => {
    for (const [file, first, second] of await twoBuilds(fullPlan, ['--title', 'Lanarkshire Local Police Plan 2023-26'])) {
      expect(first.length, file).toBeGreaterThan(1000)
      expect(second.equals(first), file).toBe(true)
    }
  })

  test('two builds of the easy-read seed and of a Word plan', async () => {
    const word = path.join(await temporaryFolder(), 'word-plan.docx')
    await writeFile(word, await wordPlan())
    for (const plan of [easyReadPlan, word]) {
      for (const [file, first, second] of await twoBuilds(plan)) expect(second.equals(first), `${plan} ${file}`).toBe(true)
    }
  })

  test('two builds in one process (no counter or cache carries over between documents)', async () => {
    const {options, data} = await prepare({title: 'Lanarkshire Local Police Plan 2023-26'})
    const first = await buildWith(fullPlan, options, data)
    const second = await buildWith(fullPlan, options, data)
    expect(second.outputs.html).toBe(first.outputs.html)
    expect(second.outputs.json).toBe(first.outputs.json)
    expect(Buffer.from(second.outputs.docx as Uint8Array).equals(Buffer.from(first.outputs.docx as Uint8Array))).toBe(true)
  })

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
