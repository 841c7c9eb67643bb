import {readFile} from 'node:fs/promises'
import {describe, expect, test} from 'vitest'
// @ts-expect-error: a JavaScript script, without types
import {emojiNames, tablePath, toJson} from '../../scripts/emoji-names.js'
import {emojiLabel, searchEmoji} from '../../src/layout/emoji-search.js'

describe('the emoji names table (glossary/emoji-names.json, cut from emojibase-data)', () => {
  test('is what scripts/emoji-names.js makes from the installed emojibase-data and Noto set (run it after an update)', async () => {
    expect(await readFile(tablePath as string, 'utf8')).toBe(toJson(await emojiNames()))
  })

  test('names icons for alt text and finds pictures by name, never a face', () => {
    expect(emojiLabel('police-car')).toBe('police car')
    expect(emojiLabel('grinning-face')).toBe('grinning face')
    expect(searchEmoji('detectives')).toEqual({icon: 'detective', label: 'detective'})
    expect(searchEmoji('house')).toEqual({icon: 'house', label: 'house'})
    // A face has a name for its alt text, but no keyword finds it.
    expect(searchEmoji('grinning face')).toBeUndefined()
    expect(emojiLabel('no-such-icon')).toBeUndefined()
  })
})
