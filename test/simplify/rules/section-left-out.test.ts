import {describe, expect, it} from 'vitest'
import type {Root} from 'mdast'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import {VFile} from 'vfile'
import {toString} from 'mdast-util-to-string'
import {simplify} from '../../../src/simplify/plugin.js'
import {ruleById} from '../../../src/simplify/rules/index.js'

const plan = '# Our plan\n\n## Foreword\n\nA word from the chief.\n\n## Our priorities\n\nWe will keep people safe.\n'

async function run(rules: Record<string, 'on' | 'off'>): Promise<{text: string; file: VFile}> {
  const file = new VFile(plan)
  const tree = unified().use(remarkParse).parse(file) as Root
  const out = (await unified().use(simplify, {leaveOut: ['Foreword'], we: [], rules}).run(tree, file)) as Root
  return {text: toString(out), file}
}

describe('rule section-left-out', () => {
  it('is in the registry', () => {
    expect(ruleById('section-left-out')?.family).toBe('sections')
  })

  it('leaves out a section named by --leave-out, recorded with its words and place', async () => {
    const {text, file} = await run({})
    expect(text).not.toContain('A word from the chief')
    expect(text).toContain('We will keep people safe.')
    expect(file.data.changes).toContainEqual(expect.objectContaining({rule: 'section-left-out', family: 'sections', status: 'made', before: 'Foreword\nA word from the chief.', after: '', line: 3}))
  })

  it('keeps it when the rule is off', async () => {
    const {text, file} = await run({'section-left-out': 'off'})
    expect(text).toContain('A word from the chief')
    expect(file.data.changes).toEqual([])
  })
})
