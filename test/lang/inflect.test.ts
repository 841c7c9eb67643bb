import {describe, expect, test} from 'vitest'
import {formsOf, plainOfPresent, presentOf} from '../../src/lang/inflect.js'

describe('verb forms', () => {
  test.each([
    ['help', 'helps'], ['reach', 'reaches'], ['focus', 'focuses'], ['carry', 'carries'], ['stay', 'stays'], ['go', 'goes'], ['have', 'has'], ['be', 'is']
  ])('the form in -s of "%s" is "%s"', (plain, present) => {
    expect(presentOf(plain)).toBe(present)
  })

  test.each([
    ['helping', 'help', 'helps'], ['making', 'make', 'makes'], ['planning', 'plan', 'plans'], ['carrying', 'carry', 'carries'], ['minimising', 'minimise', 'minimises'], ['reaching', 'reach', 'reaches']
  ])('"%s" is the verb "%s" ("%s")', (gerund, infinitive, present) => {
    expect(formsOf(gerund)).toEqual({infinitive, present})
  })

  test.each(['wellbeing', 'during', 'something', 'thing'])('"%s" is no verb in -ing', (word) => {
    expect(formsOf(word)).toBeUndefined()
  })

  test('the plain form of a verb in -s, and none for a noun in the plural', () => {
    expect(plainOfPresent('serves')).toBe('serve')
    expect(plainOfPresent('focuses')).toBe('focus')
    expect(plainOfPresent('carries')).toBe('carry')
    expect(plainOfPresent('officers')).toBeUndefined()
  })
})
