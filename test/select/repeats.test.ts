import {readFile} from 'node:fs/promises'
import {describe, expect, test} from 'vitest'
import {contentWords, createRepeatCheck, overlap, type RepeatCheck} from '../../src/select/cues.js'
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

/** Ask about each sentence in document order, adding it after: the select stage's way. */
function askInOrder(check: RepeatCheck, sets: ReadonlyArray<ReadonlySet<string>>): boolean[] {
  return sets.map((own) => {
    const answer = check.repeats(own)
    check.add(own)
    return answer
  })
}

// A long plan of sentences that share most of their words (a street number apart): each repeats the first, and the
// check finds that in one look, where gathering all the holders of a shared word first grew with the square.
describe('createRepeatCheck: sentences that share most of their words', () => {
  const sets = Array.from({length: 5000}, (_, index) => contentWords(`We will help people in street ${index + 1000} feel safe.`))

  test('each one after the first repeats, found by looking at one earlier sentence', () => {
    const check = createRepeatCheck(0.7)
    const answers = askInOrder(check, sets)
    expect(answers[0]).toBe(false)
    expect(answers.slice(1).every(Boolean)).toBe(true)
    expect(check.looked).toBe(sets.length - 1)
  })

  test('at a threshold they do not reach, none repeats and none is compared', () => {
    // 5 of their 6 words shared (0.83): at 0.9 a repeat must share all 6, its street number too, which no earlier one holds.
    const check = createRepeatCheck(0.9)
    const answers = askInOrder(check, sets)
    expect(answers.some(Boolean)).toBe(false)
    expect(check.looked).toBe(0)
  })
})
