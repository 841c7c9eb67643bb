import {execFile} from 'node:child_process'
import {access, readFile, readdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {promisify} from 'node:util'
import {beforeAll, describe, expect, test} from 'vitest'
import {build, prepare} from '../../src/index.js'
import {convertToPdf, pdfPageCount, pdfPageTexts} from '../../src/write/docx/pages.js'
import {validationErrors} from '../helpers/docx.js'
import {runCli, temporaryFolder} from '../helpers/cli.js'
import {fullPlan} from '../helpers/paths.js'
import {readPpm} from '../helpers/ppm.js'
import {requirePrograms} from '../helpers/programs.js'
import {pageMargin, pictureColumn} from '../../src/write/docx/styles.js'

const run = promisify(execFile)
const title = 'Lanarkshire Local Police Plan 2023-26'

let folder: string
let docx: string
let pdf: string
let explained: string[]

beforeAll(async () => {
  requirePrograms('soffice', 'pdfinfo', 'pdftotext', 'pdftoppm')
  folder = await temporaryFolder()
  // The whole plan, every sentence kept (the select stage off): a document of more than 24 pages to render and count.
  const {file, outputs} = await build(fullPlan, {formats: ['docx'], title, select: false})
  docx = path.join(folder, 'plan.docx')
  await writeFile(docx, outputs.docx as Uint8Array)
  expect(await validationErrors(docx)).toEqual([])
  // What each callout says: the glossary's "means" of every term explained in a box.
  const {data} = await prepare({})
  const ids = (file.data.glossary ?? []).filter((use) => use.explained === 'callout').map((use) => use.termId)
  explained = ids.map((id) => data.glossary.find((entry) => entry.id === id)!.means)
  pdf = await convertToPdf(docx, folder)
}, 600_000)

describe('LibreOffice renders the full plan’s Word document', () => {
  test('the PDF exists and has pages; the cover page carries the title', async () => {
    await access(pdf)
    const count = await pdfPageCount(pdf)
    expect(count).toBeGreaterThan(10)
    const pages = await pdfPageTexts(pdf)
    expect(pages).toHaveLength(count)
    expect(pages[0]!.replace(/\s+/g, ' ')).toContain('Lanarkshire Local Police Plan 2023-26')
    expect(pages[0]).toContain('Easy read version')
    expect(pages[1]).toMatch(/Page 2 of \d+/)
  })

  test('pdftotext finds the callouts: the words of every term explained in a box are on a page', async () => {
    const text = (await pdfPageTexts(pdf)).join('\n').replace(/\s+/g, ' ')
    expect(explained.length).toBeGreaterThan(3)
    for (const means of explained) expect(text).toContain(means.split(/\s+/).slice(0, 6).join(' '))
  })

  test('the page images contain the pictures: the picture column is not blank, and holds colour', async () => {
    const images = path.join(folder, 'ppm')
    await run('mkdir', ['-p', images])
    await run('pdftoppm', ['-r', '50', '-f', '2', '-l', '7', pdf, path.join(images, 'page')])
    const files = (await readdir(images)).filter((name) => name.endsWith('.ppm')).sort()
    expect(files).toHaveLength(6)
    const twipsToPixels = (twips: number) => Math.round((twips / 1440) * 50)
    const [from, to] = [twipsToPixels(pageMargin), twipsToPixels(pageMargin + pictureColumn()) - 4]
    let pagesWithPictures = 0
    for (const name of files) {
      const {width, height, pixels} = await readPpm(path.join(images, name))
      let coloured = 0
      for (let y = 0; y < height; y++) {
        for (let x = from; x < to; x++) {
          const at = (y * width + x) * 3
          const [r, g, b] = [pixels[at]!, pixels[at + 1]!, pixels[at + 2]!]
          // Warm or green colour: Noto's skin, yellow, red and green; never the text's grey or the headings' blue.
          if (r - b > 40 || g - b > 40) coloured++
        }
      }
      if (coloured > 30) pagesWithPictures++
    }
    expect(pagesWithPictures).toBeGreaterThanOrEqual(3)
  })
})

describe('npm run render and the page count', () => {
  test('easyread render writes the PDF and a PNG per page next to the Word file, and says how many pages', async () => {
    const result = runCli(['render', docx, '--dpi', '30', '--last', '3'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const pages = Number(/^(\d+) pages/m.exec(result.stdout)?.[1])
    expect(pages).toBe(await pdfPageCount(pdf))
    expect(result.stdout).toContain('more than 24: an easy-read document should be split')
    const out = path.join(folder, 'plan-pages')
    const written = (await readdir(out)).sort()
    // pdftoppm pads page numbers to the digits of the last page of the PDF ("page-01" of 94 pages, "page-001" of 104).
    const names = [1, 2, 3].map((page) => `page-${String(page).padStart(String(pages).length, '0')}.png`)
    expect(written).toEqual([...names, 'plan.pdf'])
    const png = await readFile(path.join(out, names[0]!))
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
  })

  test('easyread render refuses a file that is not a Word document, with exit code 2', async () => {
    const notWord = path.join(folder, 'broken.docx')
    await writeFile(notWord, 'this is not a zip')
    const result = runCli(['render', notWord])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`easyread: ${notWord}: This is not a Word document (.docx files are zip packages)\n`)
  })

  test('convertToPdf checks the PDF is there: soffice exits 0 when it converts nothing', async () => {
    const empty = path.join(folder, 'folder.docx')
    await run('mkdir', ['-p', empty])
    await expect(convertToPdf(empty, path.join(folder, 'none'))).rejects.toThrow(/LibreOffice made no PDF of this file/)
  })

  test('build --page-count puts the page count, and a warning with where to split, in the report', async () => {
    const out = await temporaryFolder()
    const result = runCli(['build', fullPlan, '--out', out, '--format', 'docx,json', '--title', title, '--page-count', '--select', 'off'])
    expect(result.code).toBe(0)
    const report = JSON.parse(await readFile(path.join(out, '000_473ab78beabed092.report.json'), 'utf8')) as {messages: Array<{ruleId: string; message: string; severity: string}>}
    const warning = report.messages.find((message) => message.ruleId === 'too-many-pages')
    expect(warning?.severity).toBe('warning')
    expect(warning?.message).toMatch(/^The Word document has \d+ pages; an easy-read document should have 24 or fewer; split it, e\.g\. before “[^”]+” \(page \d+\)/)
  })
})
