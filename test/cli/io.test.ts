import {describe, expect, test} from 'vitest'
import {progressAfter, wantsColour} from '../../src/cli/io.js'

describe('progressAfter: EASYREAD_PROGRESS_AFTER, in seconds', () => {
  test.each([
    ['0', 0],
    ['2', 2000],
    ['0.5', 500],
    [' 3 ', 3000]
  ])('%j is %d ms', (value, milliseconds) => {
    expect(progressAfter({EASYREAD_PROGRESS_AFTER: value})).toBe(milliseconds)
  })

  test.each(['', 'soon', '-1', '1s', 'Infinity'])('%j is not used: the default second stays', (value) => {
    expect(progressAfter({EASYREAD_PROGRESS_AFTER: value})).toBeUndefined()
  })

  test('unset, the default', () => {
    expect(progressAfter({})).toBeUndefined()
  })
})

describe('wantsColour', () => {
  test('FORCE_COLOR wins over NO_COLOR and the terminal; NO_COLOR turns a terminal off; a pipe has none', () => {
    expect(wantsColour({isTTY: false}, {FORCE_COLOR: '1', NO_COLOR: '1'})).toBe(true)
    expect(wantsColour({isTTY: true}, {FORCE_COLOR: '0'})).toBe(false)
    expect(wantsColour({isTTY: true}, {NO_COLOR: '1'})).toBe(false)
    expect(wantsColour({isTTY: true}, {TERM: 'xterm'})).toBe(true)
    expect(wantsColour({isTTY: true}, {TERM: 'dumb'})).toBe(false)
    expect(wantsColour({isTTY: false}, {})).toBe(false)
  })
})
