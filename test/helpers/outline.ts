import type {Nodes, Root} from 'mdast'
import {plainText} from '../../src/util/plain-text.js'

/** A compact outline of a tree, for fixture files: each block's kind and text, lists with their items. */
export function outline(tree: Root): unknown[] {
  return tree.children.map(describe)
}

function describe(node: Nodes): unknown {
  switch (node.type) {
    case 'heading':
      return {h: node.depth, text: plainText(node)}
    case 'paragraph':
      return {p: plainText(node)}
    case 'list':
      return {[node.ordered ? 'ol' : 'ul']: node.children.map((item) => item.children.map((child) => plainText(child)).join(' / '))}
    case 'planBlock':
      return {block: node.kind, label: node.label, children: node.children.map(describe)}
    case 'termCallout':
      return {callout: node.termId}
    default:
      return {[node.type]: plainText(node)}
  }
}
