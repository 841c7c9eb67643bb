import {closeSync, openSync, readFileSync, readSync, statSync} from 'node:fs'
import {createRequire} from 'node:module'
import {isDeepStrictEqual} from 'node:util'
import {getIconData, iconToSVG} from '@iconify/utils'
import type {Resvg as ResvgClass} from '@resvg/resvg-js'
import {cachedLoad, writeCacheEnv} from '../util/data-cache.js'
import {escapeRegExp} from '../util/regex.js'

const require = createRequire(import.meta.url)

type IconifyJSON = Parameters<typeof getIconData>[0]
type IconData = NonNullable<ReturnType<typeof getIconData>>

/** The Noto emoji set (Google, Apache-2.0): 25 MB of JSON, read whole only when there is no index of it. */
let noto: IconifyJSON | undefined
function notoSet(): IconifyJSON {
  noto ??= require('@iconify-json/noto/icons.json') as IconifyJSON
  return noto
}

/**
 * Where each icon lies in the set's file, made once by the build (a page with a few pictures then reads a few
 * kilobytes, not 25 MB): the set's aliases and sizes, and each icon's byte range in its (pretty-printed) JSON: the
 * icon `names[i]` runs from `ranges[2 * i]` to `ranges[2 * i + 1]`. One typed array, not an object of 3,800 pairs,
 * which took 13 ms of every build with pictures to deserialise.
 */
interface NotoIndex {
  bytes: number
  prefix: string
  width: number
  height: number
  aliases: NonNullable<IconifyJSON['aliases']>
  names: string[]
  ranges: Uint32Array
}

type Range = readonly [start: number, end: number]

/** Each icon's byte range by name. */
function rangesByName(index: NotoIndex): Map<string, Range> {
  return new Map(index.names.map((name, at) => [name, [index.ranges[2 * at]!, index.ranges[2 * at + 1]!]]))
}

/**
 * The index when it is made for the set installed now (the same package version and the same file size), with the
 * set's file as this install has it.
 */
let index: (NotoIndex & {file: string; byName: Map<string, Range>}) | null | undefined
function notoIndex(): (NotoIndex & {file: string; byName: Map<string, Range>}) | null {
  if (index !== undefined) return index
  const file = require.resolve('@iconify-json/noto/icons.json')
  const made = cachedLoad('noto-index', [require.resolve('@iconify-json/noto/package.json')], () => indexIcons(file))
  index = made && statSync(file).size === made.bytes ? {...made, file, byName: rangesByName(made)} : null
  return index
}

/** Find each icon's JSON in the set's file, and give up (null) unless every one reads back as the icon it is. */
export function indexIcons(file: string): NotoIndex | null {
  const bytes = readFileSync(file)
  const set = JSON.parse(bytes.toString('utf8')) as IconifyJSON & {width: number; height: number}
  const found = new Map<string, Range>()
  const end = bytes.indexOf('\n\t"aliases"')
  for (let at = bytes.indexOf('\n\t\t"', bytes.indexOf('"icons"')); at !== -1 && (end === -1 || at < end); ) {
    const keyEnd = bytes.indexOf('": ', at)
    const start = keyEnd + 3
    const close = bytes.indexOf('\n\t\t}', start)
    if (keyEnd === -1 || close === -1) return null
    found.set(JSON.parse(bytes.subarray(at + 3, keyEnd + 1).toString('utf8')) as string, [start, close + 4])
    at = bytes.indexOf('\n\t\t"', close)
  }
  const names = Object.keys(set.icons)
  const readsBack = (name: string) => {
    const range = found.get(name)
    return range !== undefined && isDeepStrictEqual(JSON.parse(bytes.subarray(...range).toString('utf8')), set.icons[name])
  }
  if (names.length !== found.size || !names.every(readsBack)) return null
  return {bytes: bytes.length, prefix: set.prefix, width: set.width, height: set.height, aliases: set.aliases ?? {}, names: [...found.keys()], ranges: Uint32Array.from([...found.values()].flat())}
}

const iconCache = new Map<string, IconData | null>()

/** An icon's data (an alias resolved to its icon), read from its place in the set's file when there is an index. */
function iconData(name: string): IconData | null {
  const known = iconCache.get(name)
  if (known !== undefined) return known
  const found = notoIndex()
  let data: IconData | null
  if (!found) data = getIconData(notoSet(), name)
  else {
    const icons: IconifyJSON['icons'] = {}
    const aliases: NonNullable<IconifyJSON['aliases']> = {}
    let current: string | undefined = name
    // An alias names its parent, which may be an alias too: take the chain up to the icon.
    for (let steps = 0; current && !found.byName.has(current) && steps < 10; steps++) {
      const alias: (typeof aliases)[string] | undefined = found.aliases[current]
      if (alias) aliases[current] = alias
      current = alias?.parent
    }
    const range = current ? found.byName.get(current) : undefined
    if (current && range) icons[current] = JSON.parse(readRange(found.file, range)) as IconifyJSON['icons'][string]
    data = getIconData({prefix: found.prefix, width: found.width, height: found.height, icons, aliases}, name)
  }
  iconCache.set(name, data)
  return data
}

function readRange(file: string, [start, end]: Range): string {
  const buffer = Buffer.alloc(end - start)
  const handle = openSync(file, 'r')
  try {
    readSync(handle, buffer, 0, buffer.length, start)
  } finally {
    closeSync(handle)
  }
  return buffer.toString('utf8')
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
  return iconData(name) !== null
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
  const data = iconData(name)
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
 * The picture table's icons rendered by the build at the size a Word document shows them by default (about 5 ms
 * each with resvg, some 30 on a plan): `${name}@${pixels}` → PNG. Kept for the Noto set and the resvg release
 * installed now; an icon or a size not kept is rendered when it is asked for, the same way.
 */
let renderings: ReadonlyMap<string, Uint8Array> | undefined
const renderingFiles = () => [require.resolve('@iconify-json/noto/package.json'), require.resolve('@resvg/resvg-js/package.json')]
const renderingKey = (name: string, pixels: number) => `${name}@${pixels}`

/** An icon as a PNG `pixels` wide: the build's rendering when it kept one, else rendered now. */
export function iconPng(name: string, pixels: number): Uint8Array {
  renderings ??= cachedLoad('rendered-icons', renderingFiles(), () => new Map<string, Uint8Array>(), () => false)
  return renderings.get(renderingKey(name, pixels)) ?? svgToPng(iconSvg(name), pixels)
}

/** For the build (scripts/precompile-data.js): render `names` at `pixels` and keep them. */
export function keepIconRenderings(names: readonly string[], pixels: number): void {
  if (!process.env[writeCacheEnv]) throw new Error(`keepIconRenderings is for the build: set ${writeCacheEnv}`)
  cachedLoad('rendered-icons', renderingFiles(), () => new Map(names.map((name) => [renderingKey(name, pixels), svgToPng(iconSvg(name), pixels)])))
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
