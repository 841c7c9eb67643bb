import {describe, expect, test} from 'vitest'
import {daleChallGradeLevel} from 'dale-chall-formula'
import {scoreCounts, readingAges} from '../../src/readability/formulas.js'
import {countWords} from '../../src/readability/counts.js'
import {wordsOf} from '../../src/readability/words.js'
import type {SentenceCounts} from '../../src/readability/types.js'

const none: SentenceCounts = {words: 0, syllables: 0, letters: 0, characters: 0, polysyllables: 0, complexWords: 0, daleChallUnfamiliar: 0, spacheUnfamiliar: 0}
const counts = (partial: Partial<SentenceCounts>): SentenceCounts => ({...none, ...partial})

// The examples each formula package publishes in its readme (node_modules/<package>/readme.md), through our scoreCounts.
describe('formula values match each package’s published examples', () => {
  test('flesch: "The cat sat on the mat" (6 words, 6 syllables) → 116.145; the platypus sentence (12 words, 23 syllables) → 32.505', () => {
    expect(scoreCounts(counts({words: 6, syllables: 6})).fleschReadingEase).toBeCloseTo(116.145, 3)
    expect(scoreCounts(counts({words: 12, syllables: 23})).fleschReadingEase).toBeCloseTo(32.505, 3)
  })
  test('flesch-kincaid: 13 words, 26 syllables → 13.08', () => {
    expect(scoreCounts(counts({words: 13, syllables: 26})).fleschKincaidGrade).toBeCloseTo(13.08, 2)
  })
  test('gunning-fog: 13 words, 2 complex words → 11.3538', () => {
    expect(scoreCounts(counts({words: 13, complexWords: 2})).gunningFog).toBeCloseTo(11.35384, 4)
  })
  test('smog-formula: 1 sentence, 4 polysyllables → 14.5546', () => {
    expect(scoreCounts(counts({polysyllables: 4})).smog).toBeCloseTo(14.554593, 5)
  })
  test('coleman-liau: 5 sentences, 119 words, 639 letters → 14.5304', () => {
    expect(scoreCounts(counts({words: 119, letters: 639}), 5).colemanLiau).toBeCloseTo(14.53042, 4)
  })
  test('automated-readability: 6 sentences, 151 words, 623 characters → 4.71·c/w + 0.5·w/s − 21.43', () => {
    expect(scoreCounts(counts({words: 151, characters: 623}), 6).automatedReadability).toBeCloseTo(4.71 * (623 / 151) + 0.5 * (151 / 6) - 21.43, 6)
  })
  test('dale-chall-formula: 30 words, 2 sentences, 6 difficult words → grade 9–10, as published', () => {
    const scores = scoreCounts(counts({words: 30, daleChallUnfamiliar: 6}), 2)
    // The readme prints 4.41208 for this example, but its own code (and its own grade band, [9, 10]) give
    // 0.1579 × 20% + 0.0496 × 15 words a sentence + 3.6365 (more than 5% difficult words) = 7.5385.
    expect(scores.daleChall).toBeCloseTo(0.1579 * 20 + 0.0496 * 15 + 3.6365, 6)
    expect(daleChallGradeLevel(scores.daleChall)).toEqual([9, 10])
    // The grade band's middle (9.5) + 5 is the reading age.
    expect(readingAges(scores).daleChall).toBeCloseTo(14.5, 5)
  })
  test('spache-formula: 30 words, 2 sentences, 6 unfamiliar words → 4.114', () => {
    expect(scoreCounts(counts({words: 30, spacheUnfamiliar: 6}), 2).spache).toBeCloseTo(4.114, 3)
  })
  test('every grade formula becomes a reading age of grade + 5', () => {
    const scores = scoreCounts(counts({words: 13, syllables: 26, complexWords: 2, polysyllables: 4, letters: 70, characters: 75}))
    const ages = readingAges(scores)
    expect(ages.fleschKincaidGrade).toBeCloseTo(scores.fleschKincaidGrade + 5, 9)
    expect(ages.smog).toBeCloseTo(scores.smog + 5, 9)
    expect(ages).not.toHaveProperty('fleschReadingEase')
  })
})

describe('our counts of the readmes’ own sentences agree with theirs', () => {
  test('"The cat sat on the mat": 6 words, 6 syllables', () => {
    const words = wordsOf('The cat sat on the mat')
    const result = countWords(words, words.map(() => false), new Map())
    expect([result.words, result.syllables]).toEqual([6, 6])
  })
  test('the platypus sentence: 13 words, 26 syllables, 4 polysyllables (flesch-kincaid and smog-formula readmes)', () => {
    const words = wordsOf('The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.')
    const result = countWords(words, words.map(() => false), new Map())
    expect([result.words, result.syllables, result.polysyllables]).toEqual([13, 26, 4])
  })
  test('the Coleman-Liau passage: 119 words and 639 letters or digits', () => {
    const passage = 'Existing computer programs that measure readability are based largely upon subroutines which estimate number of syllables, usually by counting vowels. The shortcoming in estimating syllables is that it necessitates keypunching the prose into the computer. There is no need to estimate syllables since word length in letters is a better predictor of readability than word length in syllables. Therefore, a new readability formula was computed that has for its predictors letters per 100 words and sentences per 100 words. Both predictors can be counted by an optical scanning device, and thus the formula makes it economically feasible for an organization such as the U.S. Office of Education to calibrate the readability of all textbooks for the public school system.'
    const words = wordsOf(passage)
    const result = countWords(words, words.map(() => false), new Map())
    expect(result.letters).toBe(639)
    expect(result.words).toBe(119)
  })
})
