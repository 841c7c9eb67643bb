import path from 'node:path'
import type {Format} from '../options.js'
import {writeOutputs} from '../util/write-file.js'

/** One file a result holds, named as it would be written: `plan.html`, `plan.draft.md`, … */
export interface OutputFile {
  /** The file's name (no folder): the plan's name with the output's extension. */
  name: string
  contents: string | Uint8Array
}

/** What `writeResult` writes: the files, and the plan on disk they came from (no output may replace it). */
export interface Written {
  files: readonly OutputFile[]
  path?: string
}

export interface WriteOptions {
  /** Replace existing files that easyread did not make. Default: false (they are kept, and nothing is written). */
  force?: boolean
}

/** The base name outputs take from a plan: `plans/park.md` → `park`. */
export function baseName(name: string): string {
  return path.basename(name, path.extname(name))
}

/** Each build output's file name: `<name>.html`, `<name>.docx`, `<name>.report.json`, `<name>.pdf`. */
export const buildFileNames: Record<Format, (base: string) => string> = {
  html: (base) => `${base}.html`,
  docx: (base) => `${base}.docx`,
  json: (base) => `${base}.report.json`,
  pdf: (base) => `${base}.pdf`
}

/** The output file names for a plan in `folder`, by format. */
export function outputPaths(planName: string, folder: string): Record<Format, string> {
  const base = baseName(planName)
  return Object.fromEntries(Object.entries(buildFileNames).map(([format, name]) => [format, path.join(folder, name(base))])) as Record<Format, string>
}

/**
 * Write a result's files into `folder`, each whole or not at all (a temporary file, then a rename), after checking
 * them all: never over the plan (an output that would land on it is named `<name>.easy-read.<ext>`), a folder, or,
 * without `force`, a file easyread did not make. A refused file is a `UserError` and leaves every file as it was.
 * Returns the paths written.
 */
export async function writeResult(result: Written, folder: string, options: WriteOptions = {}): Promise<string[]> {
  const entries = result.files.map((file) => [path.join(folder, file.name), file.contents] as const)
  return writeOutputs(entries, {inputs: result.path === undefined ? [] : [result.path], onInput: 'rename', force: options.force === true})
}

/**
 * Write one file the user named (as `check --out FILE`), whole or not at all: never over any of `inputs` (refused),
 * nor, without `force`, over a file easyread did not make.
 */
export async function writeFileSafely(target: string, contents: string | Uint8Array, inputs: readonly string[] = [], options: WriteOptions = {}): Promise<string> {
  const [written] = await writeOutputs([[target, contents]], {inputs, onInput: 'refuse', force: options.force === true})
  return written!
}
