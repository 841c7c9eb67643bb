import type {Element, Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {toString} from 'hast-util-to-string'
import {visit} from 'unist-util-visit'

/** Parse an HTML page into hast, to assert on its structure rather than its bytes. */
export function parsePage(html: string): Root {
  return fromHtml(html)
}

/** Every element matching `test`, in document order. */
export function elements(tree: Root, test: (element: Element) => boolean): Element[] {
  const found: Element[] = []
  visit(tree, 'element', (element) => {
    if (test(element)) found.push(element)
  })
  return found
}

export function textOf(element: Element): string {
  return toString(element).replace(/\s+/g, ' ').trim()
}

export function hasClass(element: Element, name: string): boolean {
  const value = element.properties.className
  return Array.isArray(value) && value.includes(name)
}
