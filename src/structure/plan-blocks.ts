import type {List, Paragraph, Parent, Root, RootContent} from 'mdast'
import type {PlanBlock} from '../types.js'
import {planLabels} from './labels.js'
import {sliceText} from '../util/point.js'

/**
 * Recognise a full plan's repeated blocks ("Objective: …", "Activity: …", "Key milestones:" with its list,
 * "Update expected: …", "Performance measures and insights:" with its list) as `planBlock` nodes.
 * The label leaves the text (writers show it as the block's heading); what follows the colon stays, with its place.
 */
export function planBlocks() {
  return function (tree: Root) {
    groupBlocks(tree)
  }
}

function groupBlocks(parent: Parent): void {
  const result: RootContent[] = []
  const children = parent.children as RootContent[]
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    const block = child.type === 'paragraph' ? toPlanBlock(child) : undefined
    if (!block) {
      if ('children' in child && child.type !== 'paragraph' && child.type !== 'heading') groupBlocks(child as Parent)
      result.push(child)
      continue
    }
    const next = children[index + 1]
    if ((block.kind === 'milestones' || block.kind === 'measures') && next?.type === 'list') {
      block.children.push(next as List)
      block.position = {start: block.position!.start, end: next.position?.end ?? block.position!.end}
      index++
    }
    result.push(block)
  }
  parent.children = result as Parent['children']
}

function toPlanBlock(paragraph: Paragraph): PlanBlock | undefined {
  const first = paragraph.children[0]
  if (first?.type !== 'text') return undefined
  for (const {kind, pattern} of planLabels) {
    const match = pattern.exec(first.value)
    if (!match) continue
    const label = match[0].replace(/\s*:$/, '').trim()
    const lead = match[0].length + (/^\s*/.exec(first.value.slice(match[0].length))?.[0].length ?? 0)
    const rest = first.value.slice(lead)
    const content: Paragraph['children'] = [...paragraph.children.slice(1)]
    if (rest !== '') content.unshift(sliceText(first, lead, first.value.length))
    const hasText = content.some((node) => node.type !== 'text' || node.value.trim() !== '')
    return {
      type: 'planBlock',
      kind,
      label: label.charAt(0).toUpperCase() + label.slice(1),
      children: hasText ? [{type: 'paragraph', children: content, position: {start: content[0]!.position?.start ?? paragraph.position!.start, end: paragraph.position!.end}}] : [],
      position: paragraph.position
    }
  }
  return undefined
}
