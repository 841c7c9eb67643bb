import path from 'node:path'
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {checkOptions, type Format, type Options, type RawOptions} from './options.js'
import {readPlan} from './read/index.js'
import {loadGlossary} from './glossary/load.js'
import {createProcessor, type PipelineData} from './pipeline.js'
import {loadAmericanSpellings} from './data.js'
import {toHtmlPage} from './write/html/index.js'
import {toJsonReport} from './write/report/json.js'
import {UserError} from './util/user-error.js'
import {writeOutputs} from './util/write-file.js'
import {findConfig, loadConfig, mergeRaw} from './config.js'
import {loadPictures} from './layout/load.js'
import {dataFolder} from './options.js'
import {countPagesInto} from './write/docx/pages.js'
import {toPdf} from './write/pdf.js'
import {readReference} from './write/docx/read-reference.js'
import {loadSelectData} from './select/load.js'

export type {Options, RawOptions, Format} from './options.js'
export type {SentenceReport, ReadabilitySummary, Verdict} from './readability/types.js'
export type {GlossaryEntry, GlossaryUse} from './glossary/types.js'
export {UserError} from './util/user-error.js'

/** What a build made: the processed file (tree results in `file.data`, messages in `file.messages`) and each output. */
export interface BuildResult {
  file: VFile
  outputs: Partial<Record<Format, string | Uint8Array>>
}

/** Check options and load the data every stage needs; a problem in either is a `UserError`. */
export async function prepare(raw: RawOptions): Promise<{options: Options; data: PipelineData}> {
  const configFile = findConfig(typeof raw.config === 'string' ? raw.config : undefined)
  const config = configFile ? await loadConfig(configFile) : {ok: true as const, value: {}}
  if (!config.ok) throw new UserError(config.errors)
  const checked = checkOptions(mergeRaw(config.value, raw))
  if (!checked.ok) throw new UserError(checked.errors)
  const glossary = await loadGlossary(checked.value.glossary)
  if (!glossary.ok) throw new UserError(glossary.errors)
  const pictures = await loadPictures(dataFolder, checked.value.pictures)
  if (!pictures.ok) throw new UserError(pictures.errors)
  const select = checked.value.selectData ? loadSelectData(checked.value.selectData) : undefined
  if (select && !select.ok) throw new UserError(select.errors)
  return {options: checked.value, data: {glossary: glossary.value, american: await loadAmericanSpellings(), pictures: pictures.value, ...(select?.ok ? {select: select.value} : {})}}
}

/** Turn a plan into its easy-read outputs, in memory. */
export async function build(planPath: string, raw: RawOptions = {}): Promise<BuildResult> {
  const {options, data} = await prepare(raw)
  return buildWith(planPath, options, data)
}

export async function buildWith(planPath: string, options: Options, data: PipelineData): Promise<BuildResult> {
  const {file, tree} = await readPlan(planPath)
  const processed = (await createProcessor(options, data).run(tree, file)) as Root
  if ((file.data.sentences ?? []).length === 0) {
    const chosen = options.keepOnly.length > 0 ? ` after --keep-only ${options.keepOnly.map((heading) => `"${heading}"`).join(', ')} (is each heading written as in the plan?)` : ''
    throw new UserError([{file: planPath, message: `Nothing to build: the plan has no sentences${chosen}`}])
  }
  const outputs: BuildResult['outputs'] = {}
  if (options.formats.includes('html')) outputs.html = toHtmlPage(processed, file, options)
  // The PDF is LibreOffice's print of the Word document, so it needs the Word document even when that is not kept.
  const wantsWord = options.formats.includes('docx') || options.formats.includes('pdf') || options.pageCount
  // The Word writer (the docx library) is loaded only when a Word document is made.
  const docx = wantsWord ? await (await import('./write/docx/index.js')).toDocx(processed, file, {...options, reference: options.referenceDocx ? await readReference(options.referenceDocx) : undefined}) : undefined
  if (docx && options.formats.includes('docx')) outputs.docx = docx
  if (options.pageCount && docx) await countPagesInto(file, docx, processed, file.data.select && 'pages' in file.data.select.budget ? file.data.select.budget.pages : undefined)
  if (docx && options.formats.includes('pdf')) outputs.pdf = await toPdf(docx)
  if (options.formats.includes('json')) outputs.json = toJsonReport(file)
  return {file, outputs}
}

/** The output file names for a plan: `<name>.html`, `<name>.docx`, `<name>.report.json`, `<name>.pdf`. */
export function outputPaths(planPath: string, folder: string): Record<Format, string> {
  const name = path.basename(planPath, path.extname(planPath))
  return {html: path.join(folder, `${name}.html`), docx: path.join(folder, `${name}.docx`), json: path.join(folder, `${name}.report.json`), pdf: path.join(folder, `${name}.pdf`)}
}

/**
 * Build and write the outputs into `folder`; each file is written whole or not at all, never over the plan (an output
 * that would land on it is named `<name>.easy-read.<ext>`) nor, without `force`, over a file easyread did not make.
 * Returns the paths written.
 */
export async function buildToFolder(planPath: string, folder: string, raw: RawOptions = {}, force = false): Promise<{file: VFile; written: string[]}> {
  const {file, outputs} = await build(planPath, raw)
  const paths = outputPaths(planPath, folder)
  const entries = (Object.entries(outputs) as Array<[Format, string | Uint8Array]>).map(([format, contents]) => [paths[format], contents] as const)
  return {file, written: await writeOutputs(entries, {inputs: [planPath], onInput: 'rename', force})}
}
