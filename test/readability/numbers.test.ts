import {describe, expect, test} from 'vitest'
import {britishDigits} from '../../src/readability/rules/numbers.js'
import {checkMarkdown} from './helpers.js'

describe('numbers written as digits', () => {
  test('a whole number is written as en-GB writes it: in threes, with commas', () => {
    const values = [0, 1, 9, 10, 99, 100, 999, 1000, 1001, 9999, 12345, 100000, 250000, 999999, 1000000, 1234567, 2_000_000_000, 1e15, Number.MAX_SAFE_INTEGER]
    for (let value = 0; value < 20_000; value += 7) values.push(value)
    const british = new Intl.NumberFormat('en-GB')
    for (const value of values) expect(britishDigits(value), String(value)).toBe(british.format(value))
    expect(britishDigits(2.5)).toBe('2.5')
  })

  test('"two hundred and fifty thousand" in a sentence is expected as "250,000"', async () => {
    const {sentences: [report]} = await checkMarkdown('We will plant two hundred and fifty thousand trees in the park.')
    const finding = report!.findings.find((item) => item.ruleId === 'numbers-as-digits')
    expect(finding?.expected).toBe('250,000')
  })
})
