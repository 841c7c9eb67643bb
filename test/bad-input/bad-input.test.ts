import {mkdir, readFile, readdir, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {Zip, ZipDeflate, zipSync, strToU8} from 'fflate'
import {beforeAll, describe, expect, test} from 'vitest'
import {runCli, temporaryFolder} from '../helpers/cli.js'
import {fullPlan} from '../helpers/paths.js'
import {wordPlan} from '../helpers/word-fixtures.js'

/**
 * Every bad input gives one line on stderr (what is wrong, where, what to do), exit 2, no stack trace, and
 * touches no output: the folder already holds the previous build's files, which must stay byte for byte.
 */
let folder: string
let seedText: string
let goodDocx: Uint8Array

beforeAll(async () => {
  folder = await temporaryFolder('easyread-bad-')
  seedText = await readFile(fullPlan, 'utf8')
  goodDocx = await wordPlan()
})

async function writePlan(name: string, contents: string | Uint8Array): Promise<string> {
  const file = path.join(folder, name)
  await writeFile(file, contents)
  return file
}

/** Run a build of `plan` into an output folder holding earlier outputs; return the one line it printed. */
async function refused(plan: string, extra: string[] = [], cwd?: string): Promise<string> {
  const out = path.join(await temporaryFolder('easyread-out-'), 'out')
  await mkdir(out)
  const name = path.basename(plan, path.extname(plan))
  const previous = {[`${name}.html`]: '<p>the previous page</p>', [`${name}.docx`]: 'previous Word file', [`${name}.report.json`]: '{"previous": true}'}
  for (const [file, contents] of Object.entries(previous)) await writeFile(path.join(out, file), contents)
  const result = runCli(['build', plan, '--out', out, ...extra], {cwd})
  expect(result.code).toBe(2)
  expect(result.stdout).toBe('')
  expect(result.stderr).not.toMatch(/\n\s+at |internal error/)
  expect(result.stderr.endsWith('\n')).toBe(true)
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
  // No output created, none changed, no temporary file left.
  expect((await readdir(out)).sort()).toEqual(Object.keys(previous).sort())
  for (const [file, contents] of Object.entries(previous)) expect(await readFile(path.join(out, file), 'utf8')).toBe(contents)
  return result.stderr.trimEnd()
}

/** A stand-in for any random bytes: a fixed sequence, so the test is the same every run. */
function garbage(length: number): Uint8Array {
  const bytes = new Uint8Array(length)
  let state = 12345
  for (let index = 0; index < length; index++) {
    state = (state * 1103515245 + 12345) >>> 0
    bytes[index] = state >>> 24
  }
  return bytes
}

describe('bad input: one clear line, exit 2, no output touched', () => {
  test('a missing file', async () => {
    const plan = path.join(folder, 'no-such-plan.md')
    expect(await refused(plan)).toBe(`easyread: ${plan}: No such file: check the name and folder`)
  })

  test('an empty file, and a file of white space only', async () => {
    const empty = await writePlan('empty.txt', '')
    expect(await refused(empty)).toBe(`easyread: ${empty}: The plan is empty: there is no text to turn into easy read`)
    const blank = await writePlan('blank.md', '  \n\t\n\r\n   \n')
    expect(await refused(blank)).toBe(`easyread: ${blank}: The plan is empty: there is no text to turn into easy read`)
    const emptyWord = await writePlan('empty.docx', '')
    expect(await refused(emptyWord)).toBe(`easyread: ${emptyWord}: The plan is empty: there is no text to turn into easy read`)
  })

  test('binary garbage', async () => {
    const plan = await writePlan('garbage.txt', garbage(20_000))
    expect(await refused(plan)).toBe(`easyread: ${plan}:1:1: This is not plain text: it looks like a binary file, not text. Give easyread a .md, .txt or .docx plan`)
    const word = await writePlan('garbage.docx', garbage(20_000))
    expect(await refused(word)).toBe(`easyread: ${word}: This is not a Word document: the file is not a .docx package (it may be damaged, or another kind of file). Open it in Word and save it as .docx`)
  })

  test('a zip (a Word file) named .txt', async () => {
    const plan = await writePlan('really-word.txt', goodDocx)
    expect(await refused(plan)).toBe(`easyread: ${plan}:1:1: This is not plain text: it is a zip file (a Word .docx?). Give a Word file the .docx extension`)
  })

  test('text named .docx', async () => {
    const plan = await writePlan('really-text.docx', seedText)
    expect(await refused(plan)).toBe(`easyread: ${plan}: This is not a Word document: it is plain text. Give it the .txt extension (or .md for Markdown)`)
  })

  test('a zip that is not a Word document, and an old .doc', async () => {
    const sheet = await writePlan('sheet.docx', zipSync({'[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>')}))
    expect(await refused(sheet)).toBe(`easyread: ${sheet}: This is not a Word document: it is an Excel spreadsheet, with no word/document.xml inside`)
    const doc = await writePlan('old.docx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...garbage(500)]))
    expect(await refused(doc)).toBe(`easyread: ${doc}: This is an old Word 97-2003 .doc file, not a .docx: open it in Word and save it as "Word Document (.docx)"`)
  })

  test('a truncated .docx', async () => {
    const plan = await writePlan('truncated.docx', goodDocx.subarray(0, Math.floor(goodDocx.length / 2)))
    expect(await refused(plan)).toBe(`easyread: ${plan}: The Word file is damaged or cut short (invalid zip data): open it in Word and save it again`)
  })

  test('a corrupt .docx (its document part overwritten)', async () => {
    const bytes = zipSync({'[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document>'.repeat(2000))})
    // Overwrite the middle of the compressed document with noise, keeping the zip's directory whole.
    const corrupt = bytes.slice()
    corrupt.set(garbage(200), 120)
    const plan = await writePlan('corrupt.docx', corrupt)
    expect(await refused(plan)).toMatch(new RegExp(`^easyread: ${escape(plan)}: The Word file is damaged or cut short \\(.+\\): open it in Word and save it again$`))
  })

  test('a zip bomb', async () => {
    const plan = await writePlan('bomb.docx', await zipBomb(300))
    expect(await refused(plan)).toBe(`easyread: ${plan}: The Word file unpacks to more than 200 MB, far more than any plan needs (a zip bomb?): easyread does not read it`)
  })

  test('invalid UTF-8, with the line and column of the first bad byte', async () => {
    const plan = await writePlan('latin1.txt', Buffer.concat([Buffer.from('Our plan\n\nWe will keep the caf'), Buffer.from([0xe9]), Buffer.from(' open.\n')]))
    expect(await refused(plan)).toBe(`easyread: ${plan}:3:21: Cannot read the file as text: it is not valid UTF-8. Save it as UTF-8 (in Word: "Plain Text", encoding "Unicode (UTF-8)")`)
  })

  test('a plan over the size limit', async () => {
    const plan = await writePlan('huge.txt', seedText.repeat(Math.ceil((6 * 1048576) / seedText.length)))
    expect(await refused(plan)).toMatch(new RegExp(`^easyread: ${escape(plan)}: The plan is 6\\.\\d MB; easyread reads plain text up to 5 MB\\. Split it into parts$`))
  })

  test('at the size limit: 5 MB is read (here to its first too-long line), one byte more is refused in bytes', async () => {
    const limit = 5 * 1024 * 1024
    const body = `Our plan\n\n${'word '.repeat(5000)}\n`
    const atLimit = await writePlan('at-limit.txt', body + 'x'.repeat(limit - Buffer.byteLength(body)))
    expect(await refused(atLimit)).toBe(`easyread: ${atLimit}:3:1: Line 3 is 25,000 characters long; easyread reads lines of up to 20,000 characters. Break it into shorter paragraphs`)
    const over = await writePlan('over-limit.txt', body + 'x'.repeat(limit + 1 - Buffer.byteLength(body)))
    expect(await refused(over)).toBe(`easyread: ${over}: The plan is 5,242,881 bytes; easyread reads plain text up to 5 MB (5,242,880 bytes). Split it into parts`)
  })

  test('a line of a million characters', async () => {
    const plan = await writePlan('long-line.txt', `Our plan\n\n${'word '.repeat(200_000)}\n`)
    expect(await refused(plan)).toBe(`easyread: ${plan}:3:1: Line 3 is 1,000,000 characters long; easyread reads lines of up to 20,000 characters. Break it into shorter paragraphs`)
  })

  test('deeply nested lists', async () => {
    const plan = await writePlan('nested.md', `# Plan\n\n${Array.from({length: 2000}, (_, depth) => `${'  '.repeat(depth)}- level ${depth}\n`).join('')}`)
    expect(await refused(plan)).toBe(`easyread: ${plan}:23:1: Lists or quotes are nested more than 20 levels deep here; easyread reads up to 20 levels (Word has 9). Flatten the list`)
    const quotes = await writePlan('quotes.md', `# Plan\n\n${'>'.repeat(5000)} deep\n`)
    expect(await refused(quotes)).toBe(`easyread: ${quotes}:3:1: Lists or quotes are nested more than 20 levels deep here; easyread reads up to 20 levels (Word has 9). Flatten the list`)
  })

  test('a broken glossary file', async () => {
    const glossary = path.join(folder, 'broken-glossary')
    await mkdir(glossary, {recursive: true})
    await writeFile(path.join(glossary, 'terms.yml'), '- term: council\n  means: [a group of people\n')
    const plan = await writePlan('for-glossary.md', '# Plan\n\nThe council will help.\n')
    expect(await refused(plan, ['--glossary', glossary])).toMatch(new RegExp(`^easyread: ${escape(path.join(glossary, 'terms.yml'))}:\\d+:\\d+: YAML syntax error: .+`))
  })

  test('a broken config file', async () => {
    const project = path.join(folder, 'project')
    await mkdir(project, {recursive: true})
    await writeFile(path.join(project, 'easyread.config.yml'), 'font: Arial\nfont-size: 12\n')
    const plan = await writePlan('for-config.md', '# Plan\n\nWe will help.\n')
    expect(await refused(plan, [], project)).toBe(`easyread: ${path.join(project, 'easyread.config.yml')}:2:12: font-size must be one of 14, 16, 18, 21 (points), not "12"`)
  })
})

describe('nothing lost', () => {
  test('building into a folder that cannot be written fails clearly and leaves no file', async () => {
    const plan = await writePlan('ok.md', '# Plan\n\nWe will help.\n')
    const blocked = path.join(folder, 'a-file')
    await writeFile(blocked, 'not a folder')
    const result = runCli(['build', plan, '--out', path.join(blocked, 'out')])
    expect(result.code).toBe(2)
    expect(result.stderr.trimEnd()).toBe(`easyread: ${path.join(blocked, 'out', 'ok.html')}: Cannot write the output (ENOTDIR): check that the folder can be written to`)
    expect(await readFile(blocked, 'utf8')).toBe('not a folder')
  })

  test('an output that cannot be replaced leaves the others whole and no temporary file behind', async () => {
    const plan = await writePlan('partial.md', '# Plan\n\nWe will help.\n')
    const out = await temporaryFolder('easyread-out-')
    // A first build writes every output; then a folder takes the Word file's place.
    expect(runCli(['build', plan, '--out', out]).code).toBe(0)
    const page = await readFile(path.join(out, 'partial.html'), 'utf8')
    await rm(path.join(out, 'partial.docx'))
    await mkdir(path.join(out, 'partial.docx')) // a folder where the Word file should go
    const result = runCli(['build', plan, '--out', out])
    expect(result.code).toBe(2)
    // Every target is checked before any is written, so the folder is named at once and nothing is half-replaced.
    expect(result.stderr.trimEnd()).toBe(`easyread: ${path.join(out, 'partial.docx')}: An output would go here, but this is a folder or other non-file: move it, or give another --out`)
    const names = await readdir(out)
    expect(names.filter((name) => name.endsWith('.tmp'))).toEqual([])
    // The page from before is whole.
    expect(await readFile(path.join(out, 'partial.html'), 'utf8')).toBe(page)
    expect(page).toMatch(/<\/html>\n$/)
  })
})

describe('encodings and line endings that must simply work', () => {
  const plan = '# Our plan\n\nWe will keep the café open.\n\n- Patrol the park.\n- Meet the schools.\n'
  const cases: Array<[string, Uint8Array]> = [
    ['utf8-bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(plan)])],
    ['utf16le.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(plan, 'utf16le')])],
    ['utf16be.md', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(plan, 'utf16le').swap16()])],
    ['windows.md', Buffer.from(plan.replace(/\n/g, '\r\n'))]
  ]
  test.each(cases)('%s builds the same page as plain UTF-8', async (name, bytes) => {
    const out = await temporaryFolder('easyread-out-')
    const reference = runCli(['build', await writePlan('reference.md', plan), '--out', out, '--format', 'html'])
    expect(reference.code).toBe(0)
    const result = runCli(['build', await writePlan(name, bytes), '--out', out, '--format', 'html'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const page = await readFile(path.join(out, name.replace('.md', '.html')), 'utf8')
    expect(page).toBe(await readFile(path.join(out, 'reference.html'), 'utf8'))
    expect(page).toContain('café')
  })
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A small .docx whose media part unpacks to `megabytes` MB of zeros: a few hundred KB on disk. */
function zipBomb(megabytes: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = []
    const zip = new Zip((error, chunk, final) => {
      if (error) return reject(error)
      chunks.push(chunk)
      if (final) resolve(Buffer.concat(chunks))
    })
    const add = (name: string, data: Uint8Array) => {
      const entry = new ZipDeflate(name, {level: 1})
      zip.add(entry)
      entry.push(data, true)
    }
    add('[Content_Types].xml', strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'))
    add('word/document.xml', strToU8('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>'))
    const media = new ZipDeflate('word/media/image1.png', {level: 1})
    zip.add(media)
    const megabyte = new Uint8Array(1048576)
    for (let index = 0; index < megabytes; index++) media.push(megabyte, index === megabytes - 1)
    zip.end()
  })
}
