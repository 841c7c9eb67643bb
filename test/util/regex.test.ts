import {readFile, readdir} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {createPhraseFinder, escapeRegExp, findWholeWords} from '../../src/util/regex.js'
import {loadSimplifyData} from '../../src/simplify/load.js'
import {root, seeds} from '../helpers/paths.js'

/** What `findWholeWords` stands in for: the expression it saves compiling. */
function byExpression(text: string, words: string): {index: number; text: string} | undefined {
  const found = new RegExp(`(?<![\\p{L}\\p{N}'’-])${escapeRegExp(words).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}'’-])`, 'u').exec(text)
  return found ? {index: found.index, text: found[0]} : undefined
}

describe('findWholeWords', () => {
  const cases: Array<[string, string]> = [
    ['We will work in partnership with schools.', 'in partnership with'],
    ['We will work in\npartnership  with schools.', 'in partnership with'],
    ['Partnerships in partnership with', 'partnership'],
    ['the co-operation and operation', 'operation'],
    ['the council’s plan and the council plan', 'council'],
    ["the council's plan", 'council'],
    ['xa a a b', 'a a'],
    ['a2 a 3a', 'a'],
    ['𝐀word word', 'word'],
    ['word𝐀 word.', 'word'],
    ['😀word', 'word'],
    ['(approx.) approx. cost', 'approx.'],
    ['Utilise and utilise', 'utilise'],
    ['nothing here', 'absent'],
    ['', 'word']
  ]
  it.each(cases)('finds %j / %j where the expression does', (text, words) => {
    expect(findWholeWords(text, words)).toEqual(byExpression(text, words))
  })

  it('finds whole words only, with the words as the text has them', () => {
    expect(findWholeWords('Partnerships and a partnership', 'partnership')).toEqual({index: 19, text: 'partnership'})
    expect(findWholeWords('in\n partnership', 'in partnership')).toEqual({index: 0, text: 'in\n partnership'})
    expect(findWholeWords('re-use', 'use')).toBeUndefined()
  })
})

/** What `createPhraseFinder` stands in for: one `giu` expression of every phrase, in the order given. */
function phrasesByExpression(text: string, phrases: readonly string[]): Array<{index: number; text: string}> {
  const alternatives = phrases.map((phrase) => escapeRegExp(phrase).replace(/\s+/g, '\\s+'))
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}'’-])`, 'giu')
  return [...text.matchAll(pattern)].map((match) => ({index: match.index, text: match[0]}))
}

const found = (text: string, phrases: readonly string[]) => createPhraseFinder(phrases)(text).map(({index, text: words}) => ({index, text: words}))

describe('createPhraseFinder', () => {
  const cases: Array<[string, string[]]> = [
    ['We will CARRY OUT the work and carry   it out; carry\nout.', ['carry out', 'carry']],
    ['carry out', ['carry', 'carry out']],
    ['Utilise, utilises and re-utilise; utilise’s', ['utilise', 'utilises']],
    ['in order to in order in', ['in order to', 'in order', 'in']],
    ['a a a', ['a a']],
    ['xa a a b', ['a a']],
    ['𝐀word word 😀word word𝐀', ['word']],
    ['co-operate and co-operation, co operate', ['co-operate', 'co operate']],
    ['ſervice Service', ['service']],
    ['İstanbul and the plan', ['the plan', 'and']],
    ['approx. cost (approx.)', ['approx.']],
    ['nothing here', ['absent']],
    ['', ['word']]
  ]
  it.each(cases)('finds in %j what the expression of %j finds', (text, phrases) => {
    expect(found(text, phrases)).toEqual(phrasesByExpression(text, phrases))
  })

  it('names the phrase it matched, as given', () => {
    expect(createPhraseFinder(['carry out', 'carry'])('Carry\n out and carry')).toEqual([
      {index: 0, text: 'Carry\n out', phrase: 'carry out'},
      {index: 15, text: 'carry', phrase: 'carry'}
    ])
  })

  it('finds what the expression finds for the plain-word list, on every line of the seeds and sample plans', async () => {
    const data = loadSimplifyData()
    if (!data.ok) throw new Error('the simplify data does not load')
    const phrases = [...new Set(data.value.plainWords.map((entry) => entry.from.toLowerCase().replace(/\s+/g, ' ')))].sort((a, b) => b.length - a.length)
    const files = [...(await readdir(seeds)).map((name) => path.join(seeds, name)), ...(await readdir(path.join(root, 'plans'))).filter((name) => name.endsWith('.md')).map((name) => path.join(root, 'plans', name))]
    const lines = (await Promise.all(files.map((file) => readFile(file, 'utf8')))).flatMap((text) => text.split(/\n+/))
    const finder = createPhraseFinder(phrases)
    let matches = 0
    for (const line of lines) {
      const expected = phrasesByExpression(line, phrases)
      expect(finder(line).map(({index, text}) => ({index, text})), line).toEqual(expected)
      matches += expected.length
    }
    expect(matches).toBeGreaterThan(300)
  })
})
