import type {List, Paragraph, Root, RootContent} from 'mdast'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {toString} from 'mdast-util-to-string'
import type {PlanBlockKind} from '../../src/types.js'
import {simplify} from '../../src/simplify/plugin.js'
import type {Change, PlainWord, SimplifyData} from '../../src/simplify/types.js'
import {shippedSimplifyData} from '../../src/simplify/load.js'
import type {RuleSwitches} from '../../src/simplify/engine.js'

/** The simplify stage alone on one sentence (in a plan block of `kind` when given), as lines: sentences, then "- item". */
export async function simplifyLines(sentence: string, options: {kind?: PlanBlockKind; plainWords?: readonly PlainWord[]; inList?: boolean; we?: readonly string[]; rules?: RuleSwitches} = {}): Promise<{lines: string[]; changes: Change[]; offered: string[]}> {
  const position = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: sentence.length + 1, offset: sentence.length}}
  const paragraph: Paragraph = {type: 'paragraph', children: [{type: 'text', value: sentence, position}]}
  // In a list (as a plan's milestones are), the sentence is an item: "- …" in the lines, its sentences joined by a space.
  const content: RootContent = options.inList ? {type: 'list', ordered: false, spread: false, children: [{type: 'listItem', spread: false, children: [paragraph]}]} : paragraph
  const tree: Root = {type: 'root', children: options.kind ? [{type: 'planBlock', kind: options.kind, label: 'Label', children: [content], position}] : [content]}
  const data: SimplifyData = {...shippedSimplifyData(), plainWords: options.plainWords ?? []}
  const file = new VFile()
  const out = (await unified().use(simplify, {data, we: options.we ?? [], rules: options.rules ?? {}}).run(tree, file)) as Root
  const lines: string[] = []
  // Offered changes as the draft writes them under their sentence: "[rule-id] the suggested text".
  const offered: string[] = []
  const collect = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'paragraph') {
        lines.push(toString(node))
        offered.push(...(node.data?.suggestions ?? []).map((suggestion) => `[${suggestion.rule}] ${suggestion.text}`))
      }
      else if (node.type === 'list') for (const item of (node as List).children) {
        lines.push(`- ${item.children.map((child) => toString(child)).join(' ')}`)
        for (const child of item.children) if (child.type === 'paragraph') offered.push(...(child.data?.suggestions ?? []).map((suggestion) => `[${suggestion.rule}] ${suggestion.text}`))
      }
      else if (node.type === 'planBlock') collect(node.children)
    }
  }
  collect(out.children)
  return {lines, changes: file.data.changes ?? [], offered}
}
