// npm run eval: what the simplify stage does to the seed plan, input beside output.
// Prints sentences, mean words a sentence, share of sentences of 15 words or fewer, median reading age, share
// passing the checker, and the changes each rule made, then the targets and whether each is met.
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from '../dist/index.js'
import {rules as simplifyRules} from '../dist/simplify/rules/index.js'

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
const simplified = (await build(plan, {formats: ['json']})).file
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
