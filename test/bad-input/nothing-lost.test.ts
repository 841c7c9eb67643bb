import {spawn, spawnSync} from 'node:child_process'
import {watch} from 'node:fs'
import {mkdir, readFile, readdir, symlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {strToU8, unzipSync, zipSync} from 'fflate'
import {beforeAll, describe, expect, test} from 'vitest'
import {runCli, temporaryFolder} from '../helpers/cli.js'
import {root} from '../helpers/paths.js'
import {wordPlan} from '../helpers/word-fixtures.js'

/**
 * Issue 20 through the real CLI: nothing of the user's is written over, inputs within the limits finish, files that
 * are not regular files or pictures that are not sound are refused with one line each, and no input file changes
 * (its bytes are compared before and after every run).
 */
let folder: string
const plan = '# Our plan\n\nWe will keep the town safe.\n\nWe will meet people in every street.\n'

beforeAll(async () => {
  folder = await temporaryFolder('easyread-lost-')
})

/** Write the files, run the CLI, and check that none of them changed; returns the run. */
async function runKeeping(files: Record<string, string | Uint8Array>, args: string[], options: {cwd?: string} = {}) {
  const where = await temporaryFolder('easyread-case-')
  for (const [name, contents] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(where, name)), {recursive: true})
    await writeFile(path.join(where, name), contents)
  }
  const result = runCli(args.map((arg) => arg.replace(/^@/, `${where}/`)), {cwd: options.cwd ?? where})
  for (const [name, contents] of Object.entries(files)) expect(Buffer.compare(await readFile(path.join(where, name)), Buffer.from(contents))).toBe(0)
  return {...result, where}
}

/** The one line a refused run printed (exit 2, nothing on stdout, no stack trace). */
function oneLine(result: {code: number | null; stdout: string; stderr: string}): string {
  expect(result.code, result.stderr).toBe(2)
  expect(result.stderr).not.toMatch(/\n\s+at |internal error/)
  const lines = result.stderr.trimEnd().split('\n')
  expect(lines).toHaveLength(1)
  return lines[0]!
}

describe('never written over: the plan, or a file easyread did not make', () => {
  test('an output that would land on the plan gets the name <name>.easy-read.<ext>; check --out the plan is refused', async () => {
    const docx = await wordPlan()
    // --out the plan's own folder, and the default --out when the plan is in output/.
    const beside = await runKeeping({'plan.docx': docx}, ['build', 'plan.docx', '--out', '.', '--format', 'docx,html'])
    expect(beside.code, beside.stderr).toBe(0)
    expect(beside.stdout).toContain('wrote plan.easy-read.docx')
    expect((await readdir(beside.where)).sort()).toEqual(['plan.docx', 'plan.easy-read.docx', 'plan.html'])
    const inOutput = await runKeeping({'output/plan.docx': docx}, ['build', 'output/plan.docx', '--format', 'docx'])
    expect(inOutput.stdout).toContain(`wrote ${path.join('output', 'plan.easy-read.docx')}`)

    const report = await runKeeping({'plan.md': plan}, ['check', 'plan.md', '--format', 'json', '--out', 'plan.md'])
    expect(oneLine(report)).toBe('easyread: plan.md: This is a file easyread reads for this command: an output never writes over its input. Give another --out')
  })

  test('a file without our mark is kept unless --force; our own outputs are replaced', async () => {
    const files = {'plan.md': plan, 'out/plan.html': '<p>my own page</p>', 'notes.txt': 'my notes'}
    const kept = await runKeeping(files, ['build', 'plan.md', '--out', 'out'])
    expect(oneLine(kept)).toBe(`easyread: ${path.join('out', 'plan.html')}: This file was not made by easyread, so it is not replaced: move it, give another --out, or add --force`)
    // Checked before anything is written: no output of the build is there.
    expect(await readdir(path.join(kept.where, 'out'))).toEqual(['plan.html'])
    expect(oneLine(await runKeeping(files, ['check', 'plan.md', '--out', 'notes.txt']))).toContain('notes.txt: This file was not made by easyread')

    const forced = await runKeeping({'plan.md': plan}, ['build', 'plan.md', '--out', '.'])
    expect(forced.code).toBe(0)
    await writeFile(path.join(forced.where, 'plan.html'), '<p>mine now</p>')
    expect(runCli(['build', 'plan.md', '--out', '.', '--force'], {cwd: forced.where}).code).toBe(0)
    // Every output is ours now, and is replaced without --force.
    const again = runCli(['build', 'plan.md', '--out', '.'], {cwd: forced.where})
    expect(again.code, again.stderr).toBe(0)
    expect(await readFile(path.join(forced.where, 'plan.html'), 'utf8')).toContain('<meta name="generator" content="easyread">')
  })

  test('SIGTERM while the outputs are written leaves no temporary file, and the outputs written stay whole', async () => {
    const where = await temporaryFolder('easyread-signal-')
    await writeFile(path.join(where, 'plan.md'), plan)
    const out = path.join(where, 'out')
    await mkdir(out)
    const child = spawn(process.execPath, [path.join(root, 'bin', 'easyread.js'), 'build', 'plan.md', '--out', out], {cwd: where})
    // Stop it the moment its first temporary file appears.
    const watcher = watch(out, (_event, name) => {
      if (name?.endsWith('.tmp')) child.kill('SIGTERM')
    })
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on('exit', (exitCode, exitSignal) => resolve([exitCode, exitSignal])))
    watcher.close()
    const left = await readdir(out)
    // Caught while writing: exit 143. The watcher's event can also arrive after the last rename, once the batch is
    // done and its handler gone: then the default action ends the process, and every output is already whole.
    if (code === null) {
      expect(signal).toBe('SIGTERM')
      expect(left.sort()).toEqual(['plan.docx', 'plan.html', 'plan.report.json'])
    } else expect(code, `signal ${signal}`).toBe(143)
    expect(left.filter((name) => name.endsWith('.tmp'))).toEqual([])
    for (const name of left) expect(name).toMatch(/^plan\.(html|docx|report\.json)$/)
    expect(await readFile(path.join(where, 'plan.md'), 'utf8')).toBe(plan)
  })
})

describe('inputs within the limits finish', () => {
  test('a sentence of 19,999 characters builds, left unsimplified with a message; 20 lines of 10,000 characters are checked', async () => {
    const words = ['we', 'will', 'help', 'people', 'feel', 'safe', 'in', 'the', 'town', 'and', 'work', 'with', 'schools']
    const long = (length: number, shift: number) => {
      let text = ''
      for (let index = 0; text.length < length; index++) text += `${words[(index + shift) % words.length]} `
      return text.slice(0, length - 1).trimEnd()
    }
    const sentence = `${long(19_999, 0)}.`
    const built = await runKeeping({'long.md': `# Plan\n\n${sentence}\n`}, ['build', 'long.md', '--out', 'out', '--format', 'json', '--select', 'off'])
    expect(built.code, built.stderr).toBe(0)
    const report = JSON.parse(await readFile(path.join(built.where, 'out', 'long.report.json'), 'utf8')) as {messages: Array<{ruleId: string; message: string}>}
    expect(report.messages.find((message) => message.ruleId === 'simplify-too-long')?.message).toMatch(/^A sentence of \d{4} words: easyread simplifies sentences of up to 150 words, so this one is left as it is/)

    const lines = Array.from({length: 20}, (_, index) => long(10_000, index)).join('\n')
    const checked = await runKeeping({'lines.md': `# Plan\n\n${lines}\n`}, ['check', 'lines.md', '--quiet'])
    expect(checked.code, checked.stderr).toBe(1)
    expect(checked.stdout).toMatch(/1 file, 1 sentences: 0 pass/)
  }, 600_000)
})

describe('only regular files are read', () => {
  test.each([
    ['the plan', ['build', '@fifo.md'], 'fifo.md: The plan is not a regular file'],
    ['the config', ['build', '@plan.md', '--config', '/dev/zero'], '/dev/zero: The file is not a regular file'],
    ['a glossary file', ['build', '@plan.md', '--glossary', '@glossary'], 'terms.yml: The file is not a regular file'],
    ['the Word file to render', ['render', '@fifo.docx'], 'fifo.docx: This is not a regular file']
  ])('a FIFO or device as %s is refused at once', async (_what, args, expected) => {
    const where = await temporaryFolder('easyread-fifo-')
    await writeFile(path.join(where, 'plan.md'), plan)
    await mkdir(path.join(where, 'glossary'))
    for (const name of ['fifo.md', 'fifo.docx', 'glossary/terms.yml']) spawnSync('mkfifo', [path.join(where, name)])
    const result = runCli(args.map((arg) => arg.replace(/^@/, `${where}/`)), {cwd: where})
    expect(oneLine(result)).toContain(expected)
    expect(await readFile(path.join(where, 'plan.md'), 'utf8')).toBe(plan)
  })
})

/** A PNG of the given size: the signature and an IHDR chunk are all the check reads. */
function pngOf(width: number, height: number): Uint8Array {
  const bytes = Buffer.alloc(33)
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).copy(bytes)
  bytes.write('IHDR', 12, 'latin1')
  bytes.writeUInt32BE(width, 16)
  bytes.writeUInt32BE(height, 20)
  return bytes
}

describe('pictures are read only from their folder, only when sound', () => {
  test('each broken or outside picture in pictures.yml is one line naming it, exit 2', async () => {
    const where = await temporaryFolder('easyread-pictures-')
    const pictures = path.join(where, 'pictures')
    await mkdir(path.join(pictures, 'police.png'), {recursive: true})
    await writeFile(path.join(where, 'secret.png'), pngOf(10, 10))
    await symlink('/etc/passwd', path.join(pictures, 'passwd.png'))
    const cases: Record<string, [string, string | Uint8Array | undefined, string]> = {
      empty: ['empty.png', '', 'The picture empty.png is not a PNG image'],
      short: ['short.png', '12345', 'The picture short.png is not a PNG image'],
      text: ['text.svg', 'not an svg at all', 'The picture text.svg is not an SVG image'],
      entities: ['loop.svg', '<!DOCTYPE svg [<!ENTITY a "&b;"><!ENTITY b "&a;">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>', 'The picture loop.svg declares XML entities'],
      folder: ['police.png', undefined, 'The picture police.png is not a file'],
      big: ['big.png', Buffer.concat([pngOf(10, 10), Buffer.alloc(6 * 1024 * 1024)]), 'The picture big.png is 6.0 MB; easyread reads pictures up to 5 MB'],
      link: ['passwd.png', undefined, 'The picture passwd.png is outside its folder'],
      up: ['../secret.png', undefined, 'The picture ../secret.png is outside its folder'],
      outside: ['outside.svg', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><image href="/etc/x.png" width="10" height="10"/></svg>', 'The picture outside.svg links to a file or address outside it'],
      zero: ['zero.png', pngOf(0, 0), 'The picture zero.png is 0×0 pixels']
    }
    for (const [file, contents] of Object.values(cases)) if (contents !== undefined) await writeFile(path.join(pictures, file), contents)
    await writeFile(path.join(pictures, 'pictures.yml'), Object.entries(cases).map(([word, [file]]) => `${word}: ${file}`).join('\n') + '\n')
    await writeFile(path.join(where, 'plan.md'), plan)
    const result = runCli(['build', 'plan.md', '--pictures', 'pictures', '--out', 'out'], {cwd: where})
    expect(result.code).toBe(2)
    expect(result.stderr).not.toMatch(/\n\s+at |internal error/)
    const lines = result.stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(Object.keys(cases).length)
    Object.values(cases).forEach(([, , message], index) => expect(lines[index]).toMatch(new RegExp(`^easyread: pictures/pictures\\.yml:${index + 1}:\\d+: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)))
    expect(await readdir(where)).not.toContain('out')
  })

  test('a glossary picture outside the glossary folder is refused', async () => {
    const result = await runKeeping({'plan.md': plan, 'secret.png': pngOf(4, 4), 'glossary/terms.yml': '- term: town\n  means: the place where we live\n  picture: ../secret.png\n'}, ['build', 'plan.md', '--glossary', 'glossary'])
    expect(oneLine(result)).toMatch(/^easyread: glossary\/terms\.yml:3:\d+: The picture \.\.\/secret\.png is outside its folder/)
  })
})

describe('render checks what it is asked before LibreOffice starts', () => {
  test.each([
    [['--first', '5', '--last', '2'], 'easyread: --first 5 is after --last 2: give a first page no later than the last'],
    [['--dpi', '20000'], 'easyread: --dpi must be from 24 to 600, not 20000']
  ])('render %j', async (flags, expected) => {
    const result = await runKeeping({'plan.docx': await wordPlan()}, ['render', 'plan.docx', ...flags])
    expect(oneLine(result)).toBe(expected)
    expect(await readdir(result.where)).toEqual(['plan.docx'])
  })

  test('--first past the last page says how many pages the file has (LibreOffice, from libreoffice-writer-nogui)', async () => {
    const result = await runKeeping({'plan.docx': await wordPlan()}, ['render', 'plan.docx', '--first', '99', '--out', 'pages'])
    expect(oneLine(result)).toMatch(/^easyread: plan\.docx: --first 99 is past the end: the file has \d pages?$/)
  })

  test('a Word file that includes another file (an INCLUDETEXT field) is refused; a linked picture is rendered with links off (test/render/outputs.test.ts)', async () => {
    const parts = unzipSync(await wordPlan())
    const xml = new TextDecoder().decode(parts['word/document.xml'])
    parts['word/document.xml'] = strToU8(xml.replace('</w:body>', '<w:p><w:r><w:instrText xml:space="preserve"> INCLUDETEXT "/etc/hostname" </w:instrText></w:r></w:p></w:body>'))
    const result = await runKeeping({'including.docx': zipSync(parts)}, ['render', 'including.docx'])
    expect(oneLine(result)).toBe('easyread: including.docx: This Word file includes files or objects from outside it (a linked frame, template, object or an INCLUDE field), which LibreOffice would read: easyread renders only Word files whose text is whole in themselves')
    expect(await readdir(result.where)).toEqual(['including.docx'])
  })
})

describe('smaller defects', () => {
  test('text is cleaned at reading: control characters go with a message, breaks part words, NFC, soft hyphens; a glossary with a BOM reads', async () => {
    const text = '# Our plan\n\nWe will\u000bmeet you at the cafe\u0301 near the \u001b[31mcom\u00admunity\u0007 hall.\n'
    const glossary = '\ufeff- term: café\n  means: a place to eat and drink\n- term: community\n  means: the people who live in a place\n'
    const built = await runKeeping({'plan.md': text, 'glossary/terms.yml': glossary}, ['build', 'plan.md', '--glossary', 'glossary', '--out', 'out', '--format', 'json,html'])
    expect(built.code, built.stderr).toBe(0)
    const report = JSON.parse(await readFile(path.join(built.where, 'out', 'plan.report.json'), 'utf8')) as {sentences: Array<{text: string}>; glossary: Array<{term: string}>; messages: Array<{ruleId: string; message: string; line: number; column: number}>}
    expect(report.messages.find((message) => message.ruleId === 'control-characters')).toMatchObject({line: 3, column: 40, message: 'Removed 2 control characters (U+001B first): a plan\'s text has none'})
    expect(report.sentences.map((sentence) => sentence.text).join(' ')).toMatch(/^We will\smeet you at the café near the community hall\.$/)
    expect(report.glossary.map((entry) => entry.term).sort()).toEqual(['café', 'community'])
    expect(await readFile(path.join(built.where, 'out', 'plan.html'), 'utf8')).not.toMatch(/[\u0007\u001b\u00ad]|\[31m/)
  })

  test.each([
    ['a plan of zero-width characters only', {'plan.md': '\u200b\u200c\u2060\n'}, ['build', 'plan.md'], 'easyread: plan.md: The plan is empty: there is no text to turn into easy read'],
    ['a plan with no sentences', {'plan.md': '# Title\n\n---\n'}, ['build', 'plan.md'], 'easyread: plan.md: Nothing to build: the plan has no sentences'],
    ['a plan whose every sentence the select stage leaves out', {'plan.md': '# A note\n\nThank you so much to everyone for your wonderful support.\n\nWe are so proud and grateful to all our amazing partners.\n'}, ['build', 'plan.md'], 'easyread: plan.md: Nothing to build: the select stage left out all 2 of the plan’s sentences and lists (2: thanks, praise or feelings, not what the plan will do). Build with --select off to keep them'],
    ['--keep-only a heading that is not there', {'plan.md': '# Title\n\n## Work\n\nWe will help.\n'}, ['build', 'plan.md', '--keep-only', 'Money'], 'easyread: plan.md: Nothing to build: the plan has no sentences after --keep-only "Money" (is each heading written as in the plan?)'],
    ['a glossary term with no letters', {'plan.md': plan, 'glossary/terms.yml': '- term: "-"\n  means: a line\n'}, ['build', 'plan.md', '--glossary', 'glossary'], 'easyread: glossary/terms.yml:1:9: The term "-" has no letters or digits'],
    ['a file name with a line break', {}, ['build', 'two\nlines.md'], 'easyread: two\\nlines.md: No such file: check the name and folder']
  ])('%s: one line, exit 2', async (_what, files, args, expected) => {
    expect(oneLine(await runKeeping(files, args))).toBe(expected)
  })

  test('the Word file is the same bytes in any time zone', async () => {
    const where = await temporaryFolder('easyread-tz-')
    await writeFile(path.join(where, 'plan.md'), plan)
    const bytes = []
    for (const zone of ['UTC', 'Asia/Tokyo']) {
      const result = spawnSync(process.execPath, [path.join(root, 'bin', 'easyread.js'), 'build', 'plan.md', '--format', 'docx', '--out', zone.replace('/', '-')], {cwd: where, env: {...process.env, TZ: zone}, encoding: 'utf8'})
      expect(result.status, result.stderr).toBe(0)
      bytes.push(await readFile(path.join(where, zone.replace('/', '-'), 'plan.docx')))
    }
    expect(Buffer.compare(bytes[0]!, bytes[1]!)).toBe(0)
  })

  test('a picture from elsewhere is dropped with a message, and the page forbids loading anything from outside', async () => {
    const built = await runKeeping({'plan.md': `${plan}\n![a map](http://example.invalid/map.png) and ![a photo](photo.png)\n`}, ['build', 'plan.md', '--out', 'out', '--format', 'html,json'])
    expect(built.code, built.stderr).toBe(0)
    const html = await readFile(path.join(built.where, 'out', 'plan.html'), 'utf8')
    expect(html).not.toMatch(/<img[^>]+src="(?!data:)/)
    expect(html.replaceAll('&#x27;', "'")).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; base-uri 'none'; form-action 'none'">`)
    const report = JSON.parse(await readFile(path.join(built.where, 'out', 'plan.report.json'), 'utf8')) as {messages: Array<{message: string}>}
    expect(report.messages.map((message) => message.message)).toContain('Removed the picture "http://example.invalid/map.png" from the plan: an easy-read page is one file that loads nothing from elsewhere, so its pictures come from --pictures')
  })
})
