import {mkdir, readFile, readdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {beforeAll, describe, expect, test} from 'vitest'
import {runCli, temporaryFolder} from '../helpers/cli.js'
import {pdfFixtures} from '../helpers/pdf-fixtures.js'

/**
 * A PDF easyread cannot read gets what every bad input gets: one line on stderr naming the file and what to do,
 * exit 2, no stack trace, and the output folder (holding an earlier build's files) left exactly as it was.
 */
let folder: string
let good: Buffer

beforeAll(async () => {
  folder = await temporaryFolder('easyread-bad-pdf-')
  good = await readFile(path.join(pdfFixtures, 'two-column.pdf'))
})

async function refused(plan: string): Promise<string> {
  const out = path.join(await temporaryFolder('easyread-out-'), 'out')
  await mkdir(out)
  const name = path.basename(plan, '.pdf')
  const previous = {[`${name}.html`]: '<p>the previous page</p>', [`${name}.docx`]: 'previous Word file', [`${name}.report.json`]: '{"previous": true}'}
  for (const [file, contents] of Object.entries(previous)) await writeFile(path.join(out, file), contents)
  const before = await readFile(plan)
  const result = runCli(['build', plan, '--out', out])
  expect(result.code).toBe(2)
  expect(result.stdout).toBe('')
  expect(result.stderr).not.toMatch(/\n\s+at |internal error/)
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
  expect((await readdir(out)).sort()).toEqual(Object.keys(previous).sort())
  for (const [file, contents] of Object.entries(previous)) expect(await readFile(path.join(out, file), 'utf8')).toBe(contents)
  expect((await readFile(plan)).equals(before)).toBe(true)
  return result.stderr.trimEnd()
}

async function writePlan(name: string, contents: Uint8Array | string): Promise<string> {
  const file = path.join(folder, name)
  await writeFile(file, contents)
  return file
}

describe('bad PDF input: one clear line, exit 2, no output touched', () => {
  test('a scanned PDF (pictures of pages, no text layer) is refused: easyread does no OCR', async () => {
    const plan = path.join(pdfFixtures, 'scanned.pdf')
    expect(await refused(plan)).toBe(`easyread: ${plan}: The PDF has no text to read (0 characters on 1 page): it is probably scanned pictures of pages. easyread does not read text from pictures; give it the plan's Word file or a PDF with text`)
  })

  test('a PDF behind a password', async () => {
    const plan = path.join(pdfFixtures, 'encrypted.pdf')
    expect(await refused(plan)).toBe(`easyread: ${plan}: The PDF is protected by a password: easyread cannot read it. Save a copy without the password and give easyread that`)
  })

  test('a PDF cut short (half a download)', async () => {
    const plan = await writePlan('cut.pdf', good.subarray(0, Math.floor(good.length / 2)))
    expect(await refused(plan)).toBe(`easyread: ${plan}: The PDF is cut short (its end is missing): download or export it again`)
  })

  test('a damaged PDF: its middle lost, its start and end whole', async () => {
    const plan = await writePlan('holed.pdf', Buffer.concat([good.subarray(0, 9000), good.subarray(good.length - 2000)]))
    expect(await refused(plan)).toMatch(new RegExp(`^easyread: ${plan.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: The PDF is damaged \\(.+\\): open it and save or export it again$`))
  })

  test('a file named .pdf that is not one', async () => {
    const plan = await writePlan('notes.pdf', 'Notes from the meeting, saved with the wrong name.\n')
    expect(await refused(plan)).toBe(`easyread: ${plan}: This is not a PDF file: it does not start as one. Check the file, or give it the extension of what it is`)
  })
})
