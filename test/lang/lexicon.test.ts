import {describe, expect, test} from 'vitest'
import {canBeAdjective, neverVerb, usedAsFiniteVerb, verbLemma} from '../../src/lang/lexicon.js'

describe('the lexicon under the English layer’s corrections (wink-lexicon)', () => {
  test('knows which words are verbs of a clause and which never are', () => {
    expect(usedAsFiniteVerb('offer')).toBe(true)
    expect(usedAsFiniteVerb('support')).toBe(true)
    expect(usedAsFiniteVerb('education')).toBe(false)
    expect(neverVerb('education')).toBe('NOUN')
    expect(neverVerb('offer')).toBeUndefined()
    expect(canBeAdjective('crucial')).toBe(true)
    expect(verbLemma('caring')).toBe('care')
    expect(verbLemma('planned')).toBe('plan')
  })

  test('a word that names a property of every JavaScript object is only a word', () => {
    for (const word of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__']) {
      expect(() => [usedAsFiniteVerb(word), neverVerb(word), canBeAdjective(word), verbLemma(word)], word).not.toThrow()
      expect(usedAsFiniteVerb(word), word).toBe(false)
    }
    expect(neverVerb('constructor')).toBeUndefined()
  })
})
