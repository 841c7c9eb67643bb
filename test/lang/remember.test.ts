import {describe, expect, test} from 'vitest'
import {forgetRemembered, forgetWithRemembered, remembered} from '../../src/lang/remember.js'
import {sentenceRanges, sentenceTree} from '../../src/lang/sentences.js'

describe('remembered answers', () => {
  test('a text is worked out once while remembered, and again after forgetRemembered', () => {
    const asked: string[] = []
    const length = remembered((text: string) => {
      asked.push(text)
      return text.length
    })
    expect(length('We will plant trees.')).toBe(20)
    expect(length('We will plant trees.')).toBe(20)
    expect(asked).toEqual(['We will plant trees.'])
    forgetRemembered()
    expect(length('We will plant trees.')).toBe(20)
    expect(asked).toEqual(['We will plant trees.', 'We will plant trees.'])
  })

  test('the older generation is still found; past twice the size, a text is worked out again', () => {
    let work = 0
    const double = remembered((text: string) => {
      work++
      return text + text
    }, 4)
    for (const text of ['a', 'b', 'c']) double(text)
    expect(work).toBe(3)
    double('a')
    expect(work).toBe(3)
    for (const text of ['d', 'e', 'f', 'g']) double(text)
    double('b')
    expect(work).toBe(8)
  })

  test("forgetRemembered empties a store registered with it, such as the structure stage's sentence trees", () => {
    const store = new Map([['plan', 1]])
    forgetWithRemembered(store)
    const text = 'The council will meet. It will listen to you.'
    sentenceRanges(text)
    const kept = sentenceTree('The council will meet.')
    // Kept: the tree made when the paragraph was cut, with its offsets in the paragraph.
    expect(sentenceTree('It will listen to you.').children[0]).toMatchObject({children: [{position: {start: {offset: 23}}}]})
    forgetRemembered()
    expect(store.size).toBe(0)
    // Forgotten: a new parse of the sentence alone.
    expect(sentenceTree('It will listen to you.').children[0]).toMatchObject({children: [{position: {start: {offset: 0}}}]})
    expect(kept.type).toBe('RootNode')
  })
})
