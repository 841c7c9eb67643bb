import path from 'node:path'
import {readFile} from 'node:fs/promises'
import {beforeAll, describe, expect, test} from 'vitest'
import {loadGlossary} from '../../src/glossary/load.js'
import {createMatcher, type Matcher} from '../../src/glossary/match.js'
import {parseSignal} from '../../src/glossary/sense.js'
import {easyReadPlan, fullPlan, root} from '../helpers/paths.js'

let matcher: Matcher
/** The seeds, read at load: the cases below are cut from them. */
const seedText = (await readFile(fullPlan, 'utf8')) + (await readFile(easyReadPlan, 'utf8'))

beforeAll(async () => {
  const loaded = await loadGlossary([path.join(root, 'glossary', 'terms')])
  if (!loaded.ok) throw new Error('the shipped glossary must load')
  matcher = createMatcher(loaded.value)
})

/** The ids of the terms the matcher finds in a text. */
const found = (text: string) => matcher.find(text).map((match) => match.entry.id)

/** A line of the seeds that holds `words`, cut to its sentence: the real use, read from the seed (never shipped). */
function fromSeeds(words: string): string {
  const at = seedText.indexOf(words)
  if (at === -1) throw new Error(`the seeds no longer say "${words}"`)
  const start = Math.max(seedText.lastIndexOf('.', at), seedText.lastIndexOf('\n', at)) + 1
  const ends = ['.', '\n'].map((mark) => seedText.indexOf(mark, at + words.length)).filter((end) => end !== -1)
  return seedText.slice(start, Math.min(...ends)).trim()
}

// [text, term id, whether the term is used in its entry's sense]. Seed sentences first, then our own.
const uses: Array<[string, string, boolean]> = [
  // "accessible": easy to reach or contact is not the step-free sense of the entry.
  [fromSeeds('visible and accessible policing to local communities'), 'accessible', false],
  [fromSeeds('we are directly accessible, transparent'), 'accessible', false],
  [fromSeeds('How directly accessible are the Senior Leadership Team'), 'accessible', false],
  ['Our officers are accessible by phone and online.', 'accessible', false],
  ['Local officers are always visible and accessible to the people they serve.', 'accessible', false],
  ['Every police station will have an accessible toilet.', 'accessible', true],
  ['We will give you this plan in accessible formats, like large print and easy read.', 'accessible', true],
  ['Our buildings are accessible to disabled people.', 'accessible', true],
  [fromSeeds('providing services that are relevant, accessible and effective'), 'accessible', true],
  // "confidence": trust in the police, not belief in yourself.
  [fromSeeds('maintaining their confidence in us'), 'confidence', true],
  [fromSeeds('measuring and improving public confidence and satisfaction'), 'confidence', true],
  ['The club helps young people gain the confidence to speak up.', 'confidence', false],
  ['Some victims lack confidence in themselves after a crime.', 'confidence', false],
  ['We want more people to have confidence in the police.', 'confidence', true],
  // "inclusion": taking part in society, not putting an item in a list.
  [fromSeeds('promoting equality, diversity and inclusion'), 'inclusion', true],
  ['We checked every figure before its inclusion in the report.', 'inclusion', false],
  ['The inclusion of these dates in the plan helps us keep track.', 'inclusion', false],
  ['Social inclusion matters to everyone in our town.', 'inclusion', true],
  // A term inside a longer name is the name, not the term.
  [fromSeeds('Local Outcome Improvement Plans taken'), 'outcome', false],
  ['The Community Safety Outcome Group meets each month.', 'outcome', false],
  ['Outcome Improvement Plans guide the work of the council.', 'outcome', false],
  ['Councillor Jones chairs the board.', 'councillor', true],
  [fromSeeds('An **outcome** is what we want to happen').replace(/\*\*/g, ''), 'outcome', true],
  ['Outcome: people feel safer at home.', 'outcome', true],
  ['This outcome is important to us.', 'outcome', true]
]

describe('glossary senses: a term used another way gets no bold and no box', () => {
  test.each(uses)('%s → %s %s', (text, id, inSense) => {
    if (inSense) expect(found(text)).toContain(id)
    else expect(found(text)).not.toContain(id)
  })
})

describe('a term in bold is judged by the words around the bold', () => {
  test('"**accessible** by phone" is another sense; "**accessible** toilets" is this one', () => {
    expect(matcher.find('accessible', {before: 'Our officers are ', after: ' by phone and online.'})).toEqual([])
    expect(matcher.find('accessible', {before: 'Every station has ', after: ' toilets.'}).map((match) => match.entry.id)).toEqual(['accessible'])
  })
  test('matches stay inside the piece, at offsets into it', () => {
    expect(matcher.find('Outcome', {before: 'the Local ', after: ' Improvement Plan'})).toEqual([])
    expect(matcher.find('our outcome', {before: 'This is ', after: ' for the year.'}).map((match) => [match.start, match.end])).toEqual([[4, 11]])
  })
})

describe('sense signals as written in a glossary file', () => {
  test('a word, a phrase near the term, and phrases tied to the words before or after it', () => {
    expect(parseSignal('Wheelchair')).toEqual({words: ['wheelchair'], place: 'near'})
    expect(parseSignal('large print')).toEqual({words: ['large', 'print'], place: 'near'})
    expect(parseSignal('easily ~')).toEqual({words: ['easily'], place: 'before'})
    expect(parseSignal('~ to the public')).toEqual({words: ['to', 'the', 'public'], place: 'after'})
  })
  test('a badly made signal is a message, not a signal', () => {
    for (const bad of ['', '~', '~ ~', 'in ~ here', 'in~', 'list!']) expect(typeof parseSignal(bad)).toBe('string')
  })
})
