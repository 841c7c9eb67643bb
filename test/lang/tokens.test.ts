import {describe, expect, test} from 'vitest'
import {allTokens, wordCount, wordParts, wordTokens} from '../../src/lang/tokens.js'
import {wordsOf} from '../../src/readability/words.js'
import {wordCount as simplifyWordCount} from '../../src/simplify/clauses.js'

describe('one tokenizer', () => {
  test.each([
    ['We will not stop anti-social behaviour.', ['We', 'will', 'not', 'stop', 'anti-social', 'behaviour']],
    ['Over 1,500 people, e.g. in A&E, said so.', ['Over', '1,500', 'people', 'e.g', 'in', 'A&E', 'said', 'so']],
    ['People’s views don\'t change in Y1-3, Q2 & Q4.', ['People’s', 'views', "don't", 'change', 'in', 'Y1-3', 'Q2', 'Q4']],
    ['We talked,then we left.', ['We', 'talked', 'then', 'we', 'left']]
  ])('%s', (text, words) => {
    expect(wordTokens(text).map((token) => token.value)).toEqual(words)
    expect(wordCount(text)).toBe(words.length)
  })

  test('every stage counts a sentence the same way', () => {
    const text = 'Our 2,500 officers – with A&E staff, e.g. nurses – work on anti-social behaviour in Y1-3 and don’t stop.'
    expect(wordsOf(text).length).toBe(wordCount(text))
    expect(simplifyWordCount(text)).toBe(wordCount(text))
    expect(wordCount(text)).toBe(17)
  })

  test('marks are tokens of their own; hyphenated words have parts for term lookups', () => {
    expect(allTokens('Safe, (really) safe.').map((token) => token.value)).toEqual(['Safe', ',', '(', 'really', ')', 'safe', '.'])
    expect(wordParts('anti-social Y1-3').map((token) => [token.value, token.start])).toEqual([['anti', 0], ['social', 5], ['Y1', 12], ['3', 15]])
  })
})
