import {createServer} from 'node:http'
import type {AddressInfo} from 'node:net'
import {readFile, readdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun} from 'docx'
import {strToU8, unzipSync, zipSync} from 'fflate'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {runCli, temporaryFolder} from '../helpers/cli.js'
import {requirePrograms} from '../helpers/programs.js'

/**
 * `easyread render` through the real CLI and LibreOffice: a Word file whose pictures link to a local file and to an
 * address is rendered with links off (neither drawn, no request made: the "remote" address is a server of the test's
 * own, which counts the requests); and render, like build, replaces its own outputs but never a file it did not make.
 */
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')
const requests: string[] = []
const server = createServer((request, response) => {
  requests.push(request.url ?? '')
  response.writeHead(200, {'Content-Type': 'image/png'}).end(png)
})
let folder: string

/** A Word file with two pictures, their relationships made links: to `targets`, in order. */
async function linkedWordFile(targets: string[]): Promise<Uint8Array> {
  // Different bytes for each, or the docx library shares one picture between them.
  const pictures = targets.map((_, index) => new Paragraph({children: [new ImageRun({type: 'png', data: Buffer.concat([png, Buffer.from([index])]), transformation: {width: 120, height: 120}})]}))
  const document = new Document({sections: [{children: [new Paragraph({heading: HeadingLevel.HEADING_1, children: [new TextRun('Our plan')]}), ...pictures, new Paragraph('We will help.')]}]})
  const parts = unzipSync(new Uint8Array(await Packer.toBuffer(document)))
  let rels = new TextDecoder().decode(parts['word/_rels/document.xml.rels'])
  let xml = new TextDecoder().decode(parts['word/document.xml'])
  const ids = [...xml.matchAll(/r:embed="([^"]+)"/g)].map((match) => match[1]!)
  expect(ids).toHaveLength(targets.length)
  ids.forEach((id, index) => {
    rels = rels.replace(new RegExp(`<Relationship Id="${id}"[^>]*/>`), `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${targets[index]}" TargetMode="External"/>`)
    xml = xml.replace(`r:embed="${id}"`, `r:link="${id}"`)
  })
  parts['word/_rels/document.xml.rels'] = strToU8(rels)
  parts['word/document.xml'] = strToU8(xml)
  for (const name of Object.keys(parts)) if (name.startsWith('word/media/')) delete parts[name]
  return zipSync(parts)
}

beforeAll(async () => {
  requirePrograms('soffice', 'pdfinfo', 'pdftoppm')
  folder = await temporaryFolder('easyread-render-')
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

describe('render with links off', () => {
  test('a picture linked to a local file and one linked to an address: neither drawn, nothing fetched, one line saying so', async () => {
    const local = path.join(folder, 'photo.png')
    await writeFile(local, png)
    const address = `http://127.0.0.1:${(server.address() as AddressInfo).port}/picture.png`
    const docx = path.join(folder, 'linked.docx')
    const bytes = await linkedWordFile([`file://${local}`, address])
    await writeFile(docx, bytes)
    const result = runCli(['render', docx, '--out', path.join(folder, 'linked-pages')])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).toBe(`easyread: ${docx}: 2 linked pictures are left out of the pages: LibreOffice runs with links off, so nothing outside the file is read or fetched\n`)
    expect(result.stdout).toMatch(/^1 pages\n/)
    expect(requests).toEqual([])
    const pdf = (await readFile(path.join(folder, 'linked-pages', 'linked.pdf'))).toString('latin1')
    expect(pdf.startsWith('%PDF-')).toBe(true)
    expect(pdf).not.toMatch(/\/Subtype\s*\/Image/)
    expect(Buffer.compare(await readFile(docx), bytes)).toBe(0)
  }, 300_000)
})

describe('render never writes over a file easyread did not make', () => {
  test('its own outputs are replaced; a page image of someone else’s is kept, with one line, exit 2, unless --force', async () => {
    const docx = path.join(folder, 'plan.docx')
    const document = new Document({sections: [{children: [new Paragraph({heading: HeadingLevel.HEADING_1, children: [new TextRun('Our plan')]}), new Paragraph('We will help.')]}]})
    await writeFile(docx, new Uint8Array(await Packer.toBuffer(document)))
    const pages = path.join(folder, 'plan-pages')
    for (let run = 0; run < 2; run++) {
      const result = runCli(['render', docx])
      expect(result.code, result.stderr).toBe(0)
      expect(result.stdout).toBe(`1 pages\nwrote ${path.join(pages, 'plan.pdf')}\nwrote 1 page images in ${pages}\n`)
    }
    expect((await readdir(pages)).sort()).toEqual(['page-1.png', 'plan.pdf'])
    const theirs = path.join(pages, 'page-1.png')
    await writeFile(theirs, png)
    const before = await readFile(path.join(pages, 'plan.pdf'))
    const refused = runCli(['render', docx])
    expect(refused.code).toBe(2)
    expect(refused.stdout).toBe('')
    expect(refused.stderr).toBe(`easyread: ${theirs}: This file was not made by easyread, so it is not replaced: move it, give another --out, or add --force\n`)
    expect(Buffer.compare(await readFile(theirs), png)).toBe(0)
    expect(Buffer.compare(await readFile(path.join(pages, 'plan.pdf')), before)).toBe(0)
    expect((await readdir(pages)).sort()).toEqual(['page-1.png', 'plan.pdf'])
    const forced = runCli(['render', docx, '--force'])
    expect(forced.code, forced.stderr).toBe(0)
    expect(Buffer.compare(await readFile(theirs), png)).not.toBe(0)
  }, 300_000)
})
