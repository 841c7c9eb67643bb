import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, beforeAll, describe, expect, test, vi} from 'vitest'
import {unzipSync} from 'fflate'
import {build, prepare, UserError, type BuildResult, type Prepared} from '../../src/index.js'
import {fixtures} from '../helpers/paths.js'
import {temporaryFolder} from '../helpers/cli.js'

const glossary = [path.join(fixtures, 'glossary-small')]
/** A short plan of our own: a glossary term, a script and an unsafe link the HTML writer must remove. */
const plan = [
  '# Park safety plan',
  '',
  'A councillor will walk round the park with us every month.',
  '',
  'We will look after your wellbeing when you visit the park.',
  '',
  '<script>alert("hi")</script>',
  '',
  'Read [our page](javascript:alert(1)) to find out more.',
  ''
].join('\n')

let prepared: Prepared
let fromText: BuildResult

beforeAll(async () => {
  prepared = await prepare({glossary, formats: ['html', 'docx', 'json'], select: false})
  fromText = await build({text: plan, name: 'park.md'}, prepared)
})

afterEach(() => vi.restoreAllMocks())

/** Each term callout of a page: its label and its words. */
function callouts(html: string): string[] {
  return [...html.matchAll(/<aside class="callout" aria-label="([^"]+)">(.*?)<\/aside>/g)].map((match) => `${match[1]}: ${match[2]!.replace(/<[^>]+>/g, '')}`)
}

/** The words of a Word document's body, from its XML. */
function wordText(docx: Uint8Array): string {
  const xml = new TextDecoder().decode(unzipSync(docx)['word/document.xml']!)
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('')
}

describe('build from text, bytes or a path', () => {
  test('text with a name: HTML with the term callout, a Word zip, the JSON report, each named after the plan', () => {
    expect(fromText.name).toBe('park.md')
    expect(fromText.path).toBeUndefined()
    expect(fromText.files.map((file) => file.name)).toEqual(['park.html', 'park.docx', 'park.report.json'])
    const html = String(fromText.outputs.html)
    expect(callouts(html)).toEqual(['What councillor means: A councillor is a person that local people vote for.', 'What wellbeing means: Wellbeing means feeling healthy and happy.'])
    expect(html.match(/<strong class="term">[^<]+<\/strong>/g)).toEqual(['<strong class="term">councillor</strong>', '<strong class="term">wellbeing</strong>'])
    expect(html.includes('<script>alert')).toBe(false)
    expect(html.includes('javascript:')).toBe(false)
    const docx = fromText.outputs.docx as Uint8Array
    expect(new TextDecoder().decode(docx.subarray(0, 2))).toBe('PK')
    expect(wordText(docx)).toContain('A councillor is a person that local people vote for.')
    const report = JSON.parse(String(fromText.outputs.json)) as {generator: string; file: string; sentences: unknown[]}
    expect(report.generator).toBe('easyread')
    expect(report.file).toBe('park.md')
    expect(report.sentences.length).toBe(fromText.sentences.length)
    expect(fromText.readability?.sentences).toBe(fromText.sentences.length)
    expect(fromText.pages.limit).toBe(24)
  })

  test('the removals are messages with the line and column of the markup in the text', () => {
    const shown = fromText.messages.filter((message) => message.source === 'easyread').map((message) => `${message.line}:${message.column} ${message.ruleId}`)
    expect(shown).toContain('7:1 raw-html')
    const link = fromText.messages.find((message) => /javascript/i.test(message.reason))
    expect(link, fromText.messages.map(String).join('\n')).toBeDefined()
    expect(link!.line).toBe(9)
    expect(fromText.messages).toBe(fromText.file.messages)
  })

  test('the same plan from a path and from bytes builds the same HTML', async () => {
    const folder = await temporaryFolder('easyread-api-')
    const file = path.join(folder, 'park.md')
    await import('node:fs/promises').then(({writeFile}) => writeFile(file, plan))
    const fromPath = await build(file, prepared)
    const fromObject = await build({path: file}, prepared)
    const fromBytes = await build({bytes: new TextEncoder().encode(plan), name: 'park.md'}, prepared)
    expect(fromPath.path).toBe(file)
    expect(fromObject.path).toBe(file)
    expect(fromPath.outputs.html).toBe(fromText.outputs.html)
    expect(fromObject.outputs.html).toBe(fromText.outputs.html)
    expect(fromBytes.outputs.html).toBe(fromText.outputs.html)
  })

  test('a Word plan given as bytes is read as Word: its words reach the page', async () => {
    const docx = fromText.outputs.docx as Uint8Array
    const again = await build({bytes: docx, name: 'park-from-word.docx'}, prepared)
    expect(again.name).toBe('park-from-word.docx')
    const words = String(again.outputs.html).replace(/<[^>]+>/g, '')
    expect(words.includes('A councillor will walk round the park with us every month.')).toBe(true)
    expect(again.files.map((file) => file.name)).toContain('park-from-word.html')
  })

  test('a build prints nothing and writes nothing', async () => {
    const out = vi.spyOn(process.stdout, 'write')
    const err = vi.spyOn(process.stderr, 'write')
    const folder = await temporaryFolder('easyread-api-quiet-')
    const cwd = process.cwd()
    process.chdir(folder)
    try {
      await build({text: plan, name: 'park.md'}, {glossary, formats: ['html'], select: false})
    } finally {
      process.chdir(cwd)
    }
    expect(out).not.toHaveBeenCalled()
    expect(err).not.toHaveBeenCalled()
    expect(await import('node:fs/promises').then(({readdir}) => readdir(folder))).toEqual([])
  })

  test('settings are checked like the command line: the page budget and the formats', async () => {
    const budgeted = await build({text: plan, name: 'park.md'}, {glossary, formats: ['html'], pages: '10'})
    expect(budgeted.pages.limit).toBe(10)
    expect(budgeted.pages.estimate).toBeGreaterThan(0)
    expect(budgeted.pages.estimate).toBeLessThan(10)
    expect(Object.keys(budgeted.outputs)).toEqual(['html'])
  })
})

/** The problems of a thrown `UserError`, as `file:line:column: message` strings. */
async function problemsOf(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(() => undefined, (thrown: unknown) => thrown)
  expect(error).toBeInstanceOf(UserError)
  return (error as UserError).problems.map((problem) => `${problem.file}:${problem.line ?? '-'}:${problem.column ?? '-'}: ${problem.message}`)
}

describe('mistakes are thrown as a UserError naming file, line and column', () => {
  test('binary bytes with a Markdown name, at line 1 column 1 of that name', async () => {
    expect(await problemsOf(build({bytes: new Uint8Array([0, 1, 2, 3, 0, 0, 7, 8]), name: 'upload.md'}, prepared))).toEqual([
      expect.stringMatching(/^upload\.md:1:1: This is not Markdown: it looks like a binary file/)
    ])
  })

  test('an empty text, an unknown kind of file, a Word file given as text', async () => {
    expect(await problemsOf(build({text: '  \n\n', name: 'empty.md'}, prepared))).toEqual([expect.stringMatching(/^empty\.md:-:-: The plan is empty/)])
    expect(await problemsOf(build({text: 'Hello.', name: 'plan.rtf'}, prepared))).toEqual([expect.stringMatching(/^plan\.rtf:-:-: Unknown kind of plan "\.rtf"/)])
    expect(await problemsOf(build({text: 'Hello.', name: 'plan.docx'}, prepared))).toEqual([expect.stringMatching(/^plan\.docx:-:-: A \.docx plan is a file of bytes, not text/)])
  })

  test('a missing file, a wrong setting, a glossary with a YAML mistake (with its line)', async () => {
    expect(await problemsOf(build('/nowhere/plan.md', prepared))).toEqual(['/nowhere/plan.md:-:-: No such file: check the name and folder'])
    expect(await problemsOf(build({text: plan, name: 'park.md'}, {age: 'nine'}))).toEqual([expect.stringMatching(/^:-:-: --age must be a whole number/)])
    const broken = path.join(fixtures, 'glossary-broken', 'syntax')
    expect(await problemsOf(build({text: plan, name: 'park.md'}, {glossary: [broken]}))).toEqual([expect.stringMatching(new RegExp(`^${broken}/terms\\.yml:4:\\d+: YAML syntax error`))])
  })

  test('a text without an extension is read as Markdown; a missing name is a programmer\'s TypeError', async () => {
    const result = await build({text: '# Park\n\nWe will keep the park clean.\n', name: 'park'}, prepared)
    expect(String(result.outputs.html).includes('keep the park clean')).toBe(true)
    await expect(build({text: 'Hello.', name: ''}, prepared)).rejects.toBeInstanceOf(TypeError)
  })

  test('a config file given in the settings is read; none is looked for in the current folder', async () => {
    const folder = await temporaryFolder('easyread-api-config-')
    const {writeFile} = await import('node:fs/promises')
    await writeFile(path.join(folder, 'easyread.config.yml'), 'font-size: 12\n')
    const cwd = process.cwd()
    process.chdir(folder)
    try {
      await expect(build({text: plan, name: 'park.md'}, {glossary, formats: ['json'], select: false})).resolves.toBeDefined()
      expect(await problemsOf(build({text: plan, name: 'park.md'}, {glossary, config: path.join(folder, 'easyread.config.yml')}))).toEqual([
        expect.stringMatching(/easyread\.config\.yml:1:12: font-size must be one of 14, 16, 18, 21/)
      ])
    } finally {
      process.chdir(cwd)
    }
    expect(await readFile(path.join(folder, 'easyread.config.yml'), 'utf8')).toBe('font-size: 12\n')
  })
})
