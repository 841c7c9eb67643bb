import {readFile} from 'node:fs/promises'
import {describe, expect, test} from 'vitest'
import {buildWith, prepare} from '../../src/index.js'
import {fullPlan} from '../helpers/paths.js'

// A place in the report is where a writer looks: each word swap and each term's first use must point at its own
// words in the plan, also in a paragraph the text reader joined from lines it trimmed ("… private sector ⏎organisations").
describe('the places the report gives point at the words', () => {
  test('on the seed plan, every word swap made and every term first used starts at its words', async () => {
    const {options, data} = await prepare({formats: ['json']})
    const report = JSON.parse((await buildWith(fullPlan, options, data)).outputs.json as string) as {
      changes: Array<{rule: string; status: string; before: string; line?: number; column?: number}>
      glossary: Array<{term: string; first?: {line: number; column: number}}>
    }
    const lines = (await readFile(fullPlan, 'utf8')).split('\n')
    const at = (line: number, column: number) => lines[line - 1]!.slice(column - 1).toLowerCase()
    const swaps = report.changes.filter((change) => change.rule === 'plain-word' && change.status === 'made')
    expect(swaps.length).toBeGreaterThan(100)
    const misplaced = swaps.filter((change) => change.line === undefined || !at(change.line, change.column!).startsWith(change.before.toLowerCase().split(/\s+/)[0]!))
    expect(misplaced.map((change) => `${change.line}:${change.column} ${change.before}`)).toEqual([])
    const terms = report.glossary.filter((term) => term.first !== undefined)
    expect(terms.length).toBeGreaterThan(40)
    // A term may stand inflected ("values" for "value"): its first four letters.
    const termsMisplaced = terms.filter((term) => !at(term.first!.line, term.first!.column).startsWith(term.term.toLowerCase().slice(0, 4)))
    expect(termsMisplaced.map((term) => `${term.first!.line}:${term.first!.column} ${term.term}`)).toEqual([])
  }, 120_000)
})
