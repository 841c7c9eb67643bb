import {existsSync} from 'node:fs'
import path from 'node:path'
import {stringify} from 'yaml'
import type {GlossaryEntry} from '../glossary/types.js'
import {loadGlossary} from '../glossary/load.js'
import {normaliseName} from '../glossary/forms.js'
import {checkMeans} from '../glossary/check-means.js'
import type {Problem} from '../util/result.js'
import {UserError} from '../util/user-error.js'
import {writeFileAtomic} from '../util/write-file.js'

/** The writer's own glossary folder, beside the draft: the workbench never writes to the shipped glossary. */
export function writerGlossaryFolder(draftPath: string): string {
  return path.join(path.dirname(path.resolve(draftPath)), 'easyread-glossary')
}

/** The file the workbench writes the writer's explanations to. */
export function writerGlossaryFile(draftPath: string): string {
  return path.join(writerGlossaryFolder(draftPath), 'terms.yml')
}

/** The writer's entries (none when the folder does not exist yet); a broken file is a `UserError` with its places. */
export async function loadWriterGlossary(draftPath: string): Promise<GlossaryEntry[]> {
  const folder = writerGlossaryFolder(draftPath)
  if (!existsSync(writerGlossaryFile(draftPath))) return []
  const loaded = await loadGlossary([folder])
  if (!loaded.ok) throw new UserError(loaded.errors)
  return loaded.value
}

/** The glossary the workbench builds with: the shipped entries, each replaced by the writer's entry of the same term. */
export function mergeGlossaries(shipped: readonly GlossaryEntry[], writer: readonly GlossaryEntry[]): GlossaryEntry[] {
  const names = new Set(writer.flatMap((entry) => [entry.term, ...entry.aliases].map(normaliseName)))
  const kept = shipped.filter((entry) => ![entry.term, ...entry.aliases].some((name) => names.has(normaliseName(name))))
  return [...kept, ...writer]
}

/** What a saved explanation got from `glossary check`'s judging: problems that fail it, and warnings. */
export interface SavedTerm {
  entries: GlossaryEntry[]
  fail: Problem[]
  warn: Problem[]
}

/**
 * Write an explanation into the writer's glossary file (a new term, or the writer's version of a shipped one, which
 * keeps its aliases and picture), atomically; then load the file back and judge it as `easyread glossary check` does.
 */
export async function saveTerm(draftPath: string, term: {term: string; means: string}, shipped: readonly GlossaryEntry[], american: ReadonlyMap<string, string>): Promise<SavedTerm> {
  const name = normaliseName(term.term)
  const means = term.means.replace(/\s+/g, ' ').trim()
  if (name === '' || means === '') throw new UserError([{file: writerGlossaryFile(draftPath), message: 'A term needs its words and an explanation'}])
  const current = await loadWriterGlossary(draftPath)
  const base = current.find((entry) => normaliseName(entry.term) === name) ?? shipped.find((entry) => [entry.term, ...entry.aliases].some((alias) => normaliseName(alias) === name))
  const updated = {term: base?.term ?? term.term.trim(), ...(base?.aliases.length ? {aliases: base.aliases} : {}), means, ...(base?.picture ? {picture: base.picture} : {})}
  const others = current.filter((entry) => entry !== base).map((entry) => ({term: entry.term, ...(entry.aliases.length ? {aliases: entry.aliases} : {}), means: entry.means, ...(entry.short ? {short: entry.short} : {}), ...(entry.picture ? {picture: entry.picture} : {})}))
  const header = '# The writer\'s own explanations, written by easyread edit. They win over the shipped glossary\'s.\n'
  await writeFileAtomic(writerGlossaryFile(draftPath), header + stringify([...others, updated], {lineWidth: 0}))
  const entries = await loadWriterGlossary(draftPath)
  const judged = await checkMeans(entries, {american})
  return {entries, fail: judged.fail, warn: judged.warn}
}
