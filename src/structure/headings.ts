import type {Heading, Root} from 'mdast'
import type {VFile} from 'vfile'
import {toString} from 'mdast-util-to-string'
import {visit} from 'unist-util-visit'

export interface HeadingsOptions {
  /** The document's title. Default: the plan's first level-1 heading, else one made from the file name. */
  readonly title?: string
}

/**
 * Give the document one title (a level-1 heading first) and headings that never skip a level,
 * so the outline that screen readers and Word's navigation pane show is whole.
 * The title is kept in `file.data.title`.
 */
export function headings(options: HeadingsOptions = {}) {
  return function (tree: Root, file: VFile) {
    const first = tree.children.find((node): node is Heading => node.type === 'heading')
    const planTitle = first?.depth === 1 ? toString(first) : undefined
    const title = options.title ?? planTitle ?? titleFromPath(file)
    if (!options.title && !planTitle) {
      file.info(`No title found in the plan; using "${title}" from the file name. Give one with --title`, undefined, 'easyread:title')
    }
    if (first?.depth === 1) {
      if (options.title) first.children = [{type: 'text', value: options.title}]
    } else {
      tree.children.unshift({type: 'heading', depth: 1, children: [{type: 'text', value: title}]})
    }
    let previous = 0
    let seenTitle = false
    visit(tree, 'heading', (node) => {
      if (node.depth === 1) {
        if (seenTitle) node.depth = 2
        seenTitle = true
      }
      if (node.depth > previous + 1) node.depth = (previous + 1) as Heading['depth']
      previous = node.depth
    })
    file.data.title = title
  }
}

function titleFromPath(file: VFile): string {
  const stem = (file.stem ?? 'Easy read plan').replace(/[-_]+/g, ' ').trim()
  return stem.charAt(0).toUpperCase() + stem.slice(1)
}
