import type {Root} from 'mdast'
import type {Element, Root as HastRoot} from 'hast'
import type {VFile} from 'vfile'
import {toHast} from 'mdast-util-to-hast'
import {toHtml as stringify} from 'hast-util-to-html'
import {h} from 'hastscript'
import type {Options} from '../../options.js'
import {htmlHandlers} from './handlers.js'
import {pageStyle} from './style.js'

export type HtmlOptions = Pick<Options, 'font' | 'fontSize' | 'lineSpacing'>

/**
 * The easy-read page: one self-contained HTML file (CSS inside, nothing fetched), in British English.
 * Text from the plan is always escaped; raw HTML in the plan is dropped (mdast-util-to-hast without
 * `allowDangerousHtml`), and a message says so.
 */
export function toHtmlPage(tree: Root, file: VFile, options: HtmlOptions): string {
  warnAboutRawHtml(tree, file)
  const body = toHast(tree, {handlers: htmlHandlers}) as HastRoot | Element
  const page = h(null, [
    {type: 'doctype'},
    h('html', {lang: 'en-GB'}, [
      h('head', [
        h('meta', {charset: 'utf-8'}),
        h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
        h('meta', {name: 'generator', content: 'easyread'}),
        h('title', file.data.title ?? 'Easy read'),
        h('style', pageStyle(options))
      ]),
      h('body', [
        h('main', body.type === 'root' ? (body.children as Element[]) : [body]),
        h('footer', [h('p', 'This easy read version was made with easyread.')])
      ])
    ])
  ])
  return stringify(page) + '\n'
}

function warnAboutRawHtml(tree: Root, file: VFile): void {
  const walk = (node: Root | Root['children'][number]) => {
    if (node.type === 'html') {
      file.message('Removed raw HTML from the plan: easy-read pages show the plan’s words, never its markup', {place: node.position, ruleId: 'raw-html', source: 'easyread'})
      return
    }
    if ('children' in node) for (const child of node.children) walk(child as Root['children'][number])
  }
  walk(tree)
}
