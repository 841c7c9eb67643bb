import {existsSync} from 'node:fs'
import path from 'node:path'
import {isMap, isScalar, isSeq, type Node} from 'yaml'
import {checkOptions, type Options, type RawOptions} from './options.js'
import type {Checked, Problem} from './util/result.js'
import {readYaml, type YamlSource} from './util/yaml.js'
import {configRows} from './options/table.js'

/** The config file looked for in the current folder and its parents when no `--config` is given. */
export const configFileName = 'easyread.config.yml'

/** Config keys (as the command line spells them) → options, from the option table. Paths are relative to the config file. */
const keys: Record<string, {option: keyof Options; path?: 'one' | 'many'}> = Object.fromEntries(
  configRows().flatMap((row) => (row.option ? [[row.config!, {option: row.option, ...(row.path ? {path: row.path} : {})}]] : []))
)

/**
 * Read an `easyread.config.yml` into raw options, checked at the boundary: an unknown key or a wrong value is a
 * problem with the file, line and column of the value, e.g.
 *
 * ```yaml
 * font: Arial
 * font-size: 18
 * line-spacing: 1.5
 * page-size: Letter
 * colours: {text: "#1a1a1a", background: "#ffffff", heading: "#0b4f8a", callout: "#fff4cc"}
 * pictures: our-pictures      # a folder with pictures.yml
 * ```
 */
export async function loadConfig(file: string): Promise<Checked<RawOptions>> {
  const parsed = await readYaml(file)
  if (!parsed.ok) return parsed
  const source = parsed.value
  const root = source.document.contents
  if (root === null) return {ok: true, value: {}}
  if (!isMap(root)) return {ok: false, errors: [source.problem(root as Node, 'A config file must be a map of settings, like "font-size: 18"')]}
  const raw: RawOptions = {}
  const errors: Problem[] = []
  for (const pair of root.items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : ''
    const key = keys[name]
    const node = (pair.value ?? pair.key) as Node
    if (!key) {
      errors.push(source.problem(pair.key as Node, `Unknown setting "${name}" (expected one of: ${Object.keys(keys).join(', ')})`))
      continue
    }
    let value: unknown = pair.value && typeof (pair.value as Node).toJSON === 'function' ? (pair.value as Node).toJSON() : null
    if (key.path && (typeof value === 'string' || (isSeq(pair.value) && Array.isArray(value)))) {
      const resolve = (entry: unknown) => path.resolve(path.dirname(file), String(entry))
      value = key.path === 'one' ? resolve(value) : (Array.isArray(value) ? value : [value]).map(resolve)
    }
    // Each value is checked alone, so that its problems point at its own line.
    const checked = checkOptions({[key.option]: value ?? ''}, file)
    if (checked.ok) raw[key.option] = value
    else errors.push(...(entryProblems(source, pair.value, key.option, name, file) ?? checked.errors.map((problem) => source.problem(node, problem.message.replace(/^--[\w-]+/, name)))))
  }
  return errors.length > 0 ? {ok: false, errors} : {ok: true, value: raw}
}

/**
 * The problems of a map setting ("rules: {tail-including: of}") found by checking each entry alone, each at its own
 * key; undefined when the value is no map or no entry alone is wrong (the entries are wrong together, as colours can be).
 */
function entryProblems(source: YamlSource, value: unknown, option: keyof Options, name: string, file: string): Problem[] | undefined {
  if (!isMap(value)) return undefined
  const problems = value.items.flatMap((item) => {
    const entry = {[String(isScalar(item.key) ? item.key.value : '')]: isScalar(item.value) ? item.value.value : (item.value as Node | null)?.toJSON()}
    const one = checkOptions({[option]: entry}, file)
    return one.ok ? [] : one.errors.map((problem) => source.problem(item.key as Node, problem.message.replace(/^--[\w-]+:?\s*/, `${name}: `)))
  })
  return problems.length > 0 ? problems : undefined
}

/**
 * The config file to read: the one given, else the nearest `easyread.config.yml` in `folder` or its parents, as
 * eslint and Vale look for theirs; the search stops at a folder holding `.git` (the project's root) or the
 * filesystem's root.
 */
export function findConfig(given: string | undefined, folder = process.cwd()): string | undefined {
  if (given) return given
  for (let current = path.resolve(folder); ; current = path.dirname(current)) {
    const candidate = path.join(current, configFileName)
    if (existsSync(candidate)) return candidate
    if (existsSync(path.join(current, '.git')) || path.dirname(current) === current) return undefined
  }
}

/** Options from the command line win over the config file's; colours are merged one by one. */
export function mergeRaw(fromConfig: RawOptions, fromFlags: RawOptions): RawOptions {
  const merged: RawOptions = {...fromConfig}
  for (const [key, value] of Object.entries(fromFlags) as Array<[keyof RawOptions, unknown]>) {
    if (value === undefined) continue
    merged[key] = key === 'colours' && isRecord(value) && isRecord(fromConfig.colours) ? {...fromConfig.colours, ...value} : value
  }
  return merged
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
