import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {isMap, isScalar, isSeq, YAMLMap, type Node} from 'yaml'
import {dataFolder} from '../options.js'
import type {Checked, Problem} from '../util/result.js'
import {cachedLoad} from '../util/data-cache.js'
import {parseYaml, stringField, type YamlSource} from '../util/yaml.js'
import {roles, type PlanKind, type Role, type SelectData} from './types.js'

/**
 * Read the select stage's data (default: the shipped glossary/select.yml), checked at the boundary: every problem
 * with its file, line and column.
 */
export function loadSelectData(file = path.join(dataFolder, 'select.yml')): Checked<SelectData> {
  return cachedLoad('select', [file], () => readSelectData(file), (loaded) => loaded.ok)
}

function readSelectData(file: string): Checked<SelectData> {
  if (!existsSync(file)) return {ok: false, errors: [{file, message: 'Missing data file'}]}
  const parsed = parseYaml(file, readFileSync(file, 'utf8'))
  if (!parsed.ok) return parsed
  const source = parsed.value
  const root = source.document.contents
  if (!isMap(root)) return {ok: false, errors: [source.problem(root as Node, 'select.yml must be a map')]}
  const errors: Problem[] = []
  const words = (map: YAMLMap, key: string): string[] => {
    const node = map.get(key, true) as Node | undefined
    if (!isSeq(node) || node.items.length === 0) {
      errors.push(source.problem(node ?? map, `"${key}" must be a list of words`))
      return []
    }
    // A cue of no letter or digit ("*", "-") would match at every word, or nowhere.
    for (const item of node.items) {
      const value = String(isScalar(item) ? item.value : '')
      if (!/[\p{L}\p{N}]/u.test(value)) errors.push(source.problem(item as Node, `"${key}" holds "${value}", which is no word: give it a letter or a digit`))
    }
    return (node.toJSON() as unknown[]).map(String)
  }
  const map = (parent: YAMLMap, key: string): YAMLMap => {
    const node = parent.get(key, true) as Node | undefined
    if (isMap(node)) return node
    errors.push(source.problem(node ?? parent, `"${key}" must be a map`))
    return new YAMLMap()
  }
  const text = (parent: YAMLMap, key: string): string => {
    const field = stringField(source, parent, key, true)
    if (field.problem) errors.push(field.problem)
    return field.value ?? ''
  }
  const roleOf = (node: Node, name: string): Role | undefined => {
    if (roles.includes(name as Role)) return name as Role
    errors.push(source.problem(node, `Unknown role "${name}" (expected one of: ${roles.join(', ')})`))
    return undefined
  }
  const roleMap = map(root, 'roles')
  const roleWords = roleMap.items.flatMap((pair) => {
    const role = roleOf(pair.key as Node, String((pair.key as {value?: unknown}).value))
    return role ? [{role, words: words(roleMap, role)}] : []
  })
  const need = words(root, 'need').flatMap((name) => roleOf(root.get('need', true) as Node, name) ?? [])
  const most = mostOf(source, map(root, 'most'), errors)
  const repeats = root.get('repeats')
  if (typeof repeats !== 'number' || repeats <= 0 || repeats > 1) errors.push(source.problem((root.get('repeats', true) as Node) ?? root, '"repeats" must be a share from 0 to 1, like 0.7'))
  const opening = map(root, 'opening')
  const kindsMap = map(opening, 'kinds')
  const kinds: PlanKind[] = kindsMap.items.map((pair) => {
    const name = String((pair.key as {value?: unknown}).value)
    const kind = map(kindsMap, name)
    return {name, words: words(kind, 'words'), what: text(kind, 'what'), means: text(kind, 'means')}
  })
  const reporting = map(root, 'reporting')
  const firstPass = root.get('firstPass')
  if (typeof firstPass !== 'number' || !Number.isInteger(firstPass) || firstPass < 0) errors.push(source.problem((root.get('firstPass', true) as Node) ?? root, '"firstPass" must be a whole number, 0 or more'))
  const data: SelectData = {
    roles: roleWords,
    need,
    most,
    carries: words(root, 'carries'),
    empty: words(root, 'empty'),
    repeats: Number(repeats),
    pointsBack: words(root, 'pointsBack'),
    firstPass: Number(firstPass),
    opening: {heading: text(opening, 'heading'), years: text(opening, 'years'), made: text(opening, 'made'), priorities: text(opening, 'priorities'), priority: text(opening, 'priority'), list: text(opening, 'list'), kinds},
    reporting: {heading: text(reporting, 'heading'), first: text(reporting, 'first'), other: text(reporting, 'other')}
  }
  return errors.length > 0 ? {ok: false, errors} : {ok: true, value: data}
}

function mostOf(source: YamlSource, map: YAMLMap, errors: Problem[]): SelectData['most'] {
  const most: Partial<Record<Role | 'milestones', number>> = {}
  for (const pair of map.items) {
    const name = String((pair.key as {value?: unknown}).value)
    const value = (pair.value as {value?: unknown} | null)?.value
    if (name !== 'milestones' && !roles.includes(name as Role)) errors.push(source.problem(pair.key as Node, `Unknown role "${name}" in "most"`))
    else if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) errors.push(source.problem((pair.value as Node) ?? map, `"most.${name}" must be a whole number, 0 or more`))
    else most[name as Role | 'milestones'] = value
  }
  return most
}

let shipped: SelectData | undefined
/** The shipped data, read once; a broken shipped file is a programmer's mistake. */
export function shippedSelectData(): SelectData {
  if (shipped) return shipped
  const loaded = loadSelectData()
  if (!loaded.ok) throw new TypeError(`glossary/select.yml: ${loaded.errors.map((error) => `${error.line}:${error.column} ${error.message}`).join('; ')}`)
  shipped = loaded.value
  return shipped
}
