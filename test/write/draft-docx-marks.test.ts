import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {prepare} from '../../src/index.js'
import {draftWith} from '../../src/simplify/draft.js'
import {toDraftDocx} from '../../src/write/docx/draft.js'
import {readDraftDocx} from '../../src/read/draft-docx.js'
import {docxPart, validationErrors} from '../helpers/docx.js'
import {temporaryFolder} from '../helpers/cli.js'

const plan = `# Hillside plan

## Foreword

We are very proud of the work that our staff do every day.

## What we will do

We will utilise the park for events.
`

async function draftOf(raw: Parameters<typeof prepare>[0] = {}) {
  const folder = await temporaryFolder()
  const file = path.join(folder, 'hillside.md')
  await writeFile(file, plan)
  const {options, data} = await prepare(raw)
  return {folder, ...(await draftWith(file, options, data, ['md', 'docx']))}
}

describe('the Word draft’s removals, suggestions and reading back', () => {
  test('a section left out is a tracked deletion of its heading and words, paragraph marks and all, with a comment', async () => {
    const {folder, docx} = await draftOf({leaveOut: ['Foreword']})
    const file = path.join(folder, 'hillside.draft.docx')
    await writeFile(file, docx!)
    expect(await validationErrors(file)).toEqual([])
    const document = await docxPart(docx!)
    const removed = [...document.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:delText[^>]*>([^<]*)<\/w:delText>[\s\S]*?<\/w:p>/g)]
    const texts = removed.map((match) => match[1])
    expect(texts).toContain('Foreword')
    expect(texts).toContain('We are very proud of the work that our staff do every day.')
    for (const match of removed.filter((entry) => ['Foreword', 'We are very proud of the work that our staff do every day.'].includes(entry[1]!))) {
      expect(match[0]).toMatch(/<w:pPr>[\s\S]*<w:rPr><w:del [^>]*w:author="easyread"/)
    }
    const comments = await docxPart(docx!, 'word/comments.xml')
    // The comment names the rule by its id (of the sections family).
    expect(comments).toContain('easyread left this out (section-left-out). Reject the deletion to keep it.')
    // A plain word: its own tracked change, the rule in its comment.
    expect(document).toMatch(/<w:delText[^>]*>utilise<\/w:delText>[\s\S]*?<w:ins [^>]*><w:r>(?:<w:rPr>[\s\S]*?<\/w:rPr>)?<w:t[^>]*>use<\/w:t>/)
    expect(comments).toContain('easyread: plain-word<')
  })

  test('an offered change is a comment with the suggested words; a left-out sentence a tracked deletion', async () => {
    const {file} = await draftOf()
    file.data.changes = [...(file.data.changes ?? []), {rule: 'plain-words', status: 'offered', before: 'events', after: 'things that happen', line: 9, column: 28, endLine: 9, endColumn: 34} as never]
    Object.assign(file.data, {leftOut: [{role: 'foreword', reason: 'thanks and praise', text: 'We thank everyone who helped.', line: 5, column: 1, endLine: 5, endColumn: 60}]})
    const {tree} = await (await import('../../src/read/index.js')).readPlan(file.path)
    const bytes = await toDraftDocx(tree, file, 'hillside.md', {font: 'Arial', fontSize: 16, lineSpacing: 1.5})
    const comments = await docxPart(bytes, 'word/comments.xml')
    expect(comments).toContain('easyread suggests (plain-words): things that happen')
    expect(comments).toContain('easyread left this out (select (foreword): thanks and praise)')
    expect(await docxPart(bytes)).toContain('We thank everyone who helped.</w:delText>')
  })

  test('read back, a pending change counts as accepted: deleted words go, inserted words stay', async () => {
    const {docx} = await draftOf()
    const tree = readDraftDocx(docx!)!
    const text = JSON.stringify(tree)
    expect(text).toContain('easyread-draft')
    expect(text).toContain('We will use the park for events.')
    expect(text).not.toContain('utilise')
  })
})
