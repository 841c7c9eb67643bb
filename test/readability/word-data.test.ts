import {readFile} from 'node:fs/promises'
import {describe, expect, test} from 'vitest'
import {syllable as packageSyllable} from 'syllable'
import {daleChall as packageDaleChall} from 'dale-chall'
import {spache as packageSpache} from 'spache'
import {syllable, daleChall, spache, daleChallWords, spacheWords} from '../../src/readability/word-data.js'
import {wordTokens} from '../../src/lang/tokens.js'
import {fullPlan} from '../helpers/paths.js'

// word-data stands in for these three packages inside retext-readability (the CLI bundle): every answer must be theirs.
describe('readability word data: the packages’ answers, asked cheaply', async () => {
  const words = [...new Set(wordTokens(await readFile(fullPlan, 'utf8')).map(({value}) => value))]

  test('the seed plan has words of every kind to ask about', () => {
    expect(words.length).toBeGreaterThan(1500)
    expect(words).toContain('Lanarkshire')
    expect(words.some((word) => /’/.test(word))).toBe(true)
  })

  test('the remembered syllable count is syllable’s, for every word of the seed as written and in small letters, asked twice', () => {
    for (const word of [...words, ...words.map((value) => value.toLowerCase())]) {
      const expected = packageSyllable(word)
      expect(syllable(word), word).toBe(expected)
      expect(syllable(word), `${word} (remembered)`).toBe(expected)
    }
  })

  test('the lists hold the same words in the same order, and includes() answers as the arrays do', () => {
    expect([...daleChall]).toEqual(packageDaleChall)
    expect([...spache]).toEqual(packageSpache)
    for (const word of words.map((value) => value.toLowerCase())) {
      expect(daleChall.includes(word), word).toBe(packageDaleChall.includes(word))
      expect(spache.includes(word), word).toBe(packageSpache.includes(word))
      expect(daleChallWords.has(word)).toBe(packageDaleChall.includes(word))
      expect(spacheWords.has(word)).toBe(packageSpache.includes(word))
    }
    // Both answers occur on the seed: familiar words and unfamiliar ones.
    expect(words.some((word) => daleChall.includes(word.toLowerCase()))).toBe(true)
    expect(words.some((word) => !spache.includes(word.toLowerCase()))).toBe(true)
  })
})
