import {readdirSync} from 'node:fs'
import path from 'node:path'
import {isMap, isScalar, isSeq, type Node} from 'yaml'
import type {GlossaryEntry, SenseSignal} from './types.js'
import type {Checked, Problem} from '../util/result.js'
import {pictureProblem} from '../layout/picture-file.js'
import {cachedLoadAsync} from '../util/data-cache.js'
import {readYaml, stringField, unknownFields, type YamlSource} from '../util/yaml.js'
import {normaliseName} from './forms.js'
import {parseSignal} from './sense.js'

const fields = ['term', 'aliases', 'means', 'short', 'picture', 'sense'] as const
const senseFields = ['this', 'other'] as const

/**
 * Load every `*.yml` / `*.yaml` file in the given folders into checked glossary entries.
 * Any problem (YAML syntax, a missing, empty or unknown field, a term or alias defined twice, across files too)
 * fails the whole load with every problem's file, line and column: nothing is built from a broken glossary.
 */
export async function loadGlossary(folders: readonly string[]): Promise<Checked<GlossaryEntry[]>> {
  return cachedLoadAsync('glossary', folders.flatMap((folder) => yamlFilesIn(folder) ?? []), () => readGlossary(folders), (loaded) => loaded.ok)
}

/** The `.yml` and `.yaml` files of a folder, sorted, or undefined when it cannot be read. */
function yamlFilesIn(folder: string): string[] | undefined {
  try {
    return readdirSync(folder).filter((name) => /\.ya?ml$/i.test(name)).sort().map((name) => path.join(folder, name))
  } catch {
    return undefined
  }
}

async function readGlossary(folders: readonly string[]): Promise<Checked<GlossaryEntry[]>> {
  const errors: Problem[] = []
  const entries: GlossaryEntry[] = []
  for (const folder of folders) {
    const files = yamlFilesIn(folder)
    if (!files) {
      errors.push({file: folder, message: 'Cannot read the glossary folder: it does not exist or is not a folder'})
      continue
    }
    if (files.length === 0) errors.push({file: folder, message: 'The glossary folder has no .yml files'})
    for (const file of files) {
      const parsed = await readYaml(file)
      if (!parsed.ok) errors.push(...parsed.errors)
      else entries.push(...checkFile(parsed.value, errors))
    }
  }
  errors.push(...findDuplicates(entries))
  return errors.length > 0 ? {ok: false, errors} : {ok: true, value: entries}
}

function checkFile(source: YamlSource, errors: Problem[]): GlossaryEntry[] {
  const root = source.document.contents
  if (root === null) return []
  if (!isSeq(root)) {
    errors.push(source.problem(root as Node, 'A glossary file must be a list of entries (each starting with "- term:")'))
    return []
  }
  const entries: GlossaryEntry[] = []
  for (const item of root.items) {
    if (!isMap(item)) {
      errors.push(source.problem(item as Node, 'A glossary entry must be a map with "term" and "means"'))
      continue
    }
    const problems = unknownFields(source, item, fields)
    const term = stringField(source, item, 'term', true)
    const means = stringField(source, item, 'means', true)
    const short = stringField(source, item, 'short', false)
    const picture = stringField(source, item, 'picture', false)
    const aliases = readAliases(source, item.get('aliases', true) as Node | undefined, problems)
    const sense = readSense(source, item.get('sense', true) as Node | undefined, problems)
    for (const field of [term, means, short, picture]) if (field.problem) problems.push(field.problem)
    if (term.value && normaliseName(term.value) === '') problems.push(source.problem(item.get('term', true) as Node, `The term "${term.value}" has no letters or digits`))
    const pictureFormat = picture.value && /\.(png|svg)$/i.exec(picture.value)?.[1]?.toLowerCase()
    if (pictureFormat) {
      const folder = path.dirname(source.file)
      const reason = pictureProblem(path.resolve(folder, picture.value!), folder, pictureFormat as 'png' | 'svg')
      if (reason) problems.push(source.problem(item.get('picture', true) as Node, reason))
    }
    if (problems.length > 0 || !term.value || !means.value) {
      errors.push(...problems)
      continue
    }
    entries.push({
      id: normaliseName(term.value).replace(/ /g, '-'),
      term: term.value,
      aliases,
      means: means.value,
      ...(short.value ? {short: short.value} : {}),
      ...(picture.value ? {picture: picture.value} : {}),
      ...(sense ? {sense} : {}),
      source: {file: source.file, ...source.place(item), means: source.place(item.get('means', true) as Node)}
    })
  }
  return entries
}

function readAliases(source: YamlSource, node: Node | undefined, problems: Problem[]): string[] {
  if (node === undefined) return []
  if (!isSeq(node)) {
    problems.push(source.problem(node, 'Field "aliases" must be a list, like [multi-agency, multi agency]'))
    return []
  }
  return node.items.flatMap((item) => {
    if (isScalar(item) && typeof item.value === 'string' && item.value.trim() !== '') return [item.value.trim()]
    problems.push(source.problem(item as Node, 'Each alias must be non-empty text'))
    return []
  })
}

/**
 * `sense: {this: [...], other: [...]}`: the words that show the term is used in this entry's sense, and those that
 * show another sense (see sense.ts). Each list is optional; a signal in both lists is a mistake.
 */
function readSense(source: YamlSource, node: Node | undefined, problems: Problem[]): GlossaryEntry['sense'] {
  if (node === undefined) return undefined
  if (!isMap(node)) {
    problems.push(source.problem(node, 'Field "sense" must be a map, like {this: [wheelchair], other: [easily ~]}'))
    return undefined
  }
  problems.push(...unknownFields(source, node, senseFields))
  const lists = {this: [] as SenseSignal[], other: [] as SenseSignal[]}
  const written = new Map<string, string>()
  for (const key of senseFields) {
    const list = node.get(key, true) as Node | undefined
    if (list === undefined) continue
    if (!isSeq(list)) {
      problems.push(source.problem(list, `Field "sense.${key}" must be a list of words, like [wheelchair, easily ~]`))
      continue
    }
    for (const item of list.items) {
      const parsed = isScalar(item) && typeof item.value === 'string' ? parseSignal(item.value) : 'A sense signal must be text'
      if (typeof parsed === 'string') {
        problems.push(source.problem(item as Node, parsed))
        continue
      }
      const said = String((item as {value: unknown}).value).toLowerCase().trim()
      const earlier = written.get(said)
      if (earlier !== undefined && earlier !== key) problems.push(source.problem(item as Node, `"${said}" is a signal of this sense and of another one: keep it in one list`))
      written.set(said, key)
      lists[key].push(parsed)
    }
  }
  return lists.this.length + lists.other.length > 0 ? lists : undefined
}

function findDuplicates(entries: GlossaryEntry[]): Problem[] {
  const seen = new Map<string, GlossaryEntry>()
  const problems: Problem[] = []
  for (const entry of entries) {
    for (const name of new Set([entry.term, ...entry.aliases].map(normaliseName))) {
      const earlier = seen.get(name)
      if (earlier) {
        const where = `${path.basename(earlier.source.file)}:${earlier.source.line}`
        problems.push({...entry.source, message: `"${name}" is defined twice: here and at ${where} ("${earlier.term}")`})
      } else {
        seen.set(name, entry)
      }
    }
  }
  return problems
}
