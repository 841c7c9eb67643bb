import type {Paragraph, Text} from 'mdast'
import {visit} from 'unist-util-visit'
import {describe, expect, test} from 'vitest'
import {VFile} from 'vfile'
import {markdownReader} from '../../src/read/markdown.js'
import {slicePosition, sliceText} from '../../src/util/point.js'

/** The first paragraph's text node of a Markdown plan, as the reader makes it, and the plan. */
async function firstText(markdown: string): Promise<{node: Text; markdown: string}> {
  const tree = await markdownReader.read(new VFile({value: markdown, path: 'plan.md'}))
  let paragraph: Paragraph | undefined
  visit(tree, 'paragraph', (node) => {
    paragraph ??= node
  })
  return {node: paragraph!.children[0] as Text, markdown}
}

/** What the plan has at a position's offsets: the words the place points at. */
const at = (markdown: string, place: ReturnType<typeof slicePosition>) => markdown.slice(place!.start.offset, place!.end.offset)

describe('slicePosition and sliceText: the exact place of part of a text node', () => {
  test('a paragraph on one line: the place is the offsets in the value', async () => {
    const {node, markdown} = await firstText('# Plan\n\nWe will keep the park clean.\n')
    const place = slicePosition(node, 8, 12)
    expect(at(markdown, place)).toBe('keep')
    expect(place!.start).toMatchObject({line: 3, column: 9})
  })

  test('a wrapped paragraph with a space left at the line ends (which Markdown drops): still exact', async () => {
    const markdown = '# Plan\n\nWe will work with partners \nacross the region to keep \npeople safe.\n'
    const {node} = await firstText(markdown)
    expect(node.value).toBe('We will work with partners\nacross the region to keep\npeople safe.')
    expect(node.data?.source).toBe('We will work with partners \nacross the region to keep \npeople safe.')
    const start = node.value.indexOf('region')
    const place = slicePosition(node, start, node.value.indexOf('safe') + 4)
    expect(at(markdown, place)).toBe('region to keep \npeople safe')
    expect(place).toMatchObject({start: {line: 4, column: 12}, end: {line: 5, column: 12}})
  })

  test("a list item's next lines, indented in the plan and not in the value: the indent is passed over", async () => {
    const markdown = '# Plan\n\n- We will work with partners\n    across the region.\n'
    const {node} = await firstText(markdown)
    expect(node.value).toBe('We will work with partners\nacross the region.')
    const word = node.value.indexOf('across')
    expect(at(markdown, slicePosition(node, word, word + 6))).toBe('across')
    expect(slicePosition(node, word, word + 6)!.start).toMatchObject({line: 4, column: 5})
    // A point (an empty slice) before a word of the next line is at the word, not in the indent.
    expect(slicePosition(node, word, word)!.start).toMatchObject({line: 4, column: 5})
  })

  test('a slice keeps the source of its own place, so that a slice of it is exact too', async () => {
    const markdown = '# Plan\n\nWe will work with partners \n  across the region to keep people safe.\n'
    const {node} = await firstText(markdown)
    const tail = sliceText(node, node.value.indexOf('partners'), node.value.length)
    expect(tail.data?.source).toBe('partners \n  across the region to keep people safe.')
    const safe = tail.value.indexOf('safe')
    expect(at(markdown, slicePosition(tail, safe, safe + 4))).toBe('safe')
    // A slice within one line needs no source of its own.
    expect(sliceText(tail, safe, safe + 4).data).toBeUndefined()
  })

  test('a backslash escape and a character reference, which Markdown decodes: still exact after them', async () => {
    const markdown = '# Plan\n\nWe will \\*always\\* work with health &amp; care\npartners &#8211; and you.\n'
    const {node} = await firstText(markdown)
    expect(node.value).toBe('We will *always* work with health & care\npartners – and you.')
    for (const word of ['always', 'care', 'partners', 'you']) {
      const start = node.value.indexOf(word)
      expect(at(markdown, slicePosition(node, start, start + word.length)), word).toBe(word)
    }
    // The reference itself is the place of the character it stands for.
    const dash = node.value.indexOf('–')
    expect(at(markdown, slicePosition(node, dash, dash + 1))).toBe('&#8211;')
  })

  test('a value that differs from its source otherwise gets no place, rather than a wrong one', () => {
    const node: Text = {type: 'text', value: 'We will work\nwith you.', position: {start: {line: 1, column: 1, offset: 0}, end: {line: 2, column: 12, offset: 24}}, data: {source: 'We will walk\n  with you.'}}
    expect(slicePosition(node, node.value.indexOf('you'), node.value.length)).toBeUndefined()
  })
})
