import {beforeAll, describe, expect, test} from 'vitest'
import type {SentenceReport} from '../../src/readability/types.js'
import {checkMarkdown, ruleIds} from './helpers.js'

// Each class of false alarm the checker gave on real easy read: sentences of that kind that must now pass, and
// sentences close to them that must still be flagged (with the rules expected). Each case is a paragraph of its own.
const classes: Array<{name: string; pass: string[]; flag: Array<[string, string[]]>}> = [
  {
    name: 'naming with "be called" / "be known as" is not the passive voice',
    pass: ['This is called a hate crime.', 'These groups are called partnerships.', 'The group is known as the youth forum.'],
    flag: [['The meeting is called by the chair.', ['no-passive']], ['The results are known to the team.', ['no-passive']]]
  },
  {
    name: '"try and make", "go and see" are one action',
    pass: ['We will try and make the park safer.', 'Please come and talk to us.', 'Officers will go and see the family.'],
    flag: [['We will try and help, but we need you and you can help.', ['one-idea']]]
  },
  {
    name: 'a clause after "make sure" says what is made true',
    pass: ['We will make sure people are safe and feel welcome.'],
    flag: [['We will make sure people are safe and we will listen to them.', ['one-idea']]]
  },
  {
    name: 'two nouns joined by "and" are not two verbs',
    pass: ['Staff will be part of our decisions and changes.', 'Officers use the tools and powers that the law gives them.'],
    flag: [['Officers check the roads and they report problems.', ['one-idea']]]
  },
  {
    name: 'two verbs of one subject in a short sentence are one idea',
    pass: ['We listen and act.', 'Understand our communities and give them the right services.'],
    flag: [
      ['We will work with our partners in every town and keep people safe in their own homes.', ['sentence-length', 'one-idea']],
      ['We listen to you and act fast and tell you what we did.', ['one-idea']]
    ]
  },
  {
    name: 'a term and its explanation after a dash are judged as two pieces',
    pass: [
      'protecting **vulnerable** people – people who are at risk of harm or who cannot look after themselves',
      'counter terrorism - work that is done to stop terrorism',
      'domestic abuse - when you are hurt, bullied or frightened by a partner',
      'serious organised crime - crimes that are planned by groups, often working across countries'
    ],
    flag: [
      ['evidence - facts and things that could be given to a court to see if someone is guilty or not guilty of a crime', ['sentence-length']],
      ['We will talk to the people who live in every part of the area – and we will listen to them.', ['sentence-length', 'one-idea']],
      ['partnerships – work that is done by us and the council and we check it', ['one-idea']]
    ]
  },
  {
    name: 'a passive in a definition keeps the word explained as the subject',
    pass: ['A councillor is a person who is chosen by voters to speak for their area.', 'Fraud means when you are tricked out of your money.'],
    flag: [['The plan is agreed by councillors.', ['no-passive']], ['Help is given to victims.', ['no-passive']]]
  }
]

const reports = new Map<string, SentenceReport>()

beforeAll(async () => {
  const texts = classes.flatMap((kind) => [...kind.pass, ...kind.flag.map(([text]) => text)])
  const {sentences} = await checkMarkdown(texts.join('\n\n') + '\n')
  for (const sentence of sentences) reports.set(sentence.text, sentence)
}, 120_000)

const report = (text: string) => {
  const found = reports.get(text.replace(/\*\*/g, ''))
  if (!found) throw new Error(`no sentence "${text}"`)
  return found
}

describe.each(classes)('$name', ({pass, flag}) => {
  test.each(pass)('passes: %s', (text) => {
    expect(ruleIds(report(text))).toEqual([])
    expect(report(text).verdict).toBe('pass')
  })
  test.each(flag)('still flagged: %s → %j', (text, rules) => {
    expect(ruleIds(report(text))).toEqual(rules)
  })
})

describe('a topic word is reported at its first use only', () => {
  test('"independent" in a text about independence: once, at the first use; another hard word still reported', async () => {
    const {sentences} = await checkMarkdown('We help people live an independent life.\n\nAn independent life is a good life.\n\nWe will help you stay independent.\n\nLiving independently is our aim.\n\nWe will liaise with your family.\n')
    expect(sentences.map((sentence) => sentence.findings.filter((finding) => finding.ruleId === 'hard-words').map((finding) => finding.actual))).toEqual([['independent'], [], [], [], ['liaise']])
  })
})

describe('a hard word the text explains itself is not reported', () => {
  test('"shoplifting – …" and "Liaise means …" explain their word; a hard word in the explanation is still reported', async () => {
    const {sentences} = await checkMarkdown('- shoplifting – taking things from a shop without paying\n\nShoplifting is a crime.\n\nLiaise means to talk and work with someone.\n\nWe will liaise with schools.\n\n- graffiti – words that people illicitly paint on walls\n')
    expect(sentences.map((sentence) => sentence.findings.filter((finding) => finding.ruleId === 'hard-words').map((finding) => finding.actual))).toEqual([[], [], [], [], ['illicitly']])
  })
})

describe('headings and contents lines written as paragraphs are not sentences', () => {
  test('"Outcome", a title and contents lines are left out; sentences, list items and long lines without a full stop stay', async () => {
    const {sentences} = await checkMarkdown([
      'Outcome',
      'Clackmannanshire local policing plan 2023 to 2026',
      'Our priorities ........ 5',
      'How to contact us … 12',
      'We will keep working...',
      'We will help.',
      'Each local area has a good police service that meets the needs of the people there',
      '- Road safety'
    ].join('\n\n') + '\n')
    expect(sentences.map((sentence) => sentence.text)).toEqual(['We will keep working...', 'We will help.', 'Each local area has a good police service that meets the needs of the people there', 'Road safety'])
  })
})

describe('short sentences full of names', () => {
  test('place names count as short words: a sentence of them passes; long common words still score high', async () => {
    const {sentences} = await checkMarkdown('Clackmannanshire Council works with Police Scotland in Alloa and Tillicoultry.\n\nOrganisational accountability necessitates comprehensive institutional evaluation.\n')
    const [names, hard] = sentences
    expect(names!.verdict).toBe('pass')
    expect(names!.readingAge).toBeLessThan(14)
    expect(hard!.readingAge).toBeGreaterThan(18)
    expect(hard!.verdict).not.toBe('pass')
  })
})
