import {createRequire} from 'node:module'
import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {lexemeLookup, placesOf} from '../../src/lang/wink-model.js'

// wink's lexeme lookup is an open-addressed table the build keeps with the model (src/lang/wink-model.ts): it must
// answer every word as a Map filled from the list in order would, and take the words wink adds.
const require = createRequire(import.meta.url)
const coreFile = require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json')

describe("the lexeme's table", () => {
  test("finds each of the model's words at its place, as a Map of the list does", () => {
    const list = (JSON.parse(readFileSync(coreFile, 'utf8')) as {features: {lexeme: {list: string[]}}}).features.lexeme.list
    expect(list.length).toBeGreaterThan(80_000)
    const byMap = new Map(list.map((word, at) => [word, at]))
    const lookup = lexemeLookup(list, placesOf(list))
    const differ = list.filter((word) => lookup[word] !== byMap.get(word))
    expect(differ).toEqual([])
    for (const word of ['constructor', '__proto__', 'toString', 'zzqxv', '']) expect(lookup[word], word).toBe(byMap.get(word))
  })

  test('a word listed twice is found at its last place; a word wink adds is found after it is added', () => {
    const list = ['plan', 'council', 'plan', 'street']
    const lookup = lexemeLookup(list, placesOf(list))
    expect(lookup.plan).toBe(2)
    expect(lookup.council).toBe(1)
    expect(lookup.street).toBe(3)
    expect(lookup.scrutiny).toBeUndefined()
    expect('scrutiny' in lookup).toBe(false)
    lookup.scrutiny = 4
    expect(lookup.scrutiny).toBe(4)
    expect('scrutiny' in lookup).toBe(true)
    expect(lookup.plan).toBe(2)
  })

  test('the table has at least twice as many slots as words, so the search for a missing word ends at an empty one', () => {
    const list = Array.from({length: 1000}, (_, at) => `word${at}`)
    const places = placesOf(list)
    expect(places.length).toBe(2048)
    expect(places.filter((at) => at === -1).length).toBe(1048)
    expect(lexemeLookup(list, places)['word999']).toBe(999)
    expect(lexemeLookup(list, places)['word1000']).toBeUndefined()
  })
})
