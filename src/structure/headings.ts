import type {Heading, Root} from 'mdast'
import type {VFile} from 'vfile'
import {toString} from 'mdast-util-to-string'
import {visit} from 'unist-util-visit'
import {findTitle, titleFromFileName} from './title.js'

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
    let first = tree.children.find((node): node is Heading => node.type === 'heading')
    let planTitle = first?.depth === 1 ? toString(first) : undefined
    if (!planTitle && !options.title) {
      const found = findTitle(tree)
      planTitle = found?.title
      if (found?.node) {
        // The line that names the plan becomes its title, at the top.
        tree.children.splice(tree.children.indexOf(found.node), 1)
        first = {type: 'heading', depth: 1, children: [{type: 'text', value: found.title}], position: found.node.position}
        tree.children.unshift(first)
      } else if (found) {
        file.info(`No title line in the plan; using "${found.title}", the plan's name as its text gives it. Give another with --title`, undefined, 'easyread:title')
      }
    }
    const title = options.title ?? planTitle ?? titleFromFileName(file.stem ?? '')
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
