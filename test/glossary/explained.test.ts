import {describe, expect, test} from 'vitest'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import type {Root} from 'mdast'
import {explainedByText} from '../../src/glossary/explained.js'
import {createMatcher} from '../../src/glossary/match.js'
import type {GlossaryEntry} from '../../src/glossary/types.js'

const entry = (term: string, aliases: string[] = []): GlossaryEntry => ({id: term.toLowerCase().replace(/ /g, '-'), term, aliases, means: `${term} means something.`, source: {file: 'test.yml', line: 1, column: 1}})
const matcher = createMatcher(['councillor', 'wellbeing', 'objective', 'community', 'proactive', 'proactive service', 'terrorism', 'effective', 'Police Scotland', 'vision', 'partner', 'plan', 'anti-social behaviour', 'expertise', 'outcome', 'preventative', 'sexual crime'].map((term) => entry(term)))

function explained(markdown: string): string[] {
  const tree = unified().use(remarkParse).parse(markdown) as Root
  return [...explainedByText(tree, matcher)].sort()
}

/** Each case: a plan's text, and the terms it explains itself (ids). The sentences come from the two seeds. */
const cases: Array<[string, string, string[]]> = [
  ['X means …', 'Wellbeing means feeling comfortable, healthy and happy.', ['wellbeing']],
  ['A X is a …', 'A **councillor** is a person who is elected to the local council.', ['councillor']],
  ['An X is what …', 'An **outcome** is what we want to happen.', ['outcome']],
  ['X is an … without an article', 'Terrorism is an action or threat of violence.', ['terrorism']],
  ['a longer subject explains the term inside it', 'A **proactive service** is one that tries to stop problems.', ['proactive', 'proactive-service']],
  ['the word X … we mean', 'When we use the word **communities** in this plan we mean both:', ['community']],
  ['a dash a word on, in a list', '- what their **objectives** are – what they want to achieve', ['objective']],
  ['a dash two words on', '- work in a **preventative** way - to try to stop problems', ['preventative']],
  ['a dash with no space before it', '- supporting people affected by sexual crime– crimes like:', ['sexual-crime']],
  ['a dash in a paragraph', 'Police Scotland’s vision – what we want to see happen:', ['vision']],
  ['a bold term whose next sentence starts with it', '- **anti-social behaviour**\n\nAnti-social behaviour makes someone feel worried.', ['anti-social-behaviour']],
  ['a later explanation counts', '- people in their local community\n\nSome more words here.\n\nWhen we use the word communities we mean both:', ['community']],
  ['not: "is" then a verb', 'A local plan is made by each division.', []],
  ['not: a question', 'How effective is the process to secure support?', []],
  ['not: a subject led by a question word', 'How effective is the process to secure support.', []],
  ['not: a subject of several more words', 'Policing in Lanarkshire with partners is a team effort.', []],
  ['not: the name before a possessive', 'Police Scotland’s purpose – why we do this work', []],
  ['not: a dash before a clause', 'We will work with partners – we will listen to them.', []],
  ['not: a dash before a capital', 'Plan on a page – Lanarkshire Division', []],
  ['not: a plain term whose next sentence starts with it', 'We care about wellbeing.\n\nWellbeing matters to us all.', []],
  ['not: inside a heading', '# Wellbeing means being well', []]
]

describe('terms the plan explains itself', () => {
  test.each(cases)('%s: %j', (_name, markdown, expected) => {
    expect(explained(markdown)).toEqual(expected)
  })
})
