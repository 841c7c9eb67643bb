import {beforeAll, describe, expect, test} from 'vitest'
import type {Root, RootContent} from 'mdast'
import {visit} from 'unist-util-visit'
import type {EasyRow} from '../../src/types.js'
import {toString} from 'mdast-util-to-string'
import {easyReadPlan, fullPlan} from '../helpers/paths.js'
import {laidOut} from '../helpers/layout.js'
import {pictureId} from '../../src/layout/choose.js'

function rowsOf(tree: Root): EasyRow[] {
  const rows: EasyRow[] = []
  visit(tree, 'easyRow', (row) => {
    rows.push(row)
  })
  return rows
}

/** The containers rows are made in: the document and its plan blocks. */
function containers(tree: Root): RootContent[][] {
  const lists: RootContent[][] = [tree.children]
  visit(tree, 'planBlock', (block) => {
    lists.push(block.children as RootContent[])
  })
  return lists
}

describe.each([
  // The fewest callouts each plan must have in a sentence's row: the hand-made easy read explains most of its words
  // itself and uses everyday ones, so only a few of our boxes remain (test/glossary/seeds.test.ts, test/select).
  ['the full Lanarkshire plan', fullPlan, 4],
  ['the easy-read Clackmannanshire plan', easyReadPlan, 1]
] as const)('rows of %s', (_name, plan, fewestCallouts) => {
  let tree: Root
  beforeAll(async () => {
    tree = (await laidOut(plan)).tree
  })

  test('every sentence, list and callout of the document and its plan blocks sits in a row', () => {
    for (const children of containers(tree)) {
      const loose = children.filter((child) => child.type === 'paragraph' || child.type === 'list' || child.type === 'termCallout')
      expect(loose).toEqual([])
    }
    expect(rowsOf(tree).length).toBeGreaterThan(50)
  })

  test('a row is one idea: one sentence (or a list alone), then its list if the sentence leads into it, then callouts', () => {
    for (const row of rowsOf(tree)) {
      const kinds = row.children.map((child) => child.type).join(' ')
      expect(kinds).toMatch(/^(paragraph( list)?|list|termCallout)( termCallout)*$/)
      if (/^paragraph list/.test(kinds)) expect(toString(row.children[0]!)).toMatch(/:\s*$/)
    }
  })

  test('callouts stay in the row of the sentence they explain (or the next, when that row had one), and that sentence uses the term in bold', () => {
    let checked = 0
    const rows = rowsOf(tree)
    rows.forEach((row, index) => {
      if (row.children[0]?.type !== 'paragraph') return
      for (const callout of row.children.filter((child) => child.type === 'termCallout')) {
        // The term is used in the row's sentence, or in the list it leads into (a list's new terms are explained
        // after it); a second new term waits for the next row, never longer.
        const uses: string[] = []
        for (const near of [row, ...rows.slice(Math.max(0, index - 1), index)]) {
          for (const child of near.children) {
            if (child.type === 'termCallout') continue
            visit(child, 'termUse', (use) => {
              uses.push(use.termId)
            })
          }
        }
        expect(uses).toContain(callout.termId)
        checked++
      }
    })
    expect(checked).toBeGreaterThanOrEqual(fewestCallouts)
  })

  test('no picture twice on consecutive rows; every picture says what it shows', () => {
    const rows = rowsOf(tree)
    for (let index = 1; index < rows.length; index++) {
      const [before, after] = [rows[index - 1]!.picture, rows[index]!.picture]
      if (before && after) expect(pictureId(after)).not.toBe(pictureId(before))
    }
    const pictured = rows.filter((row) => row.picture)
    // With the shipped word table (glossary/pictures.yml) about 4 rows in 5 get a picture; the rest get none rather than a wrong one.
    expect(pictured.length).toBeGreaterThan(rows.length * 0.6)
    expect(pictured.length).toBeLessThan(rows.length)
    for (const row of pictured) expect(row.picture!.alt.trim().length).toBeGreaterThan(2)
  })
})

describe('the easy-read plan’s lists', () => {
  test('“The plan says:” and its list are one row', async () => {
    const {tree} = await laidOut(easyReadPlan)
    const row = rowsOf(tree).find((each) => toString(each.children[0]!) === 'The plan says:')
    expect(row?.children.map((child) => child.type).join(' ')).toMatch(/^paragraph list( termCallout)*$/)
    expect(toString(row!.children[1]!)).toContain('what they want to achieve')
  })
})
