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

export interface DraftResult {
  file: VFile
  /** The easy-read Markdown draft. */
  markdown: string
  /** The changes page (HTML). */
  changes: string
}

/** Simplify a plan and write it as an easy-read Markdown draft, with the page of changes made; in memory. */
export async function draftWith(planPath: string, options: Options, data: PipelineData): Promise<DraftResult> {
  const {file, tree} = await readPlan(planPath)
  // Everything up to the readability check; the layout into rows belongs to the build of the finished draft.
  const processor = unified().use(stages({...options, simplify: true}, data).filter((stage) => stage.name !== 'layout').map((stage) => stage.use))
  const processed = (await processor.run(tree, file)) as Root
  const name = path.basename(planPath)
  return {file, markdown: toDraftMarkdown(processed, file, name), changes: toChangesPage(file.data.changes ?? [], name)}
}

/** The draft's file names: `<name>.draft.md` and `<name>.changes.html` in `folder`. */
export function draftPaths(planPath: string, folder: string): {markdown: string; changes: string} {
  const name = path.basename(planPath, path.extname(planPath))
  return {markdown: path.join(folder, `${name}.draft.md`), changes: path.join(folder, `${name}.changes.html`)}
}

/** Write the draft and its changes page into `folder`; returns the file and the paths written. */
export async function draftToFolder(planPath: string, folder: string, raw: RawOptions, prepare: (raw: RawOptions) => Promise<{options: Options; data: PipelineData}>, force = false): Promise<{file: VFile; written: string[]}> {
  const {options, data} = await prepare(raw)
  const {file, markdown, changes} = await draftWith(planPath, options, data)
  const paths = draftPaths(planPath, folder)
  const written = await writeOutputs([[paths.markdown, markdown], [paths.changes, changes]], {inputs: [planPath], onInput: 'rename', force})
  return {file, written}
}
