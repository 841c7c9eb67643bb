import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {beforeAll, describe, expect, test} from 'vitest'
import {build} from '../../src/index.js'
import {docxPart, validationErrors} from '../helpers/docx.js'
import {temporaryFolder} from '../helpers/cli.js'
import {fullPlan} from '../helpers/paths.js'
import JSZip from 'jszip'

const title = 'Lanarkshire Local Police Plan 2023-26'

/** Write a .docx into a fresh folder and check it with the Open XML SDK validator: every .docx a test makes. */
async function writeValid(bytes: Uint8Array, name = 'plan.docx'): Promise<string> {
  const file = path.join(await temporaryFolder(), name)
  await writeFile(file, bytes)
  expect(await validationErrors(file)).toEqual([])
  return file
}

async function docxOf(plan: string, raw: Parameters<typeof build>[1] = {}): Promise<Uint8Array> {
  const {outputs} = await build(plan, {formats: ['docx'], ...raw})
  return outputs.docx as Uint8Array
}

/** The body's top-level blocks: paragraphs and tables directly under w:body, as XML strings. */
function topLevelBlocks(document: string): string[] {
  const body = document.slice(document.indexOf('<w:body>') + 8, document.lastIndexOf('</w:body>'))
  const blocks: string[] = []
  let depth = 0
  let start = 0
  for (const match of body.matchAll(/<(\/?)w:(tbl|p)\b[^>]*?(\/?)>/g)) {
    const [tag, closing, , selfClosing] = match
    if (selfClosing) {
      if (depth === 0) blocks.push(tag)
      continue
    }
    if (!closing) {
      if (depth === 0) start = match.index
      depth++
    } else {
      depth--
      if (depth === 0) blocks.push(body.slice(start, match.index + tag.length))
    }
  }
  return blocks
}

describe('the Word document of the full plan', () => {
  let bytes: Uint8Array
  let document: string
  beforeAll(async () => {
    bytes = await docxOf(fullPlan, {title})
    document = await docxPart(bytes)
  })

  test('passes the Open XML SDK validator', async () => {
    await writeValid(bytes)
  })

  test('rows are borderless two-column tables with a fixed picture column, and no row splits across pages', () => {
    const tables = topLevelBlocks(document).filter((block) => block.startsWith('<w:tbl>'))
    expect(tables.length).toBeGreaterThan(20)
    for (const table of tables) {
      expect(table).toMatch(/<w:tblLayout w:type="fixed"\/>/)
      expect(table).toMatch(/<w:tblGrid><w:gridCol w:w="2268"\/><w:gridCol w:w="7370"\/><\/w:tblGrid>/)
      const borders = /<w:tblBorders>(.*?)<\/w:tblBorders>/.exec(table)?.[1] ?? ''
      expect(borders.match(/w:val="none"/g)?.length).toBe(6)
      const rows = table.match(/<w:tr>|<w:tr /g) ?? []
      expect(table.match(/<w:cantSplit\/>/g)?.length).toBe(rows.length)
    }
  })

  test('pictures are PNG at twice the size shown, 3.5 cm, each with alt text, each stored once', async () => {
    const zip = await JSZip.loadAsync(bytes)
    const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'))
    expect(media.length).toBeGreaterThan(10)
    const contents = new Set<string>()
    for (const name of media) {
      const png = await zip.file(name)!.async('uint8array')
      expect([...png.slice(1, 4)].map((code) => String.fromCharCode(code)).join('')).toBe('PNG')
      const view = new DataView(png.buffer, png.byteOffset)
      // 3.5 cm is 132 px at 96 dpi: rendered at 264 px, the same file for the cover's larger copy.
      expect(Math.max(view.getUint32(16), view.getUint32(20))).toBe(264)
      contents.add(Buffer.from(png).toString('base64'))
    }
    expect(contents.size).toBe(media.length)
    const embedded = [...document.matchAll(/<a:blip r:embed="([^"]+)"/g)].map((match) => match[1]!)
    expect(new Set(embedded).size).toBe(media.length)
    expect(embedded.length).toBeGreaterThan(media.length)
    const drawings = [...document.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((match) => match[1]!)
    expect(drawings.length).toBeGreaterThan(media.length - 1)
    for (const alt of drawings) expect(alt.trim().length).toBeGreaterThan(2)
    // 132 px at 96 dpi is 3.5 cm: 1,257,300 EMU (360,000 to the cm); the cover's picture is larger.
    const sizes = [...document.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((match) => Math.max(Number(match[1]), Number(match[2])))
    expect(sizes.filter((size) => size === 1257300).length).toBe(sizes.length - 1)
    expect(Math.max(...sizes)).toBeGreaterThan(1257300)
  })

  test('a cover with the title and a picture, in its own section; page numbers in the body’s footer', async () => {
    const blocks = topLevelBlocks(document)
    const coverEnd = blocks.findIndex((block) => block.includes('<w:sectPr'))
    const cover = blocks.slice(0, coverEnd + 1).join('')
    expect(cover).toContain('<w:drawing>')
    expect(cover).toMatch(/<w:pStyle w:val="Title"\/>.*Lanarkshire Local Police Plan 2023-26/)
    expect(cover).toContain('Easy read version')
    const footers = Object.keys((await JSZip.loadAsync(bytes)).files).filter((name) => /^word\/footer\d+\.xml$/.test(name))
    expect(footers.length).toBe(1)
    expect(await docxPart(bytes, footers[0])).toMatch(/PAGE.*NUMPAGES/s)
  })

  test('real headings, no empty paragraphs used for spacing, the Noto licence in the colophon', () => {
    const blocks = topLevelBlocks(document)
    const paragraphs = blocks.filter((block) => block.startsWith('<w:p'))
    const empty = paragraphs.filter((block) => !/<w:t[ >]|<w:drawing>/.test(block))
    expect(empty).toEqual([])
    expect(document.match(/<w:pStyle w:val="Heading1"\/>/g)?.length).toBeGreaterThan(10)
    expect(document).toContain('Noto Emoji by Google, used under the Apache License 2.0')
  })

  test('document properties: title, subject and language en-GB', async () => {
    const core = await docxPart(bytes, 'docProps/core.xml')
    expect(core).toContain(`<dc:title>${title}</dc:title>`)
    expect(core).toContain(`<dc:subject>Easy read version of ${title}</dc:subject>`)
    expect(core).toContain('<dc:language>en-GB</dc:language>')
  })
})

describe('typography settings and lists in Word', () => {
  test('Letter pages, 18 pt type, line spacing 2 and our colours reach the document', async () => {
    const folder = await temporaryFolder()
    const plan = path.join(folder, 'plan.md')
    await writeFile(plan, '# A plan\n\nWe will keep the roads safe.\n')
    const bytes = await docxOf(plan, {pageSize: 'Letter', fontSize: 18, lineSpacing: 2, colours: {text: '#000000', heading: '#5a1a6e'}})
    await writeValid(bytes)
    const [document, styles] = [await docxPart(bytes), await docxPart(bytes, 'word/styles.xml')]
    expect(document).toMatch(/<w:pgSz w:w="12240" w:h="15840"/)
    expect(document).toMatch(/<w:gridCol w:w="2268"\/><w:gridCol w:w="7704"\/>/)
    expect(styles).toMatch(/<w:docDefaults>.*<w:sz w:val="36"\/>.*<w:spacing w:after="180" w:line="480" w:lineRule="auto"\/>/s)
    expect(styles).toMatch(/<w:color w:val="000000"\/>/)
    expect(styles).toMatch(/w:styleId="Heading1".*?<w:color w:val="5A1A6E"\/>/s)
    expect(styles).not.toMatch(/<w:i\/>|w:val="both"/)
  })

  test('each numbered list restarts at 1 where the source restarts it, and carries on where the source does', async () => {
    const folder = await temporaryFolder()
    const plan = path.join(folder, 'plan.md')
    await writeFile(plan, '# A plan\n\nWe will:\n\n1. listen\n2. act\n\nThen we will:\n\n1. check\n2. report\n\nAnd last:\n\n3. tell you\n')
    const bytes = await docxOf(plan)
    await writeValid(bytes)
    const document = await docxPart(bytes)
    const numIds = [...document.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((match) => match[1])
    expect(numIds).toHaveLength(5)
    expect(numIds[0]).toBe(numIds[1])
    expect(numIds[2]).not.toBe(numIds[0])
    expect(numIds[3]).toBe(numIds[2])
    expect(numIds[4]).toBe(numIds[2])
  })
})
