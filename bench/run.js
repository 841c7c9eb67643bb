// Benchmark: `npm run bench`. Prints numbers; it never fails on speed.
// Every program runs as a whole process under GNU time (Debian package `time`): cpu seconds (user + sys of the
// child), wall seconds and peak memory (maxrss). The machine is shared, so the runs are interleaved (easyread,
// pandoc, easyread, pandoc, …, one round of every case after another) and the medians of BENCH_RUNS rounds
// (default 5, at least 5 for the figures to mean much) are compared, cpu first.
// Cases: the seed plan (pandoc fed the same text as Markdown, to docx and to HTML); a plan of 10 copies of the seed
// that differ (names, numbers and words changed in each copy, so no cache answers a copy from an earlier one); a
// one-line plan (beside `node -e 0`); `easyread check` of the seed; then, once each, issue 20's large inputs (a 1 MB
// plan of short sentences, one 19,999-character sentence), the time of each stage in-process, and reading the seed
// as a PDF. BENCH_BASE=DIR adds another build of easyread (DIR/bin/easyread.js with its dist/, e.g. a copy of main's)
// to every round, so a change is measured against what it changes, on the same load.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, writeFileSync, rmSync} from 'node:fs'
import {loadavg, tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {performance} from 'node:perf_hooks'
import {unified} from 'unified'
import {distinctCopies} from './distinct-copies.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const seed = path.resolve(root, '..', 'shared', 'seeds', '000_473ab78beabed092.txt')
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 5))
const only = new Set((process.env.BENCH_CASES ?? 'seed,tenfold,one-line,check,large,stages,pdf').split(','))
const base = process.env.BENCH_BASE ? path.resolve(process.env.BENCH_BASE) : undefined
const gnuTime = '/usr/bin/time'
if (!existsSync(gnuTime)) {
  console.error('npm run bench needs GNU time for the cpu seconds and peak memory of each run: apt-get install time')
  process.exit(2)
}
const work = mkdtempSync(path.join(tmpdir(), 'easyread-bench-'))
const file = (name, text) => {
  const at = path.join(work, name)
  writeFileSync(at, text)
  return at
}

const seedText = readFileSync(seed, 'utf8')
const tenfold = distinctCopies(seedText, 10)
const plans = {
  seed: {txt: file('seed.txt', seedText), md: file('seed.md', seedText), words: seedText.split(/\s+/).length},
  tenfold: {txt: file('seed-x10.txt', tenfold.text), md: file('seed-x10.md', tenfold.text), words: tenfold.text.split(/\s+/).length},
  oneLine: file('one-line.md', 'We will keep your street safe.\n')
}

/** One run of a program: cpu (user + sys) and wall seconds, peak resident memory in MiB. */
function timed(command, args, okStatus = [0]) {
  const report = path.join(work, 'time.txt')
  const start = performance.now()
  const result = spawnSync(gnuTime, ['-f', '%U %S %M', '-o', report, command, ...args], {encoding: 'utf8', cwd: work, maxBuffer: 256 * 1024 * 1024})
  const wall = (performance.now() - start) / 1000
  if (!okStatus.includes(result.status)) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr.slice(-2000)}`)
  // GNU time writes "Command exited with non-zero status N" first when the status is not 0: the figures are last.
  const [user, sys, kib] = readFileSync(report, 'utf8').trim().split('\n').at(-1).split(' ').map(Number)
  return {cpu: user + sys, wall, rss: kib / 1024}
}

const easyread = (cli) => ({
  build: (plan) => timed(process.execPath, [cli, 'build', plan, '--out', path.join(work, 'out'), '--quiet']),
  check: (plan) => timed(process.execPath, [cli, 'check', plan, '--quiet'], [0, 1])
})
const ours = easyread(path.join(root, 'bin', 'easyread.js'))
const theirs = base ? easyread(path.join(base, 'bin', 'easyread.js')) : undefined
const hasPandoc = spawnSync('pandoc', ['--version']).status === 0
const pandoc = (plan, to) => timed('pandoc', ['-f', 'markdown', plan, '-o', path.join(work, `pandoc.${to}`)])

/** The runs of one round, in the order they are made: each case's programs one after the other. */
const cases = [
  ['seed', 'build, seed plan', {easyread: () => ours.build(plans.seed.txt), base: theirs && (() => theirs.build(plans.seed.txt)), 'pandoc md→docx': hasPandoc && (() => pandoc(plans.seed.md, 'docx')), 'pandoc md→html': hasPandoc && (() => pandoc(plans.seed.md, 'html'))}],
  ['tenfold', 'build, 10 distinct copies', {easyread: () => ours.build(plans.tenfold.txt), base: theirs && (() => theirs.build(plans.tenfold.txt)), 'pandoc md→docx': hasPandoc && (() => pandoc(plans.tenfold.md, 'docx')), 'pandoc md→html': hasPandoc && (() => pandoc(plans.tenfold.md, 'html'))}],
  ['one-line', 'build, one-line plan', {easyread: () => ours.build(plans.oneLine), base: theirs && (() => theirs.build(plans.oneLine)), 'node -e 0': () => timed(process.execPath, ['-e', '0'])}],
  ['check', 'check, seed plan', {easyread: () => ours.check(plans.seed.txt), base: theirs && (() => theirs.check(plans.seed.txt))}]
]
  .filter(([id]) => only.has(id))
  .map(([, name, programs]) => [name, programs])
const load = () => loadavg().map((value) => value.toFixed(1)).join(' ')
console.log(`easyread benchmark: medians of ${runs} interleaved rounds (BENCH_RUNS to change), node ${process.version}, ${spawnSync('nproc').stdout?.toString().trim()} cores, load average ${load()} at the start`)
console.log(`the 10 copies: ${plans.tenfold.words} words; ${(tenfold.repeated * 100).toFixed(1)}% of the sentences of copies 2 to 10 are in an earlier copy (short fixed lines)\n`)

const samples = new Map()
for (let round = 0; round < runs; round++) {
  for (const [name, programs] of cases) {
    for (const [program, run] of Object.entries(programs)) {
      if (!run) continue
      const key = `${name}\t${program}`
      samples.set(key, [...(samples.get(key) ?? []), run()])
    }
  }
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length % 2 ? sorted[sorted.length >> 1] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2
}
const summary = (runsOf) => ({cpu: median(runsOf.map((run) => run.cpu)), wall: median(runsOf.map((run) => run.wall)), rss: median(runsOf.map((run) => run.rss))})
const figures = new Map([...samples].map(([key, values]) => [key, summary(values)]))
const of = (name, program) => figures.get(`${name}\t${program}`)
const show = (figure) => `${figure.cpu.toFixed(2).padStart(6)} s cpu ${figure.wall.toFixed(2).padStart(6)} s wall ${figure.rss.toFixed(0).padStart(5)} MiB`
for (const [name, programs] of cases) {
  console.log(name)
  const mine = of(name, 'easyread')
  for (const program of Object.keys(programs)) {
    const figure = of(name, program)
    if (!figure) continue
    const ratio = program === 'easyread' ? '' : `   easyread / this: ${(mine.cpu / figure.cpu).toFixed(1)}× cpu, ${(mine.wall / figure.wall).toFixed(1)}× wall`
    console.log(`  ${program.padEnd(16)} ${show(figure)}${ratio}`)
  }
}
if (!hasPandoc) console.log('\npandoc is not installed (Debian package pandoc): no comparison with it.')

// Issue 17's goals, against the medians above.
const goals = [
  ['build, seed, cpu', of('build, seed plan', 'easyread')?.cpu, 1.0, 's'],
  ['build, 10× distinct copies, cpu', of('build, 10 distinct copies', 'easyread')?.cpu, 5.0, 's'],
  ['peak memory, seed', of('build, seed plan', 'easyread')?.rss, 180, 'MiB'],
  ['peak memory, 10×', of('build, 10 distinct copies', 'easyread')?.rss, 300, 'MiB'],
  ['check, seed, cpu', of('check, seed plan', 'easyread')?.cpu, 0.5, 's'],
  ['one-line plan, build, cpu', of('build, one-line plan', 'easyread')?.cpu, 0.4, 's']
].filter(([, value]) => value !== undefined)
if (goals.length > 0) console.log('\nissue 17 goals')
for (const [name, value, goal, unit] of goals) console.log(`  ${name.padEnd(32)} ${value.toFixed(unit === 's' ? 2 : 0).padStart(7)} ${unit}   goal ${goal} ${unit}: ${value <= goal ? 'met' : 'not met'}`)

// Large inputs within the limits (issue 20), once each (goals: the 1 MB plan within 20 s and 500 MB, the long
// sentence within 5 s).
let shortText = '# A plan of short sentences\n\n'
for (let index = 0; shortText.length < 1024 * 1024; index++) shortText += `We will help people in street ${index} feel safe.${index % 10 === 9 ? '\n\n' : ' '}`
const words = ['we', 'will', 'help', 'people', 'feel', 'safe', 'in', 'the', 'town', 'and', 'work', 'with', 'schools']
let sentence = ''
for (let index = 0; sentence.length < 19_998; index++) sentence += `${words[index % words.length]} `
if (only.has('large')) console.log('\nlarge inputs (issue 20), one run each')
for (const [name, plan] of [['1 MB of short sentences', file('short-sentences-1mb.md', shortText)], ['one 19,999-character sentence', file('long-sentence.md', `# A long sentence\n\n${sentence.slice(0, 19_998).trimEnd()}.\n`)]].filter(() => only.has('large'))) {
  console.log(`  ${name.padEnd(30)} ${show(ours.build(plan))}`)
}

if (only.has('stages')) {
  // Stages in-process, on the seed, after one warm-up build of the sample plan: the code is loaded and compiled, but
  // nothing the seed's sentences need is kept from it.
  const api = await import(path.join(root, 'dist', 'index.js'))
  const {readPlan} = await import(path.join(root, 'dist', 'read', 'index.js'))
  const {stages} = await import(path.join(root, 'dist', 'pipeline.js'))
  const {toHtmlPage} = await import(path.join(root, 'dist', 'write', 'html', 'index.js'))
  const {toDocx} = await import(path.join(root, 'dist', 'write', 'docx', 'index.js'))
  const {toJsonReport} = await import(path.join(root, 'dist', 'write', 'report', 'json.js'))
  const prepareStart = performance.now()
  const {options, data} = await api.prepare({})
  const timings = new Map([['load glossary and data', performance.now() - prepareStart]])
  await api.buildWith(path.join(root, 'plans', 'riverside-local-police-plan.md'), options, data)
  const time = async (name, work) => {
    const begin = performance.now()
    const result = await work()
    timings.set(name, (timings.get(name) ?? 0) + performance.now() - begin)
    return result
  }
  const {file: vfile, tree: read} = await time('read', () => readPlan(plans.seed.txt))
  let tree = read
  for (const stage of stages(options, data)) {
    const processor = unified().use([stage.use])
    tree = await time(stage.name, () => processor.run(tree, vfile))
  }
  await time('write html', () => toHtmlPage(tree, vfile, options))
  await time('write docx', () => toDocx(tree, vfile, options))
  await time('write json', () => toJsonReport(vfile))
  console.log('\nstages in-process, on the seed plan (wall, one run)')
  for (const [name, ms] of timings) console.log(`  ${name.padEnd(24)} ${ms.toFixed(1).padStart(8)} ms`)
}

if (only.has('pdf')) {
  const soffice = spawnSync('soffice', ['--version'], {encoding: 'utf8'})
  if (soffice.status === 0) {
    const {readPlan} = await import(path.join(root, 'dist', 'read', 'index.js'))
    const pdfFolder = path.join(work, 'pdf')
    const word = spawnSync(process.execPath, [path.join(root, 'bin', 'easyread.js'), 'build', plans.seed.txt, '--no-simplify', '--format', 'docx', '--out', pdfFolder, '--quiet'], {encoding: 'utf8'})
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
    const pdfBuild = summary(Array.from({length: pdfRuns}, () => ours.build(pdf)))
    console.log(`\nthe seed plan as a PDF (our Word output printed by LibreOffice, ${pages} pages; median of ${pdfRuns})`)
    console.log(`  read the PDF in-process       ${(median(readTimes) / 1000).toFixed(2)} s wall (${(median(readTimes) / pages).toFixed(0)} ms a page)`)
    console.log(`  easyread build of the PDF     ${show(pdfBuild)}`)
  } else {
    console.log('\nLibreOffice is not installed (Debian package libreoffice-writer-nogui): no PDF timing.')
  }
}
console.log(`\nload average ${load()} at the end`)
rmSync(work, {recursive: true, force: true})
