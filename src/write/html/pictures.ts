import {readFileSync} from 'node:fs'
import type {Element, ElementContent, Root as HastRoot} from 'hast'
import {visit} from 'unist-util-visit'
import type {RowPicture} from '../../types.js'
import {iconParts} from '../../layout/icons.js'

/** The id of an icon's symbol in the page's sprite. */
export function symbolId(icon: string): string {
  return `pic-${icon}`
}

/**
 * A row's picture: a Noto icon drawn from the page's sprite (`<use>`), so an icon used on many rows is in the file
 * once; a user's image as an `<img>` with a data URL (never inlined: an SVG from outside could carry a script).
 * Either way it has a role of image and the alt text that says what it shows.
 */
export function pictureElement(picture: RowPicture): Element {
  if (picture.kind === 'icon') {
    return {
      type: 'element',
      tagName: 'svg',
      properties: {className: ['picture'], role: 'img', ariaLabel: picture.alt, viewBox: '0 0 128 128', focusable: 'false'},
      children: [{type: 'element', tagName: 'use', properties: {href: `#${symbolId(picture.icon)}`}, children: []}]
    }
  }
  const type = picture.format === 'png' ? 'image/png' : 'image/svg+xml'
  const data = readFileSync(picture.file).toString('base64')
  return {type: 'element', tagName: 'img', properties: {className: ['picture'], src: `data:${type};base64,${data}`, alt: picture.alt}, children: []}
}

/** The sprite of every icon the page uses, in the order first used: one hidden `<svg>` of `<symbol>`s. */
export function spriteFor(tree: HastRoot | Element): Element | undefined {
  const icons: string[] = []
  visit(tree, 'element', (element) => {
    const href = element.tagName === 'use' ? element.properties.href : undefined
    if (typeof href === 'string' && href.startsWith('#pic-') && !icons.includes(href.slice(5))) icons.push(href.slice(5))
  })
  if (icons.length === 0) return undefined
  const symbols: ElementContent[] = icons.map((icon) => {
    const {body, viewBox} = iconParts(icon, symbolId(icon))
    // Our own icon markup from the Noto set, never text from the plan: written as is.
    return {type: 'element', tagName: 'symbol', properties: {id: symbolId(icon), viewBox}, children: [{type: 'raw', value: body}]}
  })
  return {type: 'element', tagName: 'svg', properties: {className: ['sprite'], ariaHidden: 'true', focusable: 'false'}, children: symbols}
}
