import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {isMap, isSeq, type Node, type YAMLMap} from 'yaml'
import {dataFolder} from '../options.js'
import type {PlanBlockKind} from '../types.js'
import type {Checked, Problem} from '../util/result.js'
import {cachedLoad} from '../util/data-cache.js'
import {parseYaml, stringField, unknownFields, wholeNumberField, type YamlSource} from '../util/yaml.js'
import {plainWordsOf} from './load-plain-words.js'
import type {Acronym, BlockWording, PlanCodeWording, SimplifyData, SplitWording, VoiceWording} from './types.js'

const kinds: readonly PlanBlockKind[] = ['objective', 'activity', 'milestones', 'update', 'measures']

/**
 * Read the simplify stage's data from `folder` (default: the shipped `glossary/`): plain-words.yml, acronyms.yml,
 * simplify-headings.yml, plan-codes.yml, splits.yml and voice.yml, checked at the boundary with file, line and column.
 * A missing plain-words.yml or acronyms.yml gives an empty list (those rules then change nothing).
 */
export function loadSimplifyData(folder = dataFolder): Checked<SimplifyData> {
  return cachedLoad('simplify', simplifyFiles.map((name) => path.join(folder, name)), () => readSimplifyData(folder), (loaded) => loaded.ok)
}

const simplifyFiles = ['plain-words.yml', 'acronyms.yml', 'simplify-headings.yml', 'plan-codes.yml', 'splits.yml', 'voice.yml'] as const

function readSimplifyData(folder: string): Checked<SimplifyData> {
  const errors: Problem[] = []
  const open = (name: (typeof simplifyFiles)[number], optional: boolean): YamlSource | undefined => {
    const file = path.join(folder, name)
    if (!existsSync(file)) {
      if (!optional) errors.push({file, message: 'Missing data file'})
      return undefined
    }
    const parsed = parseYaml(file, readFileSync(file, 'utf8'))
    if (!parsed.ok) errors.push(...parsed.errors)
    return parsed.ok ? parsed.value : undefined
  }
  const plainWords = plainWordsOf(open('plain-words.yml', true), errors)
  // An everyday short form ("GP", "NHS") is easier than its words in full: the acronym rule never writes it out.
  const acronyms = listOf(open('acronyms.yml', true), ['acronym', 'expansion'], errors, ['describes', 'everyday'])
    .filter(({everyday}) => !everyday)
    .map(({acronym, expansion, describes}) => ({acronym: acronym!, expansion: expansion!, ...(describes ? {describes: true} : {})}) satisfies Acronym)
  const blocks = blockWording(open('simplify-headings.yml', false), errors)
  const planCodes = open('plan-codes.yml', false)?.document.toJS() as PlanCodeWording | undefined
  const splitsSource = open('splits.yml', false)
  const splitsRaw = splitsSource?.document.toJS() as Record<string, unknown> | undefined
  // The length a sentence is split above: checked here, as a wrong value would split everything or nothing.
  const above = splitsSource && isMap(splitsSource.document.contents) ? wholeNumberField(splitsSource, splitsSource.document.contents, 'above', 5) : undefined
  if (above?.problem) errors.push(above.problem)
  const voice = voiceWording(open('voice.yml', false), errors)
  if (errors.length > 0 || !blocks || !planCodes || !splitsRaw || !voice) return {ok: false, errors}
  const which = splitsRaw.which as {singular: string; plural: string}
  const pair = (key: string) => {
    const value = splitsRaw[key] as Record<string, unknown> | undefined
    return {withHelper: String(value?.['with-helper'] ?? ''), without: String(value?.without ?? '')}
  }
  const words = (key: string) => (splitsRaw[key] as unknown[] | undefined ?? []).map(String)
  const result = splitsRaw.result as Record<string, unknown> | undefined
  const splits: SplitWording = {
    which,
    but: String(splitsRaw.but),
    soThat: String(splitsRaw['so-that']),
    whileAlso: String(splitsRaw['while-also']),
    purpose: pair('purpose'),
    toComplements: words('to-complements'),
    toObjects: words('to-objects'),
    purposeNouns: words('purpose-nouns'),
    including: String(splitsRaw.including),
    includingAside: splitsRaw['including-aside'] as {singular: string; plural: string},
    participle: String(splitsRaw.participle),
    notParticiples: words('not-participles'),
    result: {lead: String(result?.lead ?? 'This'), participles: (result?.participles as unknown[] | undefined ?? []).map(String)},
    appositive: splitsRaw.appositive as {singular: string; plural: string},
    range: String(splitsRaw.range),
    that: splitsRaw.that as {singular: string; plural: string},
    thatNotAfter: words('that-not-after'),
    with: splitsRaw.with as {singular: string; plural: string; future: string},
    who: splitsRaw.who as {singular: string; plural: string},
    setOutIn: String(splitsRaw['set-out-in']),
    notVerbs: words('not-verbs'),
    connectives: words('connectives'),
    above: above!.value!
  }
  return {ok: true, value: {plainWords, acronyms, blocks, planCodes, splits, voice}}
}

/**
 * A YAML list of maps with the `required` text fields; other fields are allowed (acronyms.yml has `plain`). Each of
 * `flags` is read as true (the text "true") when the entry says `flag: true`, and must be true or false when given.
 */
function listOf(source: YamlSource | undefined, required: readonly string[], errors: Problem[], flags: readonly string[] = []): Array<Record<string, string | undefined>> {
  if (!source) return []
  const root = source.document.contents
  if (root === null) return []
  if (!isSeq(root)) {
    errors.push(source.problem(root as Node, `Expected a list of entries with ${required.join(', ')}`))
    return []
  }
  return root.items.flatMap((item) => {
    if (!isMap(item)) {
      errors.push(source.problem(item as Node, `Expected an entry with ${required.join(', ')}`))
      return []
    }
    const entry: Record<string, string | undefined> = {}
    for (const key of required) {
      const field = stringField(source, item as YAMLMap, key, true)
      if (field.problem) errors.push(field.problem)
      entry[key] = field.value
    }
    for (const key of flags) {
      const value = (item as YAMLMap).get(key)
      if (value !== undefined && typeof value !== 'boolean') errors.push(source.problem(((item as YAMLMap).get(key, true) as Node | undefined) ?? (item as Node), `${key} must be true or false`))
      if (value === true) entry[key] = 'true'
    }
    return required.every((key) => entry[key] !== undefined) ? [entry] : []
  })
}

function blockWording(source: YamlSource | undefined, errors: Problem[]): Record<PlanBlockKind, BlockWording> | undefined {
  if (!source) return undefined
  const root = source.document.contents
  if (!isMap(root)) {
    errors.push(source.problem(root as Node, 'Expected a map of block kinds (objective, activity, …) to {heading, lead}'))
    return undefined
  }
  const result: Partial<Record<PlanBlockKind, BlockWording>> = {}
  for (const kind of kinds) {
    const node = root.get(kind, true) as Node | undefined
    if (!isMap(node)) {
      errors.push(source.problem(node ?? root, `Expected "${kind}" with a heading`))
      continue
    }
    const heading = stringField(source, node, 'heading', true)
    const lead = stringField(source, node, 'lead', false)
    if (heading.problem) errors.push(heading.problem)
    if (lead.problem) errors.push(lead.problem)
    if (heading.value) result[kind] = {heading: heading.value, ...(lead.value ? {lead: lead.value} : {})}
  }
  return Object.keys(result).length === kinds.length ? (result as Record<PlanBlockKind, BlockWording>) : undefined
}

let shipped: SimplifyData | undefined

/** The shipped data, loaded once; a problem in it is a bug in easyread, not the user's mistake. */
export function shippedSimplifyData(): SimplifyData {
  if (shipped) return shipped
  const loaded = loadSimplifyData()
  if (!loaded.ok) throw new TypeError(`easyread's simplify data is broken: ${loaded.errors.map((problem) => `${problem.file}:${problem.line ?? 1}: ${problem.message}`).join('; ')}`)
  shipped = loaded.value
  return shipped
}

/** voice.yml: the words for "we" and "our", the question's lead, and how often a name must be asked about. */
function voiceWording(source: YamlSource | undefined, errors: Problem[]): VoiceWording | undefined {
  if (!source) return undefined
  const root = source.document.contents
  if (!isMap(root)) {
    errors.push(source.problem(root as Node, 'Expected a map with we, our, how-well and seen'))
    return undefined
  }
  const problems = unknownFields(source, root, ['we', 'our', 'how-well', 'seen'])
  const [we, our, howWell] = ['we', 'our', 'how-well'].map((key) => stringField(source, root, key, true))
  const seen = wholeNumberField(source, root, 'seen', 1)
  problems.push(...[we, our, howWell, seen].flatMap((field) => (field!.problem ? [field!.problem] : [])))
  errors.push(...problems)
  return problems.length === 0 ? {we: we!.value!, our: our!.value!, howWell: howWell!.value!, seen: seen.value!} : undefined
}
