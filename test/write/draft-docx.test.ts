import {readFileSync} from 'node:fs'
import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {Root} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {toString} from 'mdast-util-to-string'
import {location} from 'vfile-location'
import {beforeAll, describe, expect, test} from 'vitest'
import {requirePrograms} from '../helpers/programs.js'
import {buildWith, prepare} from '../../src/index.js'
import {draftWith} from '../../src/simplify/draft.js'
import type {Change} from '../../src/simplify/types.js'
import {docxPart, validationErrors} from '../helpers/docx.js'
import {temporaryFolder} from '../helpers/cli.js'
import {fullPlan} from '../helpers/paths.js'
import {reviewInLibreOffice, type Reviewed} from '../helpers/libreoffice-review.js'

let folder: string
let docxFile: string
let markdownFile: string
let document: string
let comments: string[]
let changes: Array<Change & {status?: string}>
let reviewed: Reviewed
let markdown: string
let leftOutRecords: unknown[] | undefined
const leftOutOf = () => leftOutRecords

const flat = (text: string) => text.replace(/\s+/g, ' ').trim()
/** A text file's lines as LibreOffice writes them, without its bullets and list numbers, white space collapsed. */
const textLines = (text: string) => text.replace(/^\uFEFF/, '').split('\n').map((line) => flat(line.replace(/^\s*(?:[•◦▪]|\d+\.)\s+/, ''))).filter(Boolean)

beforeAll(async () => {
  requirePrograms('soffice')
  folder = await temporaryFolder()
  const {options, data} = await prepare({})
  const result = await draftWith(fullPlan, options, data, ['md', 'docx'])
  markdown = result.markdown
  changes = (result.file.data.changes ?? []) as typeof changes
  leftOutRecords = (result.file.data as {leftOut?: unknown[]}).leftOut
  docxFile = path.join(folder, 'plan.draft.docx')
  markdownFile = path.join(folder, 'plan.draft.md')
  await writeFile(docxFile, result.docx!)
  await writeFile(markdownFile, markdown)
  document = await docxPart(result.docx!)
  comments = [...(await docxPart(result.docx!, 'word/comments.xml')).matchAll(/<w:comment\b[\s\S]*?<\/w:comment>/g)].map((match) => [...match[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((part) => part[1]).join(''))
  reviewed = await reviewInLibreOffice(docxFile, folder)
}, 600_000)

describe('draft --format docx: the seed’s draft for review in Word', () => {
  test('it validates, and its tracked changes are easyread’s', async () => {
    expect(await validationErrors(docxFile)).toEqual([])
    const marks = [...document.matchAll(/<w:(ins|del) ([^>]*)>/g)]
    expect(marks.length).toBeGreaterThan(500)
    for (const mark of marks) expect(mark[2]).toContain('w:author="easyread"')
  })

  test('one tracked change (a deletion and its insertion) per recorded change, its comment naming the rule', () => {
    // The select stage leaves sentences out: a made change inside a sentence left out is in that sentence's
    // tracked deletion (of the plan's own words), not a tracked change of its own.
    const plan = readFileSync(fullPlan, 'utf8')
    const place = location(plan)
    const offset = (line?: number, column?: number) => (line === undefined || column === undefined ? undefined : place.toOffset({line, column}))
    const leftOut = ((leftOutOf() ?? []) as Array<{line?: number; column?: number; endLine?: number; endColumn?: number}>).map((left) => [offset(left.line, left.column), offset(left.endLine, left.endColumn)] as const)
    const insideLeftOut = (change: Change) => {
      const start = offset(change.line, change.column)
      const end = offset(change.endLine, change.endColumn)
      return start !== undefined && end !== undefined && leftOut.some(([from, to]) => from !== undefined && to !== undefined && from <= start && end <= to)
    }
    const made = changes.filter((change) => (change.status ?? 'made') === 'made' && !insideLeftOut(change))
    // (The select stage leaves most of the seed out, and with it most of the changes made.)
    expect(made.length).toBeGreaterThan(100)
    // An offered change is a comment with its words, not a tracked change; a sentence left out a tracked deletion with its comment.
    // (An offer in a sentence left out goes with that sentence.)
    const offered = changes.filter((change) => change.status === 'offered')
    const suggestions = comments.filter((comment) => comment.startsWith('easyread suggests ('))
    for (const suggestion of suggestions) expect(offered.map((change) => `easyread suggests (${change.rule}): ${change.after}`)).toContain(suggestion)
    expect(suggestions.length).toBeGreaterThanOrEqual(offered.filter((change) => !insideLeftOut(change)).length)
    expect(suggestions.length).toBeLessThanOrEqual(offered.length)
    const leftOutComments = comments.filter((comment) => comment.startsWith('easyread left this out (select ('))
    expect(leftOutComments.length).toBeGreaterThan(0)
    expect(leftOutComments.length).toBeLessThanOrEqual(leftOut.length)
    // A change's comment names its rule; where changes chain on one sentence (words, then a split), the sentence
    // is one tracked change and its comment names each rule in turn.
    const named = comments.filter((comment) => comment.startsWith('easyread: ')).flatMap((comment) => comment.slice('easyread: '.length).split(', '))
    const count = (rules: readonly string[]) => rules.reduce<Record<string, number>>((counts, rule) => ({...counts, [rule]: (counts[rule] ?? 0) + 1}), {})
    // Per rule, the comments name every made change outside a left-out sentence, and no more than all made changes
    // (a change in a sentence left out only in part still shows in the draft, so it keeps its own tracked change).
    const allMade = count(changes.filter((change) => (change.status ?? 'made') === 'made').map((change) => change.rule))
    const outside = count(made.map((change) => change.rule))
    const namedCounts = count(named)
    for (const rule of new Set([...Object.keys(namedCounts), ...Object.keys(outside)])) {
      // (A plan block's heading and order go with its section when the section is left out, whatever their place.)
      if (!rule.startsWith('block-')) expect(namedCounts[rule] ?? 0, rule).toBeGreaterThanOrEqual(outside[rule] ?? 0)
      expect(namedCounts[rule] ?? 0, rule).toBeLessThanOrEqual(allMade[rule] ?? 0)
    }
    // Every comment is anchored: its range start, its range end and its reference, in that order (found by its id:
    // an offer's range takes in its whole line, so a change's range may sit inside another comment's range).
    const rangeOf = (id: string) => {
      const start = document.indexOf(`<w:commentRangeStart w:id="${id}"/>`)
      const end = document.indexOf(`<w:commentRangeEnd w:id="${id}"/>`)
      const reference = document.indexOf(`<w:commentReference w:id="${id}"/>`)
      expect(start, comments[Number(id)]).toBeGreaterThanOrEqual(0)
      expect(end, comments[Number(id)]).toBeGreaterThan(start)
      expect(reference, comments[Number(id)]).toBeGreaterThan(end)
      return document.slice(start, end)
    }
    for (const id of comments.keys()) rangeOf(String(id))
    // Each change's comment holds exactly one deletion, with at least one insertion.
    const changeComments = comments.flatMap((comment, id) => (comment.startsWith('easyread: ') ? [String(id)] : []))
    expect(changeComments.length).toBeGreaterThan(0)
    for (const id of changeComments) {
      const range = rangeOf(id)
      expect(range.match(/<w:del /g), comments[Number(id)]).toHaveLength(1)
      expect(range).toMatch(/<w:ins /)
    }
    // Every other deletion is a removed paragraph: its paragraph mark and its words, both deleted.
    const removedParagraphs = document.match(/<w:pPr>(?:(?!<\/w:pPr>)[\s\S])*?<w:rPr><w:del /g)?.length ?? 0
    expect(removedParagraphs).toBeGreaterThanOrEqual(leftOutComments.length)
    expect(document.match(/<w:del /g)?.length).toBe(changeComments.length + 2 * removedParagraphs)
  })

  test('LibreOffice accepting every change gives the draft’s words', () => {
    const draft = fromMarkdown(markdown)
    const expected: string[] = []
    const walk = (node: Root | Root['children'][number]) => {
      if (node.type === 'heading' || node.type === 'paragraph') expected.push(flat(toString(node)))
      else if ('children' in node) for (const child of node.children) walk(child as Root['children'][number])
    }
    walk(draft)
    expect(textLines(reviewed.accepted.text)).toEqual(expected.filter(Boolean))
  })

  test('LibreOffice rejecting every change gives the plan’s own words', () => {
    const text = flat(reviewed.rejected.text)
    const accepted = flat(reviewed.accepted.text)
    // Each change's words as the plan has them, at its place in the plan (a chain of changes starts from them).
    const plan = readFileSync(fullPlan, 'utf8')
    const place = location(plan)
    let found = 0
    for (const change of changes) {
      const start = place.toOffset({line: change.line!, column: change.column!})!
      const end = place.toOffset({line: change.endLine!, column: change.endColumn!})!
      const words = flat(plan.slice(start, end))
      // A plan block's heading (a rule of the plan-blocks family) replaces the label the plan had, not these words.
      if (words === '' || (change.family ?? change.rule) === 'plan-blocks') continue
      expect(text, change.rule).toContain(words)
      found++
    }
    expect(found).toBeGreaterThan(400)
    expect(text).not.toBe(accepted)
  })

  test('building the accepted Word file gives the same HTML as building the Markdown draft', async () => {
    const {options, data} = await prepare({formats: ['html']})
    const [fromWord, fromMarkdownDraft] = await Promise.all([buildWith(reviewed.accepted.docx, options, data), buildWith(markdownFile, options, data)])
    expect(fromWord.file.messages.some((message) => message.ruleId === 'draft')).toBe(true)
    expect(fromWord.outputs.html).toBe(fromMarkdownDraft.outputs.html)
  }, 300_000)
})
