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
