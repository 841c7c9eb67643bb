import {readFile} from 'node:fs/promises'
import {describe, expect, test} from 'vitest'
import {contentWords, createRepeatCheck, overlap} from '../../src/select/cues.js'
import {easyReadPlan, fullPlan, samplePlan} from '../helpers/paths.js'

// The select stage drops a sentence that says again what an earlier one says; the check must answer as comparing
// each sentence with every earlier one does.
describe('createRepeatCheck: the answers of comparing with every earlier sentence', async () => {
  const texts = (await Promise.all([fullPlan, samplePlan, easyReadPlan, fullPlan].map((file) => readFile(file, 'utf8'))))
    .flatMap((text) => text.split(/(?<=[.!?])\s+|\n+/))
    .filter((text) => text.trim() !== '')
  const sets = texts.map(contentWords)

  test.each([0.6, 0.5, 0.3, 0.75, 0.9, 1, 0.01, 0, 1.5])('threshold %d, on the seeds and the sample plan (the seed twice)', (threshold) => {
    const check = createRepeatCheck(threshold)
    const answers: boolean[] = []
    const expected: boolean[] = []
    sets.forEach((own, index) => {
      expected.push(sets.slice(0, index).some((other) => overlap(own, other) >= threshold))
      answers.push(check.repeats(own))
      check.add(own)
    })
    expect(answers).toEqual(expected)
    // Both answers occur (the second copy of the seed repeats the first), except where no overlap can reach.
    if (threshold <= 1) expect(answers.filter(Boolean).length).toBeGreaterThan(100)
    expect(answers.filter((answer) => !answer).length).toBeGreaterThan(threshold === 0 ? 0 : 10)
  })
})
