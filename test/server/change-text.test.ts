import {describe, expect, test} from 'vitest'
import {anchorChanges, hunks, rewrite} from '../../src/server/client/change-text.js'

/** Apply a rewrite's edits to the text (from the end, so that each edit's place holds). */
function apply(text: string, from: string, to: string): string {
  const result = rewrite(text, from, to)
  if (!result.ok) throw new Error(result.reason)
  return [...result.edits].sort((a, b) => b.from - a.from).reduce((now, edit) => now.slice(0, edit.from) + edit.insert + now.slice(edit.to), text)
}

// The kinds of change the simplify stage records (as on the seed plan): a word swap, a cut into two sentences, an order made a sentence.
const split = {
  before: 'Throughout my time as Chief Constable, Police Scotland has continually developed to make sure we provide effective policing now and in the future.',
  after: 'Throughout my time as Chief Constable, Police Scotland has continually developed. This is to make sure we provide effective policing now and in the future.'
}

describe('a change made or undone on the sentence as it now stands', () => {
  test('the runs of words that differ, and nothing else', () => {
    expect(hunks(['a', 'b', 'c'], ['a', 'x', 'c'])).toEqual([{start: 1, remove: ['b'], insert: ['x']}])
    expect(hunks(['developed', 'to', 'make'], ['developed.', 'This', 'is', 'to', 'make'])).toEqual([{start: 0, remove: ['developed'], insert: ['developed.', 'This', 'is']}])
    expect(hunks(['a'], ['a'])).toEqual([])
  })

  test('a split undone and taken again, with the writer’s edit elsewhere in the sentence kept', () => {
    const edited = split.after.replace('effective policing', 'good policing')
    const undone = apply(edited, split.after, split.before)
    expect(undone).toBe(split.before.replace('effective policing', 'good policing'))
    expect(apply(undone, split.before, split.after)).toBe(edited)
  })

  test('a word swap inside a sentence: bold marks around other words stay, and a removal leaves one space', () => {
    expect(apply('we ensure it', 'ensure', 'make sure')).toBe('we make sure it')
    expect(apply('make sure', 'make sure', 'ensure')).toBe('ensure')
    expect(apply('We will develop and **implement** a multiagency **action plan**.', 'We will develop and implement a multiagency action plan.', 'We will develop and carry out a multiagency action plan.'))
      .toBe('We will develop and carry out a multiagency **action plan**.')
    expect(apply('We will act now to help.', 'We will act now to help.', 'We will act to help.')).toBe('We will act to help.')
  })

  test('a change whose own words the writer reworded can no longer apply, and says which words', () => {
    const result = rewrite(split.after.replace('developed. This is', 'grown. That is'), split.after, split.before)
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.reason).toContain('developed.')
  })

})

describe('each made change is anchored where its words are in the draft', () => {
  const draft = [
    '# Our plan',
    '',
    'We will make sure the roads are safe.',
    '',
    'We will make sure you can reach us. This is to make sure you feel safe.',
    '',
    '<!-- easyread-left-out [foreword]: We are very proud. -->'
  ].join('\n')

  test('changes of one plan line nest (a swap inside a split sentence); the same words later are another change’s', () => {
    const anchors = anchorChanges(draft, [
      {before: 'ensure', after: 'make sure', line: 3},
      {before: 'ensure', after: 'make sure', line: 5},
      {before: 'ensure', after: 'make sure', line: 5},
      {before: 'We will make sure you can reach us so that you feel safe.', after: 'We will make sure you can reach us. This is to make sure you feel safe.', line: 5},
      {before: 'incredibly', after: 'very', line: 9},
      {before: 'gone', after: 'words no longer there', line: 10}
    ])
    const words = anchors.map((anchor) => (anchor ? draft.slice(anchor.from, anchor.to) : undefined))
    expect(words).toEqual(['make sure', 'make sure', 'make sure', 'We will make sure you can reach us. This is to make sure you feel safe.', 'very', undefined])
    expect(anchors[1]!.from).toBeLessThan(anchors[2]!.from)
    expect(draft.slice(0, anchors[0]!.from)).toBe('# Our plan\n\nWe will ')
    expect(draft.lastIndexOf('make sure')).toBe(anchors[2]!.from)
  })

  test('whole words only: "on" is not found in "upon"', () => {
    const text = 'We rely upon you. We count **on** you.'
    const [anchor] = anchorChanges(text, [{before: 'upon', after: 'on'}])
    expect(anchor).toEqual({from: text.indexOf('**on**'), to: text.indexOf('**on**') + 6})
  })

  test('bold marks and line breaks inside the words do not hide them', () => {
    const [anchor] = anchorChanges('We work with **partner agencies**\nin the area.', [{before: 'x', after: 'with partner agencies in the area.'}])
    expect(anchor).toEqual({from: 8, to: 46})
  })
})
