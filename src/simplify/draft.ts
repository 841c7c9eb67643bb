import path from 'node:path'
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {unified} from 'unified'
import type {RawOptions} from '../options.js'
import {readPlan} from '../read/index.js'
import {stages, type PipelineData} from '../pipeline.js'
import type {Options} from '../options.js'
import {writeOutputs} from '../util/write-file.js'
import {toDraftMarkdown} from './draft-markdown.js'
import {toChangesPage} from './changes-page.js'
import {toDraftDocx} from '../write/docx/draft.js'

/** What a draft is written as: the Markdown draft (default) and the Word draft with tracked changes. */
export type DraftFormat = 'md' | 'docx'

export interface DraftResult {
  file: VFile
  /** The easy-read Markdown draft. */
  markdown: string
  /** The changes page (HTML). */
  changes: string
  /** The Word draft, every change a tracked change (when asked for). */
  docx?: Uint8Array
}

/** Simplify a plan and write it as an easy-read Markdown draft, with the page of changes made; in memory. */
export async function draftWith(planPath: string, options: Options, data: PipelineData, formats: readonly DraftFormat[] = ['md']): Promise<DraftResult> {
  const {file, tree} = await readPlan(planPath)
  // Everything up to the readability check; the layout into rows belongs to the build of the finished draft.
  const processor = unified().use(stages({...options, simplify: true}, data).filter((stage) => stage.name !== 'layout').map((stage) => stage.use))
  const processed = (await processor.run(tree, file)) as Root
  const name = path.basename(planPath)
  // The Word draft first: the Markdown draft marks the tree up as it writes it.
  const docx = formats.includes('docx') ? await toDraftDocx(processed, file, name, options) : undefined
  return {file, markdown: toDraftMarkdown(processed, file, name), changes: toChangesPage(file.data.changes ?? [], name, file.data.leftOut ?? []), ...(docx ? {docx} : {})}
}

/** The draft's file names: `<name>.draft.md`, `<name>.draft.docx` and `<name>.changes.html` in `folder`. */
export function draftPaths(planPath: string, folder: string): {markdown: string; docx: string; changes: string} {
  const name = path.basename(planPath, path.extname(planPath))
  return {markdown: path.join(folder, `${name}.draft.md`), docx: path.join(folder, `${name}.draft.docx`), changes: path.join(folder, `${name}.changes.html`)}
}

/** Write the draft and its changes page into `folder`; returns the file and the paths written. */
export async function draftToFolder(planPath: string, folder: string, raw: RawOptions, prepare: (raw: RawOptions) => Promise<{options: Options; data: PipelineData}>, formats: readonly DraftFormat[] = ['md'], force = false): Promise<{file: VFile; written: string[]}> {
  const {options, data} = await prepare(raw)
  const {file, markdown, changes, docx} = await draftWith(planPath, options, data, formats)
  const paths = draftPaths(planPath, folder)
  const outputs: Array<readonly [string, string | Uint8Array]> = []
  if (formats.includes('md')) outputs.push([paths.markdown, markdown])
  if (docx) outputs.push([paths.docx, docx])
  outputs.push([paths.changes, changes])
  const written = await writeOutputs(outputs, {inputs: [planPath], onInput: 'rename', force})
  return {file, written}
}
