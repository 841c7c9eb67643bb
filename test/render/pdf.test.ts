import {execFile} from 'node:child_process'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {promisify} from 'node:util'
import {beforeAll, describe, expect, test} from 'vitest'
import {requirePrograms} from '../helpers/programs.js'
import {runCli, temporaryFolder} from '../helpers/cli.js'
import {samplePlan} from '../helpers/paths.js'

const run = promisify(execFile)

/** The sample plan's section headings, in the order the plan gives them. */
async function sectionHeadings(): Promise<string[]> {
  return [...(await readFile(samplePlan, 'utf8')).matchAll(/^## (.+)$/gm)].map((match) => match[1]!.trim())
}

/** The PDF's alt texts (`/Alt`), decoded from qpdf's uncompressed form (UTF-16 with a byte-order mark, in hex). */
async function altTexts(pdf: string, folder: string): Promise<string[]> {
  const plain = path.join(folder, 'plain.pdf')
  await run('qpdf', ['--qdf', '--object-streams=disable', pdf, plain])
  const text = (await readFile(plain)).toString('latin1')
  return [...text.matchAll(/\/Alt <feff([0-9a-f]*)>/gi)].map((match) => Buffer.from(match[1]!, 'hex').swap16().toString('utf16le'))
}

/** The words of each H1 of the structure tree, as pdfinfo -struct-text prints them (an element, its attributes, its text). */
function structureHeadings(): string[] {
  const headings: string[] = []
  let current: string[] | undefined
  for (const line of structure.split('\n')) {
    if (/^ {2}\S/.test(line)) {
      if (current) headings.push(current.join('').replace(/\s+/g, ' ').trim())
      current = /^ {2}H1 \(block\):$/.test(line) ? [] : undefined
    } else if (current) {
      const words = /^ {4}"(.*)"$/.exec(line)
      if (words) current.push(words[1]!)
    }
  }
  if (current) headings.push(current.join('').replace(/\s+/g, ' ').trim())
  return headings
}

let folder: string
let pdf: string
let structure: string

beforeAll(async () => {
  requirePrograms('soffice', 'pdfinfo', 'pdftotext', 'qpdf')
  folder = await temporaryFolder()
  const result = runCli(['build', samplePlan, '--out', folder, '--format', 'pdf,json', '--quiet'])
  expect(result.stderr).toBe('')
  expect(result.code).toBe(0)
  pdf = path.join(folder, 'riverside-local-police-plan.pdf')
  structure = (await run('pdfinfo', ['-struct-text', pdf], {maxBuffer: 64 * 1024 * 1024})).stdout
}, 300_000)

describe('build --format pdf: a tagged PDF of the sample plan', () => {
  test('it is tagged, in British English, with the title as its title', async () => {
    const {stdout} = await run('pdfinfo', [pdf])
    expect(stdout).toMatch(/^Tagged:\s+yes$/m)
    expect(stdout).toMatch(/^Title:\s+Riverside Division Local Police Plan 2025-28$/m)
    const plain = (await readFile(pdf)).toString('latin1')
    expect(plain).toMatch(/\/Lang\s*\(en-GB\)/)
  })

  test('the structure tree holds every section heading as H1, in order, and figures with alt text', async () => {
    const headings = structureHeadings()
    const expected = await sectionHeadings()
    // The contents page comes first, then the plan's sections; "About this document" (the colophon) last.
    expect(headings[0]).toBe('Contents')
    const plan = headings.slice(1, -1)
    expect(plan.length).toBeGreaterThanOrEqual(expected.length - 2)
    for (const heading of plan) expect(heading.length).toBeGreaterThan(3)
    expect(headings.at(-1)).toBe('About this document')
    const figures = structure.match(/^\s+Figure:/gm) ?? []
    expect(figures.length).toBeGreaterThan(20)
    const alts = await altTexts(pdf, folder)
    expect(alts.length).toBe(figures.length)
    for (const alt of alts) {
      expect(alt.trim().length).toBeGreaterThan(2)
      expect(alt).not.toMatch(/ - /)
    }
  })

  test('pdftotext reads it in order: cover, contents, then the sections as the contents lists them', async () => {
    const {stdout} = await run('pdftotext', [pdf, '-'], {maxBuffer: 64 * 1024 * 1024})
    const text = stdout.replace(/\s+/g, ' ')
    const cover = text.indexOf('Easy read version')
    const contents = text.indexOf('Contents')
    expect(cover).toBeGreaterThanOrEqual(0)
    expect(contents).toBeGreaterThan(cover)
    const headings = structureHeadings()
    // The contents page ends with the last section's entry (the colophon is not listed).
    const last = headings.at(-2)!
    let at = text.indexOf(last, contents) + last.length
    for (const heading of headings.slice(1)) {
      const next = text.indexOf(heading, at + 1)
      expect(next, heading).toBeGreaterThan(at)
      at = next
    }
  })
})
