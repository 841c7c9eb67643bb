import {access} from 'node:fs/promises'
import path from 'node:path'
import {isMap, isScalar, type Node, type YAMLMap} from 'yaml'
import pluralize from 'pluralize'
import type {RowPicture} from '../types.js'
import type {Checked, Problem} from '../util/result.js'
import {remembered} from '../lang/remember.js'
import {cachedLoadAsync} from '../util/data-cache.js'
import {readYaml, stringField, unknownFields, type YamlSource} from '../util/yaml.js'
import {hasIcon} from './icons.js'
import {pictureProblem} from './picture-file.js'

/** A picture a word stands for, before it is given to a row (the row adds the word it matched). */
export type Picture = RowPicture extends infer P ? (P extends RowPicture ? Omit<P, 'word'> : never) : never

/** Words (lower case, singular, single spaces) → pictures. */
export type PictureTable = ReadonlyMap<string, Picture>

/** Each word's singular, asked of pluralize once (the layout looks up every word of every row). */
const singular = remembered((word: string) => pluralize.singular(word), 50_000)

/** The form a word is looked up in: lower case, singular, one space between words. */
export function pictureKey(words: string): string {
  const parts = words.toLowerCase().trim().split(/[\s-]+/)
  const last = parts.pop() ?? ''
  return [...parts, singular(last)].join(' ')
}

/**
 * The shipped word → picture table (`glossary/pictures.yml`: `police: {icon: police-officer, alt: a police officer}`),
 * checked at the boundary: every icon must be in the Noto set and every picture needs its alt text.
 */
export async function loadPictureTable(file: string): Promise<Checked<Map<string, Picture>>> {
  // Kept by the build: checking that every icon is in the Noto set reads the whole 25 MB set.
  return cachedLoadAsync('pictures', [file], () => readPictureTable(file), (loaded) => loaded.ok)
}

async function readPictureTable(file: string): Promise<Checked<Map<string, Picture>>> {
  return loadMap(file, (source, key, node, problems) => {
    if (!isMap(node)) {
      problems.push(source.problem(node, `"${key}" needs a map like {icon: police-officer, alt: a police officer}`))
      return undefined
    }
    const fields = checkFields(source, node, ['icon', 'alt'], problems)
    if (!fields.icon || !fields.alt) return undefined
    if (!hasIcon(fields.icon)) {
      problems.push(source.problem(node.get('icon', true) as Node, `No Noto emoji icon is called "${fields.icon}"`))
      return undefined
    }
    return {kind: 'icon', icon: fields.icon, alt: fields.alt, source: 'table'}
  })
}

/**
 * A user's own pictures (`--pictures DIR`): `DIR/pictures.yml` maps words to image files in DIR, either
 * `police: police.png` or `police: {file: police.svg, alt: a police officer in uniform}`. PNG and SVG only;
 * every file must be a sound picture inside DIR (see picture-file.ts), else the load fails naming it. Without `alt`, the alt text is the word.
 */
export async function loadUserPictures(folder: string): Promise<Checked<Map<string, Picture>>> {
  const file = await firstExisting([path.join(folder, 'pictures.yml'), path.join(folder, 'pictures.yaml')])
  if (!file) return {ok: false, errors: [{file: folder, message: 'The pictures folder needs a pictures.yml that maps words to image files'}]}
  const pending: Array<{problem: (message: string) => Problem; picture: Extract<Picture, {kind: 'file'}>}> = []
  const loaded = await loadMap(file, (source, key, node, problems) => {
    let fields: {file?: string; alt?: string}
    if (isScalar(node) && typeof node.value === 'string') fields = {file: node.value.trim()}
    else if (isMap(node)) fields = checkFields(source, node, ['file', 'alt'], problems, ['file'])
    else {
      problems.push(source.problem(node, `"${key}" needs an image file, like police.png, or {file: police.png, alt: a police officer}`))
      return undefined
    }
    if (!fields.file) return undefined
    const format = /\.png$/i.test(fields.file) ? 'png' : /\.svg$/i.test(fields.file) ? 'svg' : undefined
    if (!format) {
      problems.push(source.problem(node, `"${fields.file}" is not a PNG or SVG file`))
      return undefined
    }
    const picture = {kind: 'file', file: path.resolve(folder, fields.file), format, alt: fields.alt ?? key, source: 'user'} as const
    pending.push({problem: (message) => source.problem(node, message), picture})
    return picture
  })
  if (!loaded.ok) return loaded
  const broken: Problem[] = []
  for (const {problem, picture} of pending) {
    const reason = pictureProblem(picture.file, folder, picture.format)
    if (reason) broken.push(problem(reason))
  }
  return broken.length > 0 ? {ok: false, errors: broken} : loaded
}

type CheckEntry = (source: YamlSource, key: string, node: Node, problems: Problem[]) => Picture | undefined

async function loadMap(file: string, check: CheckEntry): Promise<Checked<Map<string, Picture>>> {
  const parsed = await readYaml(file)
  if (!parsed.ok) return parsed
  const source = parsed.value
  const root = source.document.contents
  const problems: Problem[] = []
  const table = new Map<string, Picture>()
  if (root === null) return {ok: true, value: table}
  if (!isMap(root)) return {ok: false, errors: [source.problem(root as Node, 'A pictures file must be a map from words to pictures')]}
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value).trim() : ''
    if (key === '') {
      problems.push(source.problem(pair.key as Node, 'Each picture needs a word'))
      continue
    }
    const picture = pair.value ? check(source, key, pair.value as Node, problems) : undefined
    if (!pair.value) problems.push(source.problem(pair.key as Node, `"${key}" has no picture`))
    if (picture) table.set(pictureKey(key), picture)
  }
  return problems.length > 0 ? {ok: false, errors: problems} : {ok: true, value: table}
}

function checkFields(source: YamlSource, map: YAMLMap, known: readonly string[], problems: Problem[], required: readonly string[] = known): Record<string, string | undefined> {
  problems.push(...unknownFields(source, map, known))
  const values: Record<string, string | undefined> = {}
  for (const key of known) {
    const field = stringField(source, map, key, required.includes(key))
    if (field.problem) problems.push(field.problem)
    values[key] = field.value
  }
  return values
}

async function firstExisting(files: string[]): Promise<string | undefined> {
  for (const file of files) {
    try {
      await access(file)
      return file
    } catch {
      // Try the next name.
    }
  }
  return undefined
}

/**
 * Both picture tables a build uses: the shipped `pictures.yml` in `dataFolder` (when the package has one) and the
 * user's folder (when given). Every problem in either comes back with its file, line and column.
 */
export async function loadPictures(dataFolder: string, userFolder: string | undefined): Promise<Checked<{table: PictureTable; user: PictureTable}>> {
  const shipped = path.join(dataFolder, 'pictures.yml')
  const table = (await firstExisting([shipped])) ? await loadPictureTable(shipped) : {ok: true as const, value: new Map<string, Picture>()}
  const user = userFolder ? await loadUserPictures(userFolder) : {ok: true as const, value: new Map<string, Picture>()}
  const errors = [...(table.ok ? [] : table.errors), ...(user.ok ? [] : user.errors)]
  if (!table.ok || !user.ok) return {ok: false, errors}
  return {ok: true, value: {table: table.value, user: user.value}}
}
