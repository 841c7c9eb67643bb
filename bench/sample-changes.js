// node bench/sample-changes.js <plan> [--n 60] [--seed 1] [--rule ID]… [--offered]
// A reproducible random sample of the changes the simplify stage makes to a plan, for a blind review: each with its
// rule id, the words before and after, and for a word swap the plan's words around it. The same plan, n and seed give
// the same sample. --offered samples the offered changes instead; --rule keeps only the rules named.
// Run `npm run build` first (it reads dist/).
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {build} from '../dist/index.js'

const {values, positionals} = parseArgs({allowPositionals: true, options: {n: {type: 'string', default: '60'}, seed: {type: 'string', default: '1'}, rule: {type: 'string', multiple: true}, offered: {type: 'boolean'}}})
if (positionals.length !== 1) {
  console.error('usage: node bench/sample-changes.js <plan> [--n 60] [--seed 1] [--rule ID]… [--offered]')
  process.exit(2)
}
const plan = positionals[0]
const n = Number(values.n)
const seed = Number(values.seed)
if (!Number.isInteger(n) || n < 1 || !Number.isInteger(seed)) {
  console.error('--n and --seed must be whole numbers, --n 1 or more')
  process.exit(2)
}

/** mulberry32: a small seeded generator, so that a sample can be drawn again. */
function random(state) {
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const {file} = await build(plan, {formats: ['json']})
const status = values.offered ? 'offered' : 'made'
const changes = (file.data.changes ?? []).filter((change) => (change.status ?? 'made') === status && (!values.rule || values.rule.includes(change.rule)))
const next = random(seed)
const pool = [...changes]
// Fisher-Yates on a copy: the first n are the sample, shown in the order they stand in the plan.
for (let index = pool.length - 1; index > 0; index--) {
  const other = Math.floor(next() * (index + 1))
  ;[pool[index], pool[other]] = [pool[other], pool[index]]
}
const sample = pool.slice(0, n).sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
const lines = readFileSync(plan, 'utf8').split('\n')
console.log(`${sample.length} of ${changes.length} ${status} changes in ${path.basename(plan)} (seed ${seed})\n`)
sample.forEach((change, index) => {
  console.log(`${index + 1}. [${change.rule}] line ${change.line ?? '?'}, confidence ${Math.round((change.confidence ?? 1) * 100)}%`)
  if (change.family === 'plain-words' || change.family === 'acronyms') {
    const text = lines[(change.line ?? 1) - 1] ?? ''
    const at = (change.column ?? 1) - 1
    console.log(`   in:     …${text.slice(Math.max(0, at - 80), at + change.before.length + 80).trim()}…`)
  }
  console.log(`   before: ${change.before.replace(/\n/g, '\n           ')}`)
  console.log(`   after:  ${change.after === '' ? '(left out)' : change.after.replace(/\n/g, '\n           ')}\n`)
})
