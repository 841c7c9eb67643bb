import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {Resvg} from '@resvg/resvg-js'
import {Document, Header, HeadingLevel, ImageRun, Packer, Paragraph, TextRun} from 'docx'
import {beforeAll, describe, expect, test} from 'vitest'
import {requirePrograms} from '../helpers/programs.js'
import {build} from '../../src/index.js'
import {convertToPdf, pdfPageCount, pdfPageTexts} from '../../src/write/docx/pages.js'
import {docxPart, validationErrors} from '../helpers/docx.js'
import {runCli, temporaryFolder} from '../helpers/cli.js'
import {pdfPageImages, pixelsOfColour} from '../helpers/ppm.js'

/** The organisation's look: a serif font, a plum text colour, red headings, Letter pages, a header with a logo. */
const font = 'Liberation Serif'
const textColour = '2E1A47'
const headingColour = 'A4161A'
const logoColour: [number, number, number] = [0, 150, 136]

/** A reference .docx as an organisation would have one: made with the docx library, as Word would save it. */
async function makeTemplate(): Promise<Uint8Array> {
  const logo = new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="240" height="80"><rect width="240" height="80" fill="rgb(${logoColour.join(',')})"/></svg>`).render().asPng()
  const document = new Document({
    styles: {
      default: {document: {run: {font, size: 30, color: textColour}}, heading1: {run: {font, size: 44, bold: true, color: headingColour}}},
      paragraphStyles: [{id: 'Heading2', name: 'Heading 2', basedOn: 'Normal', next: 'Normal', run: {font, size: 36, bold: true, color: headingColour}}]
    },
    sections: [{
      properties: {page: {size: {width: 12240, height: 15840}, margin: {top: 1700, bottom: 1134, left: 1134, right: 1134, header: 500}}},
      headers: {default: new Header({children: [new Paragraph({children: [new ImageRun({type: 'png', data: logo, transformation: {width: 120, height: 40}, altText: {name: 'Northfield Council', description: 'Northfield Council logo', title: 'Logo'}}), new TextRun(' Northfield Council')]})]})},
      children: [new Paragraph({heading: HeadingLevel.HEADING_1, children: [new TextRun('Template')]})]
    }]
  })
  return new Uint8Array(await Packer.toBuffer(document))
}

const plan = `# Northfield park plan

## What this plan is

${Array.from({length: 14}, (_, index) => `We will look after park number ${index + 1} with the people who live near it.`).join('\n\n')}

## How to tell us what you think

You can write to us.

You can phone us.
`

let folder: string
let docx: string
let styles: string
let document: string

beforeAll(async () => {
  requirePrograms('soffice', 'pdfinfo', 'pdftotext', 'pdftoppm')
  folder = await temporaryFolder()
  const template = path.join(folder, 'northfield.docx')
  await writeFile(template, await makeTemplate())
  await writeFile(path.join(folder, 'park.md'), plan)
  // Every sentence kept (the select stage off), so the plan runs to 3 pages or more.
  const {outputs} = await build(path.join(folder, 'park.md'), {formats: ['docx'], referenceDocx: template, select: false})
  docx = path.join(folder, 'park.docx')
  await writeFile(docx, outputs.docx as Uint8Array)
  styles = await docxPart(outputs.docx as Uint8Array, 'word/styles.xml')
  document = await docxPart(outputs.docx as Uint8Array)
})

describe('--reference-docx: the organisation’s template', () => {
  test('the built document validates and takes the template’s font, colours and page', async () => {
    expect(await validationErrors(docx)).toEqual([])
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? ''
    expect(defaults).toContain(`w:ascii="${font}"`)
    expect(defaults).toContain(`<w:color w:val="${textColour}"/>`)
    expect(styles).toMatch(new RegExp(`w:styleId="Heading1"[\\s\\S]*?<w:color w:val="${headingColour}"/>[\\s\\S]*?</w:style>`))
    // Our own look is gone: no Arial, none of our heading blue.
    expect(styles + document).not.toMatch(/Arial|0B4F8A/i)
    // Styles the template lacks are filled in from ours, without our font.
    const callout = /<w:style\b[^>]*w:styleId="Callout"[\s\S]*?<\/w:style>/.exec(styles)?.[0]
    expect(callout).toBeDefined()
    expect(callout).not.toContain('w:rFonts')
    // Letter pages and the template's margins on every section (the cover and the plan).
    const sections = document.match(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g) ?? []
    expect(sections).toHaveLength(2)
    for (const section of sections) {
      expect(section).toMatch(/<w:pgSz w:w="12240" w:h="15840"/)
      expect(section).toMatch(/<w:pgMar w:top="1700"/)
      expect(section).toMatch(/<w:headerReference w:type="default" r:id="[^"]+"\/>/)
    }
    // The template has no footer: ours, the page numbers, stays on the plan's pages.
    expect(sections[1]).toMatch(/<w:footerReference w:type="default"/)
  })

  test('LibreOffice renders the logo at the top of every page', async () => {
    const pdf = await convertToPdf(docx, folder)
    const count = await pdfPageCount(pdf)
    expect(count).toBeGreaterThanOrEqual(3)
    const images = await pdfPageImages(pdf, path.join(folder, 'pages'), 40)
    expect(images).toHaveLength(count)
    for (const image of images) {
      // The header band above the top margin (1700 twips: about 47 px at 40 dpi) holds the logo's colour.
      const logo = pixelsOfColour(image, {left: 0, top: 0, right: image.width, bottom: 47}, logoColour)
      expect(logo).toBeGreaterThan(200)
      // Nowhere else on the page: the plan's own pictures are not that colour.
      expect(pixelsOfColour(image, {left: 0, top: 60, right: image.width, bottom: image.height}, logoColour, 8)).toBeLessThan(20)
    }
    const texts = await pdfPageTexts(pdf)
    for (const text of texts) expect(text).toContain('Northfield Council')
  })

  test('a template that is not a Word file is refused with a clear message', async () => {
    const broken = path.join(folder, 'broken.docx')
    await writeFile(broken, 'not a zip')
    const result = runCli(['build', path.join(folder, 'park.md'), '--out', folder, '--format', 'docx', '--reference-docx', broken])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`easyread: ${broken}: The --reference-docx file is not a Word document (.docx files are zip packages)\n`)
  })
})
