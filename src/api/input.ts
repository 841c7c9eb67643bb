import path from 'node:path'
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {ReadabilitySummary, SentenceReport} from '../readability/types.js'
import {readPlan, readPlanBytes} from '../read/index.js'
import {UserError} from '../util/user-error.js'

/**
 * A plan to read: a path on disk, or its text or bytes held in memory with a name. The name's extension chooses the
 * reader (`.md`, `.markdown`, `.txt`, `.text`, `.docx`, `.pdf`; a text whose name has none is read as Markdown), and
 * the name is what messages and output files are named after.
 */
export type PlanInput = string | {path: string} | {text: string; name: string} | {bytes: Uint8Array; name: string}

/** A plan read: its vfile (messages gather here), its tree, and where it came from. */
export interface ReadInput {
  file: VFile
  tree: Root
  /** The name outputs are named after: the file's name or the name given. */
  name: string
  /** The file on disk it was read from, which no output may replace; undefined for text or bytes. */
  path?: string
}

/** Read a plan from any `PlanInput`; a problem with it (missing, unknown kind, not text, empty) is a `UserError`. */
export async function readInput(input: PlanInput): Promise<ReadInput> {
  if (typeof input === 'string') return readInput({path: input})
  if ('path' in input) return {...(await readPlan(input.path)), ...inputName(input)}
  if (typeof input.name !== 'string' || input.name.trim() === '') throw new TypeError('easyread: a plan given as text or bytes needs a name, e.g. {text, name: "plan.md"}')
  if ('text' in input) {
    if (typeof input.text !== 'string') throw new TypeError('easyread: {text} must be a string; give a Word or PDF file as {bytes, name}')
    const extension = path.extname(input.name) || '.md'
    if (extension.toLowerCase() === '.docx' || extension.toLowerCase() === '.pdf') {
      throw new UserError([{file: input.name, message: `A ${extension} plan is a file of bytes, not text: give it as {bytes, name}`}])
    }
    return {...(await readPlanBytes(new TextEncoder().encode(input.text), input.name, extension)), name: input.name}
  }
  if (!(input.bytes instanceof Uint8Array)) throw new TypeError('easyread: {bytes} must be a Uint8Array (a Buffer is one)')
  return {...(await readPlanBytes(input.bytes, input.name)), name: input.name}
}

/** The name and path of a plan input, before it is read. */
export function inputName(input: PlanInput): {name: string; path?: string} {
  if (typeof input === 'string') return {name: input, path: input}
  return 'path' in input ? {name: input.path, path: input.path} : {name: input.name}
}

/** What every result of a plan holds: the file with its messages, where the plan came from, how its sentences read. */
export interface PlanResult {
  /** The processed file: every stage's results in `file.data`, every message in `file.messages`. */
  file: VFile
  /** Every warning and note, each with its place, `ruleId` and `source` (the same list as `file.messages`). */
  messages: VFileMessage[]
  /** The plan's name: its path, or the name given with its text or bytes. */
  name: string
  /** The plan's path on disk, when it was read from one. */
  path?: string
  /** The readability summary (sentences passing, warning and failing, median reading age, …). */
  readability?: ReadabilitySummary
  /** Every sentence with its scores, verdict and findings, in document order. */
  sentences: SentenceReport[]
}

/** The `PlanResult` part of a result, from the plan read and its processed file. */
export function planResult(read: Pick<ReadInput, 'file' | 'name' | 'path'>): PlanResult {
  const {file, name, path} = read
  return {file, messages: file.messages, name, ...(path === undefined ? {} : {path}), readability: file.data.readability, sentences: file.data.sentences ?? []}
}
