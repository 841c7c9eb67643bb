import {describe, expect, test} from 'vitest'
import {prepare} from '../../src/index.js'
import {readSentence} from '../../src/lang/reading.js'
import {allTokens, isWord} from '../../src/lang/tokens.js'
import {checkPlan} from '../../src/readability/check.js'
import {taggedSample} from '../helpers/tagged-sample.js'

// The seed entries hold only tags: their words are read from ../shared/seeds at run time (never copied here).
const sample = await taggedSample({allTokens, prepare, checkPlan})
const coarse: Record<string, string> = {CCONJ: 'CONJ', SCONJ: 'CONJ'}

describe('the hand-tagged sample (test/fixtures/lang/tagged.yml)', () => {
  test('has at least 300 words, each tag lined up with the layer\'s tokens', () => {
    let words = 0
    for (const sentence of sample) {
      const tokens = allTokens(sentence.text).map((token) => token.value)
      expect(sentence.tokens.map((token) => token.value), sentence.from).toEqual(tokens)
      words += tokens.filter(isWord).length
    }
    expect(words).toBeGreaterThanOrEqual(300)
  })

  test('the reading tags at least 90% of its words right, and finds the participles after "be" and "have"', () => {
    let right = 0
    let words = 0
    const participles = {gold: 0, found: 0, both: 0}
    for (const sentence of sample) {
      const reading = readSentence(sentence.text)
      const tokens = sentence.tokens
      tokens.forEach((token, index) => {
        if (!isWord(token.value)) return
        const gold = token.tag
        // The head of a hyphenated word is its last part ("trauma-informed"); a possessive "'s" is not one.
        const inside = reading.words.filter((word) => word.start < token.end && word.end > token.start && word.pos !== 'PUNCT' && word.pos !== 'PART')
        const word = inside.at(-1) ?? reading.words.find((candidate) => candidate.start < token.end && candidate.end > token.start)
        words++
        if (word && (coarse[word.pos] ?? word.pos) === gold.replace('.pp', '')) right++
        const after = /^(?:am|is|are|was|were|be|been|being|has|have|had)$/i.test(tokens.slice(0, index).filter((before) => isWord(before.value) && !/ly$|^not$/.test(before.value)).at(-1)?.value ?? '')
        if (gold === 'VERB.pp' && after) participles.gold++
        if (word?.participle) participles.found++
        if (gold === 'VERB.pp' && after && word?.participle) participles.both++
      })
    }
    expect(right / words).toBeGreaterThanOrEqual(0.9)
    expect(participles.both / participles.gold).toBeGreaterThanOrEqual(0.9)
    // A participle after "be" that names a state ("I am honoured", "we are committed") is read as a participle too: the
    // tagger cannot tell them apart, and the passive rule keeps its list of such words (glossary/participles.yml).
    expect(participles.both / participles.found).toBeGreaterThanOrEqual(0.6)
  })
})

describe('verb groups', () => {
  test.each([
    ['We will not fully engage with partners.', [['will not fully engage', 'will', true, false]]],
    ['This plan has been developed with partners.', [['has been developed', 'has been', false, false]]],
    ['We will continue to build on our work.', [['will continue', 'will', false, false], ['build', '', false, true]]],
    ['Officers check the roads and they report problems.', [['check', '', false, false], ['report', '', false, false]]],
    ['We will provide advice and use our data to help you.', [['will provide', 'will', false, false], ['use', '', false, false], ['help', '', false, true]]]
  ])('%s', (text, groups) => {
    expect(readSentence(text).verbs.map((verb) => [verb.text, verb.auxiliary, verb.negative, verb.nonFinite])).toEqual(groups)
  })

  test('a participle before a noun describes it: no verb group', () => {
    expect(readSentence('We will stop those who supply controlled drugs through improved checks.').verbs.map((verb) => verb.text)).toEqual(['will stop', 'supply'])
  })

  test('the same text is read once', () => {
    expect(readSentence('We will keep you safe.')).toBe(readSentence('We will keep you safe.'))
  })
})

/** The part of speech the reading gives `word` (its first use) in `text`. */
function partOf(text: string, word: string): string | undefined {
  return readSentence(text).words.find((read) => read.value === word)?.pos
}

describe('corrections to the tagger (each for a kind of sentence the model misreads)', () => {
  test.each([
    ['"everything", "someone" are pronouns', 'We will do everything we can to help.', 'everything', 'PRON'],
    ['a plain form after a modal is a verb', 'The new library will open next spring.', 'open', 'VERB'],
    ['after "have", a form in -ed with an object is a verb', 'We have limited the number of visits.', 'limited', 'VERB'],
    ['after "have", a form in -ed before a noun stays an adjective', 'We have limited resources.', 'limited', 'ADJ'],
    ['a verb of a series after a comma, after a long first item', 'We will train our new staff in every team, offer advice to landlords and support families in need.', 'offer', 'VERB'],
    ['the last verb of that series, after "and"', 'We will train our new staff in every team, offer advice to landlords and support families in need.', 'support', 'VERB'],
    ['no verb read into a series of nouns', 'We will improve roads, bus stops and parks.', 'bus', 'NOUN'],
    ['a verb after "and" and an aside', 'We will review our buildings and, where possible, share space with partners.', 'share', 'VERB'],
    ['a verb in -s after "that" and a noun', 'We will set up a scheme that targets empty homes.', 'targets', 'VERB'],
    ['a second verb in -s after "and"', 'We will set up a scheme that targets empty homes and brings them back into use.', 'brings', 'VERB'],
    ['a plain form after a plural and "that"', 'We will act on the issues that matter most to residents.', 'matter', 'VERB'],
    ['a form in -s between a singular noun and a determiner', 'This plan addresses the needs of older people.', 'addresses', 'VERB'],
    ['a form in -s after "this"', 'This reports to the cabinet every year.', 'reports', 'VERB'],
    ['a plain form after a plural first word, before a preposition', 'Examples range from small repairs to new homes.', 'range', 'VERB'],
    ['a form in -ing after an object pronoun', 'Many young people look after relatives, with many of them caring for a parent.', 'caring', 'VERB'],
    ['a form in -ing between two nouns is part of a name', 'The household recycling rate rose last year.', 'recycling', 'NOUN'],
    ['a form in -ing after a possessive, before a noun, describes it', 'We will make better use of our existing buildings.', 'existing', 'ADJ'],
    ['a word between a determiner and a comma, before an adjective and a noun', 'Residents gave us a crucial, honest view of the service.', 'crucial', 'ADJ'],
    ['an adjective after "the" with no noun after it is a noun', 'We spoke to the public, local groups and partners.', 'public', 'NOUN'],
    ['a past form after "and" and a noun goes on with the verb before', 'We have planted trees and helped families to save money.', 'helped', 'VERB'],
    ['a past form between describing words after "and" describes', 'We want safe and improved roads.', 'improved', 'ADJ'],
    ['a capital word inside a name is part of it', 'The Fire Safety Act 2021 has extended our duties.', 'Act', 'PROPN'],
    ['an order starts with its verb', 'Support our carers through better respite care', 'Support', 'VERB'],
    ['an order whose verb goes on after "to" and "and"', 'Help young people to find and keep good jobs', 'Help', 'VERB']
  ])('%s', (_kind, text, word, part) => {
    expect(partOf(text, word)).toBe(part)
  })

  test('no order where a verb of a clause follows, or where the word is no verb before what follows it', () => {
    expect(partOf('Design work will start in the spring', 'Design')).not.toBe('VERB')
    expect(partOf('Support for carers in every ward', 'Support')).not.toBe('VERB')
  })

  test('lemmas keep British spelling, and "being" is a form of "be" that heads no clause', () => {
    expect(readSentence('We will analyse the data and prioritise the results.').words.filter((word) => word.pos === 'VERB').map((word) => word.lemma)).toEqual(['analyse', 'prioritise'])
    const being = readSentence('We will involve staff, with their safety being paramount.').verbs.find((verb) => verb.text === 'being')
    expect(being?.nonFinite).toBe(true)
    expect(being?.head.gerund).toBe(true)
  })

  test('a helper written short is named in full', () => {
    expect(readSentence("We'll plant more trees in the park.").verbs.map((verb) => [verb.text, verb.auxiliary])).toEqual([["'ll plant", 'will']])
  })
})
