import {beforeAll, describe, expect, test} from 'vitest'
import type {SentenceReport} from '../../src/readability/types.js'
import {checkMarkdown, ruleIds} from './helpers.js'

// Each case is one paragraph of its own: [sentence, the rules expected (empty: it must pass with no finding)].
const mustPass: string[] = [
  'We will keep you safe.',
  'Tell us what you think.',
  'The police work with the council.',
  'We cannot do this alone.',
  'Call 999 in an emergency.',
  'There are 13 local police areas in Scotland.',
  'Three officers work in each town.',
  'We are interested in your views.',
  'People feel safer in their neighbourhood.',
  'Our organisation wants to hear from you.',
  'Officers from Police Scotland visit schools in Lanarkshire.',
  'Violence Against Women and Girls (VAWG) is a crime.',
  'We help people who live in the local area.',
  'We will check the work.',
  // Two verbs of one subject in a sentence of 15 words or fewer are one idea (README: "How each rule decides").
  'We will check the work and tell you what we find.'
]

const mustFail: Array<[string, string[]]> = [
  ['Support is provided to victims of crime.', ['no-passive']],
  ['Funding will be allocated next year.', ['no-passive', 'hard-words']],
  ['Reports are being reviewed by the team.', ['no-passive']],
  ['The plan has been agreed by councillors.', ['no-passive']],
  ['Checks will be carried out.', ['no-passive']],
  ['We will work with partners and we will keep people safe.', ['one-idea']],
  ['We listen to you, but we cannot always help.', ['one-idea']],
  ['We will check the work; our partners will help.', ['one-idea']],
  // A second clause with its own subject is a second idea, however short the sentence.
  ['We will check the work and you will hear what we find.', ['one-idea']],
  ['The plan, which we wrote last year, sets out our work.', ['one-idea']],
  ['We can\'t do this alone.', ['no-contractions']],
  ['It\'s a good plan.', ['no-contractions']],
  ['We will visit two schools every week.', ['numbers-as-digits']],
  ['We have twenty-five officers.', ['numbers-as-digits']],
  ['The ASB team meets every week.', ['explain-acronyms']],
  ['We will use synergistic approaches.', ['hard-words']],
  ['The officers will liaise with schools.', ['hard-words']],
  ['This is VERY IMPORTANT news.', ['bold-emphasis-only']],
  ['This is *really* good news.', ['bold-emphasis-only']],
  ['This is <u>really</u> good news.', ['bold-emphasis-only']],
  ['We will work with local people in every town and village to make sure that they feel safe at home.', ['sentence-length']]
]

let passed: SentenceReport[]
let failed: SentenceReport[]

beforeAll(async () => {
  passed = (await checkMarkdown(mustPass.join('\n\n') + '\n')).sentences
  failed = (await checkMarkdown(mustFail.map(([text]) => text).join('\n\n') + '\n')).sentences
})

describe('sentences that must pass', () => {
  test.each(mustPass.map((text, index) => [text, index] as const))('%s', (text, index) => {
    const sentence = passed[index]!
    expect(sentence.text).toBe(text)
    expect(ruleIds(sentence)).toEqual([])
    expect(sentence.verdict).toBe('pass')
  })
})

describe('sentences that must not pass, with the rule expected', () => {
  test.each(mustFail.map(([text, rules], index) => [text, rules, index] as const))('%s → %j', (text, rules, index) => {
    const sentence = failed[index]!
    expect(sentence.text).toBe(text.replace(/<\/?u>/g, '').replace(/\*/g, ''))
    expect(ruleIds(sentence)).toEqual(rules)
    expect(sentence.verdict).not.toBe('pass')
    // The verdict names the rule that decided it.
    expect(sentence.reasons.map((reason) => reason.ruleId)).toEqual(expect.arrayContaining(rules))
  })
})

describe('severities and verdicts', () => {
  test('over 15 words warns, over 20 fails', async () => {
    const {sentences} = await checkMarkdown('We will work with local people in every town and village to keep them safe at home.\n\nWe will work with local people in every town and village to make sure that they all feel safe at home and at work.\n')
    expect(sentences.map((sentence) => [sentence.counts.words, sentence.findings.find((finding) => finding.ruleId === 'sentence-length')?.severity])).toEqual([[17, 'warning'], [24, 'error']])
    expect(sentences.map((sentence) => sentence.verdict)).toEqual(['warn', 'fail'])
  })
  test('three main clauses in a sentence fail, two warn', async () => {
    const {sentences} = await checkMarkdown('We listen and we act.\n\nWe listen, but we act and we tell you.\n')
    expect(sentences.map((sentence) => sentence.findings.find((finding) => finding.ruleId === 'one-idea')?.severity)).toEqual(['warning', 'error'])
  })
  test('an acronym is reported at its first use only, and not once it is written out', async () => {
    const {sentences} = await checkMarkdown('The ASB team meets.\n\nThe ASB team helps.\n\nThe Community Action Team (CAT) helps.\n\nThe CAT team meets.\n')
    expect(sentences.map(ruleIds)).toEqual([['explain-acronyms'], [], [], []])
    expect(sentences[0]!.findings[0]!.expected).toBe('Antisocial Behaviour')
  })
  test('a number that starts a sentence stays in words', async () => {
    const {sentences} = await checkMarkdown('Two officers visit. We have two officers.\n')
    expect(sentences.map(ruleIds)).toEqual([[], ['numbers-as-digits']])
    expect(sentences[1]!.findings[0]!.expected).toBe('2')
  })
  test('a paragraph of more than 5 sentences is reported once, at its 6th sentence', async () => {
    const {sentences} = await checkMarkdown('We help. We listen. We act. We check. We tell you. We learn. We change.\n')
    expect(sentences.map((sentence) => ruleIds(sentence).includes('paragraph-length'))).toEqual([false, false, false, false, false, true, false])
  })
  test('a glossary term is familiar: "scrutiny board" is not a hard word once the glossary explains it', async () => {
    const {sentences} = await checkMarkdown('The scrutiny board checks the plan.\n\nThe scrutiny board meets each month.\n')
    expect(sentences.map(ruleIds)).toEqual([[], []])
    expect(sentences.map((sentence) => sentence.counts.daleChallUnfamiliar)).toEqual([0, 0])
  })
  test('British spellings count as familiar when the American form is on the Dale-Chall list', async () => {
    const {sentences} = await checkMarkdown('The colour of the neighbourhood centre is grey.\n\nThe color of the neighborhood center is gray.\n')
    expect(sentences[0]!.counts.daleChallUnfamiliar).toBe(sentences[1]!.counts.daleChallUnfamiliar)
  })
  test('the age option moves the formula verdict: a hard passage fails at 9 and passes the formulas at 18', async () => {
    // Reading age about 19 for the sentence and its passage: above 9 + 9, below 18 + 5.
    const hard = 'The partnership will consider the implementation of the performance framework. '.repeat(4)
    const at9 = await checkMarkdown(hard + '\n', {age: 9})
    const at18 = await checkMarkdown(hard + '\n', {age: 18})
    expect(at9.sentences[0]!.reasons.some((reason) => reason.ruleId === 'reading-age' && reason.verdict === 'fail')).toBe(true)
    expect(at18.sentences[0]!.reasons.some((reason) => reason.ruleId === 'reading-age')).toBe(false)
  })
})
