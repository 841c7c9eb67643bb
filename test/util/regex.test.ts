import {describe, expect, it} from 'vitest'
import {escapeRegExp, findWholeWords} from '../../src/util/regex.js'

/** What `findWholeWords` stands in for: the expression it saves compiling. */
function byExpression(text: string, words: string): {index: number; text: string} | undefined {
  const found = new RegExp(`(?<![\\p{L}\\p{N}'’-])${escapeRegExp(words).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}'’-])`, 'u').exec(text)
  return found ? {index: found.index, text: found[0]} : undefined
}

describe('findWholeWords', () => {
  const cases: Array<[string, string]> = [
    ['We will work in partnership with schools.', 'in partnership with'],
    ['We will work in\npartnership  with schools.', 'in partnership with'],
    ['Partnerships in partnership with', 'partnership'],
    ['the co-operation and operation', 'operation'],
    ['the council’s plan and the council plan', 'council'],
    ["the council's plan", 'council'],
    ['xa a a b', 'a a'],
    ['a2 a 3a', 'a'],
    ['𝐀word word', 'word'],
    ['word𝐀 word.', 'word'],
    ['😀word', 'word'],
    ['(approx.) approx. cost', 'approx.'],
    ['Utilise and utilise', 'utilise'],
    ['nothing here', 'absent'],
    ['', 'word']
  ]
  it.each(cases)('finds %j / %j where the expression does', (text, words) => {
    expect(findWholeWords(text, words)).toEqual(byExpression(text, words))
  })

  it('finds whole words only, with the words as the text has them', () => {
    expect(findWholeWords('Partnerships and a partnership', 'partnership')).toEqual({index: 19, text: 'partnership'})
    expect(findWholeWords('in\n partnership', 'in partnership')).toEqual({index: 0, text: 'in\n partnership'})
    expect(findWholeWords('re-use', 'use')).toBeUndefined()
  })
})
