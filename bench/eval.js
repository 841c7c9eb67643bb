// npm run eval: what the simplify stage does to the seed plan, input beside output.
// Prints sentences, mean words a sentence, share of sentences of 15 words or fewer, median reading age, share
// passing the checker, and the changes each rule made and offered (with --select off, so that no sentence is left
// out), then the targets and whether each is met.
// Then the document (select stage): words in and out (the page's text and the boxes apart), Word pages by
// LibreOffice's count beside the page model's estimate, boxes, and sentences left out by role, for the default
// budget, --pages 40 and --select off; and the page model's calibration on the two sample plans.
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from '../dist/index.js'
import {rules as simplifyRules} from '../dist/simplify/rules/index.js'
import {countPagesInto} from '../dist/write/docx/pages.js'
import {pagesPerEstimatedPage} from '../dist/select/page-model.js'
import {roles} from '../dist/select/types.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const plan = process.argv[2] ?? path.resolve(root, '..', 'shared', 'seeds', '000_473ab78beabed092.txt')

function figures(file) {
  const sentences = file.data.sentences ?? []
  const words = sentences.map((sentence) => sentence.counts.words)
  const summary = file.data.readability
  return {
    sentences: sentences.length,
    meanWords: words.reduce((sum, count) => sum + count, 0) / sentences.length,
    short: words.filter((count) => count <= 15).length / sentences.length,
    medianAge: summary.medianReadingAge,
    pass: summary.pass / sentences.length
  }
}

const input = figures((await build(plan, {formats: ['json'], simplify: false})).file)
// The simplify figures with the select stage off: select leaves sentences out, which would move the figures of the
// sentences that are left without any rule changing a word.
const simplified = (await build(plan, {formats: ['json'], select: false})).file
const output = figures(simplified)
const changes = simplified.data.changes ?? []

const percent = (share) => `${(share * 100).toFixed(1)}%`
const rows = [
  ['sentences', String(input.sentences), String(output.sentences)],
  ['mean words per sentence', input.meanWords.toFixed(1), output.meanWords.toFixed(1)],
  ['sentences of 15 words or fewer', percent(input.short), percent(output.short)],
  ['median reading age', input.medianAge.toFixed(1), output.medianAge.toFixed(1)],
  ['sentences passing the checker', percent(input.pass), percent(output.pass)]
]
const width = Math.max(...rows.map(([name]) => name.length))
console.log(`easyread eval: ${path.relative(process.cwd(), plan)}\n`)
console.log(`${''.padEnd(width)}  ${'input'.padStart(8)}  ${'output'.padStart(8)}`)
for (const [name, before, after] of rows) console.log(`${name.padEnd(width)}  ${before.padStart(8)}  ${after.padStart(8)}`)
const made = changes.filter((change) => (change.status ?? 'made') === 'made')
console.log('\nchanges by rule (made, offered):')
for (const rule of simplifyRules) {
  const own = changes.filter((change) => change.rule === rule.id)
  if (own.length === 0) continue
  const offered = own.filter((change) => change.status === 'offered').length
  console.log(`  ${rule.id.padEnd(22)} ${String(own.length - offered).padStart(5)} ${String(offered).padStart(5)}`)
}
console.log(`  ${'all'.padEnd(22)} ${String(made.length).padStart(5)} ${String(changes.length - made.length).padStart(5)}  (${percent(made.length / Math.max(1, changes.length))} made)`)
const targets = [
  ['at least 75% of sentences of 15 words or fewer', output.short >= 0.75],
  ['a mean of at most 13 words per sentence', output.meanWords <= 13],
  ['at least twice the input\'s share passing the checker', output.pass >= 2 * input.pass]
]
console.log('\ntargets:')
for (const [name, met] of targets) console.log(`  ${met ? 'met    ' : 'not met'}  ${name}`)

/** The words of the page (boxes apart) and of the boxes, from the built HTML. */
function pageWords(html) {
  const body = html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<script[\s\S]*?<\/script>/g, '')
  const boxes = [...body.matchAll(/<aside[\s\S]*?<\/aside>/g)].map((match) => match[0])
  const count = (text) => (text.replace(/<[^>]+>/g, ' ').match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length
  const inBoxes = boxes.reduce((sum, box) => sum + count(box), 0)
  return {page: count(body) - inBoxes, boxes: inBoxes}
}

async function documentFigures(file, extra) {
  const {file: built, outputs} = await build(file, {formats: ['html', 'docx'], ...extra})
  const pages = await countPagesInto(built, outputs.docx, {type: 'root', children: []}, extra.pages ?? 24)
  const words = pageWords(outputs.html)
  const select = built.data.select
  return {pages, estimate: select?.estimate, words, boxes: built.data.boxes ?? 0, leftOut: built.data.leftOut ?? [], wordsIn: select?.wordsIn}
}

console.log('\nthe document (select stage; Word pages by LibreOffice):')
const runs = [['default (24 pages)', {}], ['--pages 40', {pages: 40}], ['--select off', {select: false}]]
const seedRuns = []
for (const [name, extra] of runs) seedRuns.push([name, await documentFigures(plan, extra)])
const head = ['', 'pages', 'model', 'page words', 'box words', 'boxes', 'left out']
console.log('  ' + head.map((cell, index) => (index === 0 ? cell.padEnd(20) : cell.padStart(10))).join(''))
for (const [name, figures] of seedRuns) {
  const cells = [name.padEnd(20), figures.pages, figures.estimate === undefined ? '-' : figures.estimate.toFixed(1), figures.words.page, figures.words.boxes, figures.boxes, figures.leftOut.length]
  console.log('  ' + cells.map((cell, index) => (index === 0 ? cell : String(cell).padStart(10))).join(''))
}
console.log(`  the plan's own words in: ${seedRuns[0][1].wordsIn}`)
console.log('\nsentences left out by role (default budget):')
for (const role of roles) {
  const count = seedRuns[0][1].leftOut.filter((record) => record.role === role).length
  if (count > 0) console.log(`  ${role.padEnd(12)} ${String(count).padStart(5)}`)
}
console.log(`\npage model (pagesPerEstimatedPage = ${pagesPerEstimatedPage}): real pages / estimate`)
const samples = [plan, path.join(root, 'plans', 'riverside-local-police-plan.md'), path.join(root, 'plans', 'brookfield-council-plan.md')]
for (const sample of samples) {
  for (const [name, extra] of [['24', {}], ['40', {pages: 40}]]) {
    const figures = sample === plan ? seedRuns[name === '24' ? 0 : 1][1] : await documentFigures(sample, extra)
    console.log(`  ${path.basename(sample).padEnd(36)} --pages ${name}: ${String(figures.pages).padStart(3)} real, ${figures.estimate.toFixed(1).padStart(5)} estimated (${(figures.pages / figures.estimate).toFixed(2)})`)
  }
}
