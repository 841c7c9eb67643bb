// Benchmark: `npm run bench`. Prints numbers; it never fails on speed.
// 1. `easyread build` as a whole process on the seed plan and on a copy ten times its size: median wall time of
//    several runs and peak memory (resident set) of the process.
// 2. The time of each stage in-process (reader, each pipeline stage, each writer) on the seed.
// 3. When pandoc is installed: pandoc's Markdown → docx and → HTML on the same text, and the ratios.
// 4. When LibreOffice is installed: reading the seed plan as a PDF (built to Word with --no-simplify, printed to
//    PDF by LibreOffice): the PDF reader in-process, and `easyread build` of the PDF as a whole process.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, writeFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {performance} from 'node:perf_hooks'
import {unified} from 'unified'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const seed = path.resolve(root, '..', 'shared', 'seeds', '000_473ab78beabed092.txt')
const runs = Number(process.env.BENCH_RUNS ?? 5)
const work = mkdtempSync(path.join(tmpdir(), 'easyread-bench-'))

const seedText = readFileSync(seed, 'utf8')
const big = path.join(work, 'seed-x10.txt')
writeFileSync(big, Array.from({length: 10}, () => seedText).join('\n\n'))
const seedCopy = path.join(work, 'seed.txt')
writeFileSync(seedCopy, seedText)

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1]
const seconds = (ms) => `${(ms / 1000).toFixed(3)} s`

/** Run a command `runs` times; median wall time and the largest peak RSS (from GNU time when present, else Node's own report). */
function measure(command, args) {
  const times = []
  let peak = 0
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    const result = spawnSync(command, args, {encoding: 'utf8', cwd: root})
    times.push(performance.now() - start)
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`)
    const rss = /EASYREAD_PEAK_RSS=(\d+)/.exec(result.stderr)
    if (rss) peak = Math.max(peak, Number(rss[1]) / 1024)
  }
  return {time: median(times), peak}
}

/** The CLI as a whole process, reporting its own peak memory at exit. */
const cliWithMemory = (plan) => [
  '--input-type=module',
  '-e',
  `const {main} = await import(${JSON.stringify(path.join(root, 'dist', 'cli.js'))});` +
    `const code = await main(['build', ${JSON.stringify(plan)}, '--out', ${JSON.stringify(path.join(work, 'out'))}, '--quiet']);` +
    `process.stderr.write('EASYREAD_PEAK_RSS=' + process.resourceUsage().maxRSS + '\\n'); process.exitCode = code`
]

console.log(`easyread benchmark: median of ${runs} runs (BENCH_RUNS to change), node ${process.version}\n`)
const seedBuild = measure(process.execPath, cliWithMemory(seedCopy))
const bigBuild = measure(process.execPath, cliWithMemory(big))
// Large inputs within the limits (issue 20), once each: a 1 MB plan of short sentences, and one sentence of 19,999
// characters (just under the 20,000-character line limit).
const short = path.join(work, 'short-sentences-1mb.md')
let shortText = '# A plan of short sentences\n\n'
for (let index = 0; shortText.length < 1024 * 1024; index++) shortText += `We will help people in street ${index} feel safe.${index % 10 === 9 ? '\n\n' : ' '}`
writeFileSync(short, shortText)
const longSentence = path.join(work, 'long-sentence.md')
const words = ['we', 'will', 'help', 'people', 'feel', 'safe', 'in', 'the', 'town', 'and', 'work', 'with', 'schools']
let sentence = ''
for (let index = 0; sentence.length < 19_998; index++) sentence += `${words[index % words.length]} `
writeFileSync(longSentence, `# A long sentence\n\n${sentence.slice(0, 19_998).trimEnd()}.\n`)
const once = (plan) => {
  const start = performance.now()
  const result = spawnSync(process.execPath, cliWithMemory(plan), {encoding: 'utf8', cwd: root})
  if (result.status !== 0) throw new Error(`easyread build ${plan} failed: ${result.stderr}`)
  return {time: performance.now() - start, peak: Number(/EASYREAD_PEAK_RSS=(\d+)/.exec(result.stderr)?.[1] ?? 0) / 1024}
}
const shortBuild = once(short)
const longBuild = once(longSentence)
const start = measure(process.execPath, ['-e', '0'])
console.log('whole process: easyread build (HTML, Word and report)')
console.log(`  seed plan (${seedText.split(/\s+/).length} words)   ${seconds(seedBuild.time)}   peak ${seedBuild.peak.toFixed(0)} MB`)
console.log(`  10x copy                     ${seconds(bigBuild.time)}   peak ${bigBuild.peak.toFixed(0)} MB`)
console.log(`  1 MB of short sentences      ${seconds(shortBuild.time)}   peak ${shortBuild.peak.toFixed(0)} MB   (one run)`)
console.log(`  one 19,999-character sentence ${seconds(longBuild.time)}   peak ${longBuild.peak.toFixed(0)} MB   (one run)`)
console.log(`  (node starting and exiting   ${seconds(start.time)})`)

// Stages in-process, on the seed, after one warm-up build of the sample plan: the code is loaded and compiled, but
// nothing the seed's sentences need is kept from it (the simplify stage keeps its taggings of the texts it saw).
const api = await import(path.join(root, 'dist', 'index.js'))
const {readPlan} = await import(path.join(root, 'dist', 'read', 'index.js'))
const {stages} = await import(path.join(root, 'dist', 'pipeline.js'))
const {toHtmlPage} = await import(path.join(root, 'dist', 'write', 'html', 'index.js'))
const {toDocx} = await import(path.join(root, 'dist', 'write', 'docx', 'index.js'))
const {toJsonReport} = await import(path.join(root, 'dist', 'write', 'report', 'json.js'))
const prepareStart = performance.now()
const {options, data} = await api.prepare({})
const prepareTime = performance.now() - prepareStart
await api.buildWith(path.join(root, 'plans', 'riverside-local-police-plan.md'), options, data)
const timings = new Map([['load glossary and data', prepareTime]])
const time = async (name, work) => {
  const begin = performance.now()
  const result = await work()
  timings.set(name, (timings.get(name) ?? 0) + performance.now() - begin)
  return result
}
const {file, tree: read} = await time('read', () => readPlan(seedCopy))
let tree = read
for (const stage of stages(options, data)) {
  const processor = unified().use([stage.use])
  tree = await time(stage.name, () => processor.run(tree, file))
}
await time('write html', () => toHtmlPage(tree, file, options))
await time('write docx', () => toDocx(tree, file, options))
await time('write json', () => toJsonReport(file))
console.log('\nstages in-process, on the seed plan')
for (const [name, ms] of timings) console.log(`  ${name.padEnd(24)} ${ms.toFixed(1).padStart(8)} ms`)

const pandoc = spawnSync('pandoc', ['--version'], {encoding: 'utf8'})
if (pandoc.status === 0) {
  const md = (plan) => plan.replace(/\.txt$/, '.md')
  writeFileSync(md(seedCopy), seedText)
  writeFileSync(md(big), readFileSync(big, 'utf8'))
  const pandocRun = (plan, to) => measure('pandoc', ['-f', 'markdown', md(plan), '-o', path.join(work, `pandoc.${to}`)])
  const rows = [
    ['seed plan', seedCopy, seedBuild],
    ['10x copy', big, bigBuild]
  ]
  console.log(`\n${pandoc.stdout.split('\n')[0]}: Markdown → docx and → HTML on the same text`)
  for (const [name, plan, ours] of rows) {
    const docx = pandocRun(plan, 'docx')
    const html = pandocRun(plan, 'html')
    console.log(`  ${name.padEnd(10)} pandoc → docx ${seconds(docx.time)}, → html ${seconds(html.time)};  easyread (all three) / pandoc → docx = ${(ours.time / docx.time).toFixed(2)}`)
  }
} else {
  console.log('\npandoc is not installed (Debian package pandoc): no comparison.')
}

const soffice = spawnSync('soffice', ['--version'], {encoding: 'utf8'})
if (soffice.status === 0) {
  const pdfFolder = path.join(work, 'pdf')
  const word = spawnSync(process.execPath, [path.join(root, 'bin', 'easyread.js'), 'build', seedCopy, '--no-simplify', '--format', 'docx', '--out', pdfFolder, '--quiet'], {encoding: 'utf8'})
  if (word.status !== 0) throw new Error(`easyread build of the seed to Word failed: ${word.stderr}`)
  spawnSync('soffice', [`-env:UserInstallation=file://${path.join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', pdfFolder, path.join(pdfFolder, 'seed.docx')], {encoding: 'utf8'})
  const pdf = path.join(pdfFolder, 'seed.pdf')
  if (!existsSync(pdf)) throw new Error('LibreOffice made no PDF of the seed plan')
  const pdfRuns = Math.min(runs, 3)
  const readTimes = []
  let pages = 0
  for (let run = 0; run < pdfRuns; run++) {
    const begin = performance.now()
    const {file: pdfFile} = await readPlan(pdf)
    readTimes.push(performance.now() - begin)
    pages = pdfFile.data.pdfPages.length
  }
  const pdfBuild = measure(process.execPath, cliWithMemory(pdf))
  console.log(`\nthe seed plan as a PDF (our Word output printed by LibreOffice, ${pages} pages; median of ${pdfRuns} reads)`)
  console.log(`  read the PDF in-process      ${seconds(median(readTimes))}   (${(median(readTimes) / pages).toFixed(0)} ms a page)`)
  console.log(`  easyread build of the PDF    ${seconds(pdfBuild.time)}   peak ${pdfBuild.peak.toFixed(0)} MB`)
} else {
  console.log('\nLibreOffice is not installed (Debian package libreoffice-writer-nogui): no PDF timing.')
}
rmSync(work, {recursive: true, force: true})
