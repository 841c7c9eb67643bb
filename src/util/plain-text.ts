import type {Nodes} from 'mdast'

/**
 * The words a reader sees in a node, as the plan wrote them: like mdast-util-to-string, but without the
 * glosses and callouts easyread adds, so scores and checks measure the plan's own sentence.
 */
export function plainText(node: Nodes): string {
  if (node.type === 'termGloss' || node.type === 'termCallout') return ''
  if ('value' in node && typeof node.value === 'string') return node.value
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('')
  if (node.type === 'image') return node.alt ?? ''
  return ''
}
