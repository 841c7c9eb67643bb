import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {parse, stringify} from 'yaml'
import {fixtures, fullPlan, samplePlan} from '../helpers/paths.js'
import type {Change} from '../../src/simplify/types.js'
import {simplifiedPlan} from './simplified.js'

/** A change of the labelled fixture: where it is, what the rule must give (`after`, judged by us), and the line it is in. */
interface Labelled {
  plan: string
  rule: string
  status: 'made' | 'offered'
  line: number
  column: number
  before: string
  after: string
  /** The plan's words around a word swap, for the reader of the fixture. */
  context?: string
}

const fixturePath = path.join(fixtures, 'simplify-changes', 'changes.yml')
const header = `# The labelled changes: every change the simplify stage makes or offers on the seed plan and the sample plan.
# Each "after" of a made change is written or checked by us and judged right on three counts: grammatical, meaning
# kept, easier to read. A change we could not make right is offered instead (status: offered) or not made at all.
# UPDATE=1 npx vitest run test/simplify/labelled.test.ts rewrites this file from what the rules give now: read every
# line of its diff before committing it.
`

function labelled(plan: string, changes: readonly Change[]): Labelled[] {
  const lines = readFileSync(plan, 'utf8').split('\n')
  return changes.map((change) => {
    const word = !/\s/.test(change.before.trim()) || change.before.length < 40
    const text = lines[(change.line ?? 1) - 1] ?? ''
    const at = (change.column ?? 1) - 1
    return {
      plan: path.basename(plan),
      rule: change.rule,
      status: change.status,
      line: change.line ?? 0,
      column: change.column ?? 0,
      before: change.before,
      after: change.after,
      ...(word && change.status === 'made' && change.family === 'plain-words' ? {context: text.slice(Math.max(0, at - 60), at + change.before.length + 60).trim()} : {})
    }
  })
}

describe('the labelled fixture of real changes (seed and sample plans)', () => {
  let actual: Labelled[]
  beforeAll(async () => {
    actual = []
    for (const plan of [fullPlan, samplePlan]) actual.push(...labelled(plan, (await simplifiedPlan(plan, true)).file.data.changes ?? []))
    if (process.env.UPDATE) writeFileSync(fixturePath, header + stringify({changes: actual}, {lineWidth: 0}))
  }, 300_000)

  it('holds at least 200 made changes, each with the output we judged right, from every family that makes changes', () => {
    const expected = (parse(readFileSync(fixturePath, 'utf8')) as {changes: Labelled[]}).changes
    expect(expected.filter((change) => change.status === 'made').length).toBeGreaterThanOrEqual(200)
    expect(new Set(expected.map((change) => change.rule)).size).toBeGreaterThanOrEqual(20)
    // Every rule's output on the two plans is the labelled one: no change more, none less, none different.
    expect(actual).toEqual(expected)
  })
})
