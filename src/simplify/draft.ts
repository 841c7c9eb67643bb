import path from 'node:path'
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {unified} from 'unified'
import {readInput, type PlanInput} from '../api/input.js'
import {stages, type PipelineData} from '../pipeline.js'
import type {Options} from '../options.js'
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
export async function draftWith(input: PlanInput, options: Options, data: PipelineData, formats: readonly DraftFormat[] = ['md']): Promise<DraftResult> {
  const {file, tree, name: given} = await readInput(input)
  // Everything up to the readability check; the layout into rows belongs to the build of the finished draft.
  const processor = unified().use(stages({...options, simplify: true}, data).filter((stage) => stage.name !== 'layout').map((stage) => stage.use))
  const processed = (await processor.run(tree, file)) as Root
  const name = path.basename(given)
  // The Word draft first: the Markdown draft marks the tree up as it writes it.
  const docx = formats.includes('docx') ? await toDraftDocx(processed, file, name, options) : undefined
  return {file, markdown: toDraftMarkdown(processed, file, name), changes: toChangesPage(file.data.changes ?? [], name, file.data.leftOut ?? []), ...(docx ? {docx} : {})}
}
