import {describe, expect, it} from 'vitest'
import {termsOf, verbsOf} from '../../src/util/tagger.js'
import {winkReading} from '../../src/util/wink-terms.js'

/** Each word with its tags, as "word/Tag,Tag". */
function tagged(text: string): string[] {
  return winkReading(text).terms.map((term) => `${term.text}/${[...term.tags].sort().join(',')}`)
}

describe("the simplify rules' tags read from the English layer", () => {
  it("names each word's part of speech and form in the rules' vocabulary, punctuation left out", () => {
    expect(tagged('We will provide support, and use our data to reach 3 goals.')).toEqual([
      'We/Noun,Pronoun',
      'will/Auxiliary,Modal,Verb',
      'provide/Infinitive,PresentTense,Verb',
      'support/Noun,Singular',
      'and/Conjunction',
      'use/Infinitive,PresentTense,Verb',
      'our/Noun,Possessive',
      'data/Noun,Singular',
      'to/Conjunction',
      'reach/Infinitive,PresentTense,Verb',
      '3/Cardinal,Value',
      'goals/Noun,Plural'
    ])
  })

  it('reads verbs in -s, in the past, in -ing, and past participles after a helper', () => {
    const tags = new Map(winkReading('The board walked in, she provides help while improving it, and the plan has been taken up').terms.map((term) => [term.text, term.tags]))
    expect([...tags.get('walked')!]).toEqual(expect.arrayContaining(['Verb', 'PastTense']))
    expect([...tags.get('provides')!]).toEqual(expect.arrayContaining(['Verb', 'PresentTense']))
    expect(tags.get('provides')!.has('Infinitive')).toBe(false)
    expect([...tags.get('improving')!]).toEqual(expect.arrayContaining(['Verb', 'Gerund']))
    expect([...tags.get('taken')!]).toEqual(expect.arrayContaining(['Verb', 'Participle', 'PastTense']))
    expect([...tags.get('been')!]).toEqual(expect.arrayContaining(['Auxiliary', 'Copula']))
  })

  it('reads a verb in -ing that is its own lemma ("bring") as a plain verb, and a plural the model has no lemma for', () => {
    const reading = winkReading('Young carers bring their views to the board')
    const bring = reading.terms.find((term) => term.text === 'bring')!
    expect(bring.tags.has('Gerund')).toBe(false)
    expect(bring.tags.has('Infinitive')).toBe(true)
    expect(reading.verbs.find((verb) => verb.text === 'bring')?.nonFinite).toBe(false)
    expect(reading.terms.find((term) => term.text === 'carers')!.tags.has('Plural')).toBe(true)
  })

  it('gives each verb group its helpers, whether it is negative, and whether it can head a clause', () => {
    const verbs = winkReading('The plan is not aligned with what has been taken, so we want to help').verbs
    expect(verbs.map((verb) => [verb.text, verb.auxiliary, verb.negative, verb.nonFinite])).toEqual([
      ['is not aligned', 'is', true, false],
      ['has been taken', 'has been', false, false],
      ['want', '', false, false],
      ['help', '', false, true]
    ])
    expect(verbs[0]!.head.has('Participle')).toBe(true)
    expect(verbs[0]!.words.map((word) => word.text)).toEqual(['is', 'not', 'aligned'])
  })
})

describe('a possessive', () => {
  it('is one term with its noun, as the rules read it', () => {
    expect(winkReading("We will work with children's services and the city's schools.").terms.map((term) => term.text)).toEqual(['We', 'will', 'work', 'with', "children's", 'services', 'and', 'the', "city's", 'schools'])
    expect(tagged("the city's schools")[1]).toBe("city's/Noun,Possessive,Singular")
  })
})

describe('the rules read with the English layer', () => {
  it('util/tagger.ts gives the English layer\'s reading, the same with or without an end mark', () => {
    const text = 'Our officers check the roads'
    expect(termsOf(text)).toEqual(winkReading(text).terms)
    expect(termsOf(`${text}.`)).toEqual(winkReading(text).terms)
    expect(verbsOf(text).map((verb) => verb.text)).toEqual(['check'])
  })
})
