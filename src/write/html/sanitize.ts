import type {Root} from 'mdast'
import type {Element, Root as HastRoot} from 'hast'
import type {VFile} from 'vfile'
import {defaultSchema, sanitize, type Schema} from 'hast-util-sanitize'
import {visit} from 'unist-util-visit'

/** Link addresses a page may keep: the web, email and phone; anything else (javascript:, data:, vbscript:, file:) goes. */
const safeLinkProtocols = ['http', 'https', 'mailto', 'tel']

/**
 * What the plan's part of the page may hold: GitHub's schema (no script, style, iframe, form, event handlers or
 * unknown attributes), plus the elements and attributes easyread's own handlers write (rows, callouts, plan
 * blocks, pictures as SVG `<use>` or PNG/SVG data the user gave with --pictures). Ids are not prefixed: the only
 * ids in the content are the footnotes', which mdast-util-to-hast already prefixes.
 */
export const pageSchema: Schema = {
  ...defaultSchema,
  clobber: [],
  tagNames: [...(defaultSchema.tagNames ?? []), 'aside', 'header', 'dfn', 'svg', 'use'],
  attributes: {
    // GitHub's schema allows only some classes on some elements; easyread's classes are its own, so any goes.
    ...Object.fromEntries(Object.entries(defaultSchema.attributes ?? {}).map(([tag, list]) => [tag, list.filter((entry) => !(Array.isArray(entry) && entry[0] === 'className'))])),
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'className', 'role', 'ariaLabel', 'ariaHidden'],
    svg: ['viewBox', 'focusable'],
    use: ['href']
  },
  protocols: {...defaultSchema.protocols, href: safeLinkProtocols, src: ['data']}
}

/**
 * Sanitise the hast made from the plan (hast-util-sanitize with `pageSchema`), and say what was removed: each link
 * or picture address with an unsafe protocol gets a message at its place in the plan. Raw HTML is reported by
 * the writer already (it never reaches the hast).
 */
export function sanitizePlan(content: HastRoot | Element, tree: Root, file: VFile): HastRoot | Element {
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return
    if (node.type === 'image' ? /^data:image\//i.test(node.url) : isSafeUrl(node.url)) return
    const reason = node.type === 'image'
      ? `Removed the picture "${shorten(node.url)}" from the plan: an easy-read page is one file that loads nothing from elsewhere, so its pictures come from --pictures`
      : `Removed the link address "${shorten(node.url)}" from the plan: easy-read pages only link to web pages, email addresses and phone numbers`
    file.message(reason, {
      place: node.position,
      ruleId: 'unsafe-url',
      source: 'easyread'
    })
  })
  const clean = sanitize(content, pageSchema) as HastRoot | Element
  // A picture from elsewhere (a web address or a file beside the plan) would be fetched when the page opens: its
  // alt text stays in its place.
  visit(clean, 'element', (element, index, parent) => {
    // A wide table scrolls inside its own box on a narrow screen (style.ts): a keyboard reaches it to scroll it.
    if (element.tagName === 'table') element.properties.tabIndex = 0
    if (element.tagName !== 'img' || String(element.properties.src ?? '').startsWith('data:') || !parent || index === undefined) return
    parent.children.splice(index, 1, {type: 'text', value: String(element.properties.alt ?? '')})
  })
  return clean
}

/** Relative addresses and fragments are safe; otherwise the protocol must be listed (as hast-util-sanitize decides). */
function isSafeUrl(url: string): boolean {
  const colon = url.indexOf(':')
  const questionMark = url.indexOf('?')
  const numberSign = url.indexOf('#')
  const slash = url.indexOf('/')
  if (colon < 0 || (slash > -1 && colon > slash) || (questionMark > -1 && colon > questionMark) || (numberSign > -1 && colon > numberSign)) return true
  const protocol = url.slice(0, colon).toLowerCase()
  return safeLinkProtocols.includes(protocol)
}

function shorten(url: string): string {
  return url.length > 60 ? `${url.slice(0, 57)}…` : url
}
