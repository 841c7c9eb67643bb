import type {Root} from 'mdast'
import type {Element, ElementContent, Root as HastRoot} from 'hast'
import type {VFile} from 'vfile'
import {toHast} from 'mdast-util-to-hast'
import {toHtml as stringify} from 'hast-util-to-html'
import {h} from 'hastscript'
import type {Options} from '../../options.js'
import {htmlHandlers} from './handlers.js'
import {pageStyle} from './style.js'
import {pictureElement, spriteFor} from './pictures.js'
import {pictureLicence} from '../../layout/icons.js'
import {sanitizePlan} from './sanitize.js'

export const contentSecurityPolicy = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; base-uri 'none'; form-action 'none'"

export type HtmlOptions = Pick<Options, 'font' | 'fontSize' | 'lineSpacing'> & Partial<Pick<Options, 'colours' | 'pageSize' | 'pictureWidth'>>

/**
 * The easy-read page: one self-contained HTML file (CSS and pictures inside, nothing fetched), in British English.
 * Text from the plan is always escaped; raw HTML in the plan is dropped (mdast-util-to-hast without
 * `allowDangerousHtml`), the rest is sanitised (`sanitizePlan`: no script, event handler or `javascript:` link),
 * and a message says what was removed. The only markup written as is, is the Noto icons' own SVG.
 */
export function toHtmlPage(tree: Root, file: VFile, options: HtmlOptions): string {
  warnAboutRawHtml(tree, file)
  // The plan's part of the page is sanitised (unsafe link addresses, anything live), with a message for what went.
  const body = sanitizePlan(toHast(tree, {handlers: htmlHandlers}) as HastRoot | Element, tree, file)
  const content = withCover(body.type === 'root' ? (body.children as ElementContent[]) : [body], file)
  const sprite = spriteFor({type: 'root', children: content})
  const page = h(null, [
    {type: 'doctype'},
    h('html', {lang: 'en-GB'}, [
      h('head', [
        h('meta', {charset: 'utf-8'}),
        // The page loads nothing from outside itself: its style and pictures are inside, and it runs no script.
        h('meta', {httpEquiv: 'Content-Security-Policy', content: contentSecurityPolicy}),
        h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
        h('meta', {name: 'generator', content: 'easyread'}),
        h('title', file.data.title ?? 'Easy read'),
        h('style', pageStyle(options))
      ]),
      h('body', [
        ...(sprite ? [sprite] : []),
        h('main', content),
        h('footer', [
          h('p', 'This easy read version was made with easyread.'),
          h('p', [
            'The pictures are ',
            h('a', {href: pictureLicence.url}, `${pictureLicence.name} by ${pictureLicence.author}`),
            ', used under the ',
            h('a', {href: pictureLicence.licenceUrl}, pictureLicence.licence),
            '.'
          ])
        ])
      ])
    ])
  ])
  return stringify(page, {allowDangerousHtml: true}) + '\n'
}

/** The title (the first level-1 heading) and "Easy read version", with the cover picture beside them, as the page's header. */
function withCover(children: ElementContent[], file: VFile): ElementContent[] {
  const index = children.findIndex((child) => child.type === 'element' && child.tagName === 'h1')
  const picture = file.data.coverPicture
  if (index === -1) return children
  const cover = h('header.cover', [h('div.cover-picture', picture ? [pictureElement(picture)] : []), h('div.cover-words', [children[index] as Element, h('div.cover-note', 'Easy read version')])])
  return [...children.slice(0, index), cover, ...children.slice(index + 1)]
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
