import type {RawFinding, Rule} from './rule.js'
import {wordLists} from '../lists.js'

/** The value of a number word, or of a compound ("twenty-five"); undefined when it is not one. */
function numberValue(word: string): number | undefined {
  const lower = word.toLowerCase()
  // Most words are one part: asked at once (this runs for every word of every sentence).
  if (!lower.includes('-')) return wordLists.numbers.get(lower)
  const parts = lower.split('-')
  const values = parts.map((part) => wordLists.numbers.get(part))
  if (values.some((value) => value === undefined)) return undefined
  return (values as number[]).reduce((sum, value) => sum + value, 0)
}

/** "two hundred and fifty" → 250: hundreds multiply what came before, thousands and more close a group. */
function combine(values: number[]): number {
  let total = 0
  let current = 0
  for (const value of values) {
    if (value === 100) current = (current || 1) * 100
    else if (value >= 1000) {
      total += (current || 1) * value
      current = 0
    } else current += value
  }
  return total + current
}

/**
 * "1,500": a whole number in digits as en-GB writes it, in threes with commas. Written out, since number words make
 * whole numbers: an en-GB Intl.NumberFormat took some 25 ms to make (toLocaleString made one per call).
 */
export function britishDigits(value: number): string {
  return Number.isSafeInteger(value) && value >= 0 ? String(value).replace(/\B(?=(?:\d{3})+$)/g, ',') : value.toLocaleString('en-GB')
}

export const numbersRule: Rule = {
  id: 'numbers-as-digits',
  summary: 'Write numbers as digits (2, not two), except a number that starts a sentence',
  standard: 'GOV.UK style guide (numbers); easy read guidance',
  check({words}) {
    const findings: RawFinding[] = []
    for (let index = 0; index < words.length; index++) {
      if (numberValue(words[index]!.value) === undefined) continue
      const values: number[] = []
      let last = index
      while (last < words.length) {
        const value = numberValue(words[last]!.value)
        if (value !== undefined) values.push(value)
        else if (!(words[last]!.value.toLowerCase() === 'and' && numberValue(words[last + 1]?.value ?? '') !== undefined && values.at(-1)! >= 100)) break
        last++
      }
      const first = words[index]!
      const end = words[last - 1]!
      const starts = index === 0
      index = last - 1
      // A number that starts a sentence stays in words (GOV.UK).
      if (starts) continue
      const digits = britishDigits(combine(values))
      findings.push({
        ruleId: 'numbers-as-digits',
        severity: 'warning',
        message: `Unexpected number in words, expected "${digits}": write numbers as digits`,
        start: first.start,
        end: end.end,
        expected: digits
      })
    }
    return findings
  }
}
