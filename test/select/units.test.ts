import type {List} from 'mdast'
import {describe, expect, test} from 'vitest'
import {blockText, leftOutOf} from '../../src/select/units.js'

/** The select stage reads a block's words as one line: a list item's sentences keep the space between them. */
const list: List = {
  type: 'list',
  ordered: false,
  spread: false,
  children: [
    {type: 'listItem', spread: false, children: [
      {type: 'paragraph', children: [{type: 'text', value: 'Patrol the park.'}]},
      {type: 'paragraph', children: [{type: 'text', value: 'At night.'}]}
    ]},
    {type: 'listItem', spread: false, children: [{type: 'paragraph', children: [{type: 'text', value: 'Visit '}, {type: 'strong', children: [{type: 'text', value: 'schools'}]}, {type: 'text', value: '.'}]}]}
  ]
}

describe('blockText', () => {
  test('a list item of two sentences, and a list of items, read with a space between', () => {
    expect(blockText(list.children[0]!)).toBe('Patrol the park. At night.')
    expect(blockText(list)).toBe('Patrol the park. At night. Visit schools.')
  })

  test('the record of a left-out item has its sentences apart', () => {
    expect(leftOutOf(list.children[0]!, 'action', 'room').text).toBe('Patrol the park. At night.')
  })
})
