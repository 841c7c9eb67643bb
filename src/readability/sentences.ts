import type {Nodes, Paragraph, Root} from 'mdast'
import {plainText} from '../util/plain-text.js'

/** A sentence of the plan: after the base layout, each paragraph outside headings and tables is one. */
export interface SentenceNode {
  node: Paragraph
  text: string
  /** 1-based place of the sentence's first character in the user's file (1:1 when unknown). */
  line: number
  column: number
  /** The kind of block it sits in, for rules that treat list items or plan blocks differently. */
  context: 'body' | 'list' | 'plan'
}

const notSentences = new Set(['heading', 'table', 'termCallout', 'code', 'html'])

export function collectSentences(tree: Root): SentenceNode[] {
  const sentences: SentenceNode[] = []
  const walk = (node: Nodes, context: SentenceNode['context']) => {
    if (notSentences.has(node.type)) return
    if (node.type === 'paragraph') {
      const text = plainText(node).replace(/\s+/g, ' ').trim()
      if (/[\p{L}\p{N}]/u.test(text)) {
        const start = node.position?.start
        sentences.push({node, text, line: start?.line ?? 1, column: start?.column ?? 1, context})
      }
      return
    }
    if ('children' in node) {
      const inner = node.type === 'listItem' ? 'list' : node.type === 'planBlock' ? 'plan' : context
      for (const child of node.children as Nodes[]) walk(child, inner)
    }
  }
  walk(tree, 'body')
  return sentences
}
