import {createRequire} from 'node:module'
import {getIconData, iconToSVG} from '@iconify/utils'
import type {Resvg as ResvgClass} from '@resvg/resvg-js'
import {escapeRegExp} from '../util/regex.js'

const require = createRequire(import.meta.url)

type IconifyJSON = Parameters<typeof getIconData>[0]

/** The Noto emoji set (Google, Apache-2.0): 25 MB of JSON, so it is read once, on first use. */
let noto: IconifyJSON | undefined
function notoSet(): IconifyJSON {
  noto ??= require('@iconify-json/noto/icons.json') as IconifyJSON
  return noto
}

/** Emoji code points → Noto icon name ("1f693" → "police-car"), and back. */
let byCode: Map<string, string> | undefined
let byName: Map<string, string> | undefined
function charMaps(): {byCode: Map<string, string>; byName: Map<string, string>} {
  if (!byCode || !byName) {
    const chars = require('@iconify-json/noto/chars.json') as Record<string, string>
    byCode = new Map(Object.entries(chars))
    byName = new Map(Object.entries(chars).map(([code, name]) => [name, code]))
  }
  return {byCode, byName}
}

export const pictureLicence = {
  name: 'Noto Emoji',
  author: 'Google',
  licence: 'Apache License 2.0',
  url: 'https://github.com/googlefonts/noto-emoji',
  licenceUrl: 'https://www.apache.org/licenses/LICENSE-2.0'
} as const

/** Whether the Noto set has an icon of this name (aliases count). */
export function hasIcon(name: string): boolean {
  return getIconData(notoSet(), name) !== null
}

/** The Noto icon for an emoji's hexcode ("1F693"), if the set has one. */
export function iconForHexcode(hexcode: string): string | undefined {
  const code = hexcode.toLowerCase()
  const {byCode: codes} = charMaps()
  return codes.get(code) ?? codes.get(code.replace(/-fe0f/g, ''))
}

/** The hexcode of a Noto icon ("police-car" → "1f693"), to find its emoji's name. */
export function hexcodeForIcon(name: string): string | undefined {
  return charMaps().byName.get(name)
}

/** An icon as SVG parts: its inner markup (ids made unique with `idPrefix`) and its viewBox. */
export function iconParts(name: string, idPrefix = name): {body: string; viewBox: string} {
  const data = getIconData(notoSet(), name)
  if (!data) throw new TypeError(`No Noto icon "${name}"`)
  const rendered = iconToSVG(data)
  return {body: prefixIds(rendered.body, idPrefix), viewBox: rendered.attributes.viewBox}
}

/** A whole standalone SVG document for an icon, at `size` pixels square. */
export function iconSvg(name: string, size = 128): string {
  const {body, viewBox} = iconParts(name)
  return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${size}" height="${size}" viewBox="${viewBox}">${body}</svg>`
}

/** resvg (a native module) is loaded on the first picture rendered: a check or an HTML-only build renders none. */
let resvgClass: typeof ResvgClass | undefined
function loadResvg(): typeof ResvgClass {
  resvgClass ??= (require('@resvg/resvg-js') as {Resvg: typeof ResvgClass}).Resvg
  return resvgClass
}

/** Render an SVG to a PNG `size` pixels wide on a transparent background (for Word, which LibreOffice shows as PNG). */
export function svgToPng(svg: string | Uint8Array, size: number): Uint8Array {
  const Resvg = loadResvg()
  const resvg = new Resvg(typeof svg === 'string' ? svg : Buffer.from(svg), {fitTo: {mode: 'width', value: size}, font: {loadSystemFonts: false}})
  return resvg.render().asPng()
}

/**
 * Give every id inside an icon a prefix, and its references (`#id`, `url(#id)`), so icons placed in one page never
 * share a gradient's id. Deterministic, unlike @iconify/utils' `replaceIDs`, so the same input gives the same page.
 */
function prefixIds(body: string, prefix: string): string {
  const ids = [...body.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!)
  if (ids.length === 0) return body
  const escaped = ids.map(escapeRegExp).sort((a, b) => b.length - a.length)
  const pattern = new RegExp(`(\\sid="|#)(${escaped.join('|')})(?=["')])`, 'g')
  return body.replace(pattern, (_match, lead: string, id: string) => `${lead}${prefix}-${id}`)
}
