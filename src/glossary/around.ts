import type {Nodes, Paragraph, Text} from 'mdast'
import type {Around} from './match.js'

/** Characters of the sentence read on each side of a text node: more than the 6 words a sense signal may be away. */
const reach = 80

/**
 * The text on either side of each text node of a paragraph (a term in bold is a text node of its own, and its
 * sense is shown by the words beside the bold): what `Matcher.find` reads around a piece.
 */
export function textAround(paragraph: Paragraph): Map<Text, Around> {
  const pieces: Array<{node: Nodes; start: number; end: number}> = []
  let full = ''
  const walk = (node: Nodes) => {
    if ('value' in node && typeof node.value === 'string' && node.type !== 'html') {
      pieces.push({node, start: full.length, end: full.length + node.value.length})
      full += node.value
    } else if ('children' in node) for (const child of node.children as Nodes[]) walk(child)
  }
  walk(paragraph)
  const around = new Map<Text, Around>()
  for (const {node, start, end} of pieces) {
    if (node.type === 'text') around.set(node, {before: full.slice(Math.max(0, start - reach), start), after: full.slice(end, end + reach)})
  }
  return around
}
