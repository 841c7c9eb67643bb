import path from 'node:path'
import type {VFile} from 'vfile'
import {loadGlossary} from '../glossary/load.js'
import {checkMeans, type MeansReport} from '../glossary/check-means.js'
import {suggestTerms as findSuggestions, toYamlSkeletons, type Suggestion} from '../glossary/suggest.js'
import type {GlossaryEntry} from '../glossary/types.js'
import {loadAmericanSpellings} from '../data.js'
import {checkOptions, defaultOptions} from '../options.js'
import {UserError} from '../util/user-error.js'
import {readInput, type PlanInput} from './input.js'

export type {Suggestion} from '../glossary/suggest.js'
export type {MeansReport} from '../glossary/check-means.js'

/** Where the glossary comes from: folders of .yml files. Default: the shipped glossary/terms. */
export interface GlossarySettings {
  glossary?: readonly string[]
  /** The reading age explanations are judged at. Default: 9. */
  age?: number | string
}

/** The hard words, phrases and acronyms of a plan that no glossary entry explains, most used first. */
export interface SuggestResult {
  file: VFile
  suggestions: Suggestion[]
  /** The suggestions as YAML glossary entries ready to fill in. */
  yaml: string
}

/** Suggest glossary entries for a plan's hard words; a problem with the plan or the glossary is a `UserError`. */
export async function suggestTerms(input: PlanInput, settings: GlossarySettings = {}): Promise<SuggestResult> {
  const entries = await entriesOf(settings.glossary ?? defaultOptions.glossary)
  const {file, tree, name} = await readInput(input)
  const suggestions = await findSuggestions(tree, file, entries, await loadAmericanSpellings())
  return {file, suggestions, yaml: toYamlSkeletons(suggestions, path.basename(name))}
}

/** A glossary checked: its entries, and how its explanations (`means`) fare against the easy-read rules. */
export interface GlossaryCheck {
  entries: GlossaryEntry[]
  /** The glossary files the entries came from. */
  files: string[]
  /** Each explanation judged like a plan's sentence: problems that fail it, and warnings, each at its `means` field. */
  means: MeansReport
  /** Whether no explanation fails the rules (the CLI exits 1 when one does). */
  passed: boolean
}

/**
 * Check glossary folders (default: the shipped glossary): a mistake in a file (YAML syntax, missing, empty or unknown
 * fields, a term defined twice) is a `UserError` with file, line and column; then every explanation is judged.
 */
export async function checkGlossary(folders: readonly string[] = defaultOptions.glossary, settings: Pick<GlossarySettings, 'age'> = {}): Promise<GlossaryCheck> {
  const checked = checkOptions(settings.age === undefined ? {} : {age: settings.age})
  if (!checked.ok) throw new UserError(checked.errors)
  const entries = await entriesOf(folders)
  const means = await checkMeans(entries, {american: await loadAmericanSpellings()}, checked.value.age)
  return {entries, files: [...new Set(entries.map((entry) => entry.source.file))], means, passed: means.failing === 0}
}

async function entriesOf(folders: readonly string[]): Promise<GlossaryEntry[]> {
  const loaded = await loadGlossary(folders)
  if (!loaded.ok) throw new UserError(loaded.errors)
  return loaded.value
}
