import {describe, expect, it, beforeAll} from 'vitest'
import type {Nodes, Root} from 'mdast'
import {sentenceProblems} from './english.js'
import {fullPlan} from '../helpers/paths.js'
import {simplifiedPlan} from './simplified.js'
import type {Change} from '../../src/simplify/types.js'
import {ruleById, sureAt} from '../../src/simplify/rules/index.js'
import type {LeftOut} from '../../src/select/types.js'

/** Words that carry no content of their own; a split may drop or add them ("and", "which" → "This"). */
const functionWords = new Set('a an the and or but of to in on at by for with from as is are be been was were will would can could must should may that which who whom whose this these those it its we our us i you they them their he she his her there here so if than then while also not no do does did has have had very all any each every such into onto about over under up out'.split(' '))

function contentWords(text: string): string[] {
  return (text.toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? []).filter((word) => !functionWords.has(word))
}

function count(words: string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1)
  return counts
}

/** All the words of a tree: text, and each plan block's label. */
function treeText(tree: Nodes): string {
  if (tree.type === 'planBlock') return `${tree.label}\n${tree.children.map(treeText).join('\n')}`
  if ('value' in tree && typeof tree.value === 'string') return tree.type === 'html' ? '' : tree.value
  if ('children' in tree) return (tree.children as Nodes[]).map(treeText).join(tree.type === 'paragraph' ? '' : '\n')
  return ''
}

/** The seed plan through the stages before the glossary, with or without simplify. */
const run = (simplify: boolean, extra: Record<string, unknown> = {}) => simplifiedPlan(fullPlan, simplify, extra)

describe('simplify on the seed plan', () => {
  let source: Root
  let output: Root
  let changes: Change[]
  let selected: {tree: Root; changes: Change[]; leftOut: LeftOut[]}
  beforeAll(async () => {
    source = (await run(false)).tree
    // The simplify stage's own work, every sentence kept; the select stage's choice is checked below and in test/select.
    const simplified = await run(true, {select: false})
    output = simplified.tree
    changes = simplified.file.data.changes ?? []
    const chosen = await run(true)
    selected = {tree: chosen.tree, changes: chosen.file.data.changes ?? [], leftOut: chosen.file.data.leftOut ?? []}
  })

  it('makes changes with every rule that applies to the plan, each with its place', () => {
    const families = new Set(changes.map((change) => change.family))
    for (const family of ['plan-blocks', 'plan-codes', 'acronyms', 'voice', 'lists', 'split'] as const) expect(families.has(family), family).toBe(true)
    // Each change names its own rule, from the registry, in its family; split is no rule of its own any more.
    for (const change of changes) expect(ruleById(change.rule)?.family, change.rule).toBe(change.family)
    expect(new Set(changes.filter((change) => change.family === 'split').map((change) => change.rule)).size).toBeGreaterThanOrEqual(8)
    expect(changes.some((change) => change.status === 'offered')).toBe(true)
    for (const change of changes) {
      expect(change.confidence).toBeGreaterThan(0)
      expect(change.confidence).toBeLessThanOrEqual(1)
      expect(change.status).toBe(change.confidence >= sureAt ? 'made' : 'offered')
      expect(change.line, JSON.stringify(change)).toBeGreaterThan(0)
      expect(change.column).toBeGreaterThan(0)
      expect(change.before).not.toBe(change.after)
    }
  })

  /** The source's content words that are neither in the output, nor removed by a recorded change, nor in a sentence the select stage left out. */
  function missingWords(out: Root, made: readonly Change[], leftOut: readonly LeftOut[]): string[] {
    const have = count(contentWords(treeText(out)))
    // What changes removed: the words before, less the words after, change by change; then every word left out.
    const removed = new Map<string, number>()
    for (const change of made.filter((change) => (change.status ?? 'made') === 'made')) {
      const after = count(contentWords(change.after))
      for (const [word, times] of count(contentWords(change.before))) {
        const gone = times - (after.get(word) ?? 0)
        if (gone > 0) removed.set(word, (removed.get(word) ?? 0) + gone)
      }
    }
    for (const record of leftOut) for (const word of contentWords(record.text)) removed.set(word, (removed.get(word) ?? 0) + 1)
    const missing: string[] = []
    for (const [word, times] of count(contentWords(treeText(source)))) {
      if ((have.get(word) ?? 0) + (removed.get(word) ?? 0) < times) missing.push(`${word} (${times} in the source, ${have.get(word) ?? 0} in the output, ${removed.get(word) ?? 0} removed by changes or left out)`)
    }
    return missing
  }

  it('keeps the meaning: every content word of the source is in the output or removed by a recorded change', () => {
    expect(missingWords(output, changes, [])).toEqual([])
  })

  it('with the select stage, every content word of the source is in the output, removed by a change, or in a sentence left out', () => {
    expect(selected.leftOut.length).toBeGreaterThan(200)
    expect(missingWords(selected.tree, selected.changes, selected.leftOut)).toEqual([])
  })

  it('writes each sentence a split made as correct English: a capital, a full stop, a subject and a verb', () => {
    const problems: string[] = []
    // Offered splits too: a writer who takes one gets correct English.
    for (const change of changes.filter((change) => change.family === 'split')) {
      const sentences = change.after.match(/[^.]+?\.(?:['’”"])?(?=\s|$)/g) ?? []
      for (const raw of sentences) {
        const sentence = raw.trim()
        for (const problem of sentenceProblems(sentence)) problems.push(`${problem}: ${sentence}`)
      }
      expect(change.after.trim()).toMatch(/[.:](?:['’”"])?$/)
    }
    expect(problems).toEqual([])
  })

  it('speaks as "we" for the body its performance measures ask about, found with no option given', () => {
    const voice = changes.filter((change) => change.family === 'voice')
    expect(voice.length).toBeGreaterThan(30)
    for (const change of voice) expect(change.before).toContain('Lanarkshire Division')
    expect(voice.map((change) => change.after)).toContain('How well do we generate and share intelligence on people at serious risk of harm?')
    expect(voice.map((change) => change.after)).toContain('We are the second largest of the 13 territorial Local Police Divisions in Police Scotland.')
    // The name stays where it is not the subject or owner.
    expect(treeText(output)).toContain('all officers and staff in Lanarkshire Division will police with courage')
  })

  it('leaves out sections by heading, recording each with its words', async () => {
    const {tree, file} = await run(true, {select: false, leaveOut: ['Chief Constable’s Foreword', "divisional commander's foreword"]})
    const text = treeText(tree)
    expect(text).not.toContain('Chief Constable’s Foreword')
    expect(text).not.toContain('Divisional Commander’s Foreword')
    expect(text).toContain('We serve the local authority areas')
    const left = (file.data.changes ?? []).filter((change) => change.rule === 'section-left-out')
    expect(left.map((change) => change.before.split('\n')[0])).toEqual(['Chief Constable’s Foreword', 'Divisional Commander’s Foreword'])
    expect(left[0]!.line).toBe(1)
  })

  it('keeps only the sections asked for', async () => {
    const {tree} = await run(true, {select: false, keepOnly: ['Engaging with us']})
    const headings = tree.children.filter((node) => node.type === 'heading').map((node) => treeText(node))
    expect(headings.slice(1)).toEqual(['Engaging with us'])
  })

  it('does nothing with --no-simplify', async () => {
    const {file} = await run(false)
    expect(file.data.changes).toBeUndefined()
  })
})
