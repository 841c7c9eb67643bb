import {spawnSync} from 'node:child_process'
import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {temporaryFolder} from '../helpers/cli.js'
import {fullPlan, root} from '../helpers/paths.js'
import {wordPlan} from '../helpers/word-fixtures.js'

// Each command loads only what it needs: the Word library, the Word reader (mammoth) and the PDF reader (unpdf) are
// imported at the boundary where they are used. A module hook records every module the CLI imports.
const hooks = `import {appendFileSync} from 'node:fs'
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context)
  appendFileSync(process.env.EASYREAD_LOADED, result.url + '\\n')
  return result
}`

// require() (wink's lexicon is loaded with createRequire at its first use) does not pass the module hook: a preload
// records what CommonJS loads.
const requireHook = `const Module = require('node:module')
const {appendFileSync} = require('node:fs')
const load = Module._load
Module._load = function (request, parent, isMain) {
  const loaded = load.apply(this, arguments)
  try { appendFileSync(process.env.EASYREAD_LOADED, Module._resolveFilename(request, parent, isMain) + '\\n') } catch {}
  return loaded
}`

/**
 * The npm packages a CLI run imported or required (`packages`), those and the packages inside the bundle's chunks it
 * loaded (`loaded`: esbuild marks each module it bundles with a "// node_modules/…" line), and its exit code.
 */
async function packagesLoaded(args: string[]): Promise<{code: number | null; packages: Set<string>; loaded: Set<string>; files: Set<string>; stderr: string}> {
  const folder = await temporaryFolder()
  const log = path.join(folder, 'loaded.txt')
  await writeFile(log, '')
  const preload = path.join(folder, 'require-hook.cjs')
  await writeFile(preload, requireHook)
  const register = `import {register} from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)})`
  const result = spawnSync(process.execPath, ['--require', preload, '--import', `data:text/javascript,${encodeURIComponent(register)}`, path.join(root, 'bin', 'easyread.js'), ...args], {
    cwd: folder,
    encoding: 'utf8',
    env: {...process.env, EASYREAD_LOADED: log}
  })
  const urls = (await readFile(log, 'utf8')).split('\n')
  const packages = new Set(urls.flatMap((url) => /node_modules\/((?:@[^/]+\/)?[^/]+)[\\/]/.exec(url)?.[1] ?? []))
  const files = new Set(urls.filter((url) => url.startsWith('file:') || url.startsWith('/')))
  const loaded = new Set(packages)
  for (const file of files) {
    if (!file.startsWith('file:') || !file.includes('/dist/bundle/')) continue
    for (const marker of (await readFile(new URL(file), 'utf8')).matchAll(/^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)) loaded.add(marker[1])
  }
  return {code: result.status, packages, loaded, files, stderr: result.stderr}
}

describe('each command loads only the modules it needs', () => {
  test('check of a Markdown plan loads neither the Word library nor the Word or PDF reader', async () => {
    const plan = path.join(await temporaryFolder(), 'plan.md')
    await writeFile(plan, '# Our plan\n\nWe will keep your street safe.\n')
    const {code, packages, loaded, files, stderr} = await packagesLoaded(['check', plan, '--quiet'])
    expect(code, stderr).toBe(0)
    // The CLI runs from its bundle (scripts/bundle-cli.js): the unified packages are inside it, not loaded one file
    // at a time. Without the bundle this check imported 536 ES module files and required about 80 more.
    const imported = [...files].filter((file) => file.startsWith('file:'))
    expect(imported.some((file) => file.includes('/dist/bundle/'))).toBe(true)
    expect(packages.has('remark-parse')).toBe(false)
    expect(imported.length).toBeLessThan(100)
    // Nor the picture tables and the 25 MB emoji set: a check lays out no pictures. Nor the tagger, which is required
    // at the first sentence a rule reads for its parts of speech: this plan has none.
    // The Word library is inside the bundle, in a chunk of its own that a check does not load.
    expect(loaded.has('unified')).toBe(true)
    // A Markdown plan loads the Markdown parser, at its first read.
    expect(loaded.has('micromark')).toBe(true)
    for (const heavy of ['docx', 'mammoth', 'unpdf', 'compromise', '@iconify-json/noto', 'wink-nlp', 'wink-eng-lite-web-model']) expect(loaded.has(heavy), heavy).toBe(false)
  }, 120_000)

  test('check of the full seed plan reads its sentences with the English layer (wink-nlp), and still loads no Word library', async () => {
    const {code, packages, loaded, stderr} = await packagesLoaded(['check', fullPlan, '--quiet'])
    // 1: the seed has sentences that fail the checks; 2 would be an error.
    expect(code, stderr).toBe(1)
    // compromise, the tagger before wink, is gone.
    for (const heavy of ['docx', 'mammoth', 'unpdf', 'compromise', '@iconify-json/noto']) expect(loaded.has(heavy), heavy).toBe(false)
    // The seed is a Word text export, not Markdown: the Markdown parser (micromark) is not loaded either.
    for (const markdown of ['micromark', 'remark-parse', 'micromark-extension-gfm-table']) expect(loaded.has(markdown), markdown).toBe(false)
    expect(packages.has('wink-nlp')).toBe(true)
    expect(packages.has('wink-eng-lite-web-model')).toBe(true)
  }, 120_000)

  test('an HTML-only build loads no Word library; a Word plan loads the Word reader', async () => {
    const folder = await temporaryFolder()
    const plan = path.join(folder, 'plan.md')
    await writeFile(plan, '# Our plan\n\nWe will keep your street safe.\n')
    const html = await packagesLoaded(['build', plan, '--format', 'html', '--out', path.join(folder, 'html'), '--quiet'])
    expect(html.code, html.stderr).toBe(0)
    for (const heavy of ['docx', 'mammoth', 'unpdf']) expect(html.loaded.has(heavy), heavy).toBe(false)
    // The page's pictures are read from their places in the emoji set's file (the build's index of it): the 25 MB
    // set is never parsed whole. The page does hold the picture.
    expect(html.packages.has('@iconify-json/noto')).toBe(false)
    expect(await readFile(path.join(folder, 'html', 'plan.html'), 'utf8')).toMatch(/<svg[^>]*>[\s\S]*<path/)
    const word = path.join(folder, 'word-plan.docx')
    await writeFile(word, await wordPlan())
    const built = await packagesLoaded(['build', word, '--out', path.join(folder, 'word'), '--quiet'])
    expect(built.code, built.stderr).toBe(0)
    expect(built.packages.has('mammoth')).toBe(true)
    expect(built.loaded.has('docx')).toBe(true)
    expect(built.packages.has('unpdf')).toBe(false)
    // A sentence with a clause to cut is read by the simplify stage's rules with the English layer, as the checker
    // reads it: one tagger for every stage (no second one is loaded, none is installed).
    const long = path.join(folder, 'long-plan.md')
    await writeFile(long, '# Our plan\n\nWe will work with schools and youth groups across the town, and we will open two new youth centres by 2027.\n')
    const simplified = await packagesLoaded(['build', long, '--format', 'html', '--out', path.join(folder, 'long'), '--quiet'])
    expect(simplified.code, simplified.stderr).toBe(0)
    expect(await readFile(path.join(folder, 'long', 'long-plan.html'), 'utf8')).toContain('We will open two new youth centres by 2027.')
    expect(simplified.packages.has('wink-nlp')).toBe(true)
    expect(simplified.packages.has('compromise')).toBe(false)
  }, 240_000)
})
