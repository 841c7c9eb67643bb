import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import type {Format, Options} from '../options.js'
import {createProcessor, type PipelineData} from '../pipeline.js'
import {toHtmlPage} from '../write/html/index.js'
import {readReference} from '../write/docx/read-reference.js'
import {countPagesInto, pageLimit} from '../write/docx/pages.js'
import {toPdf} from '../write/pdf.js'
import {toJsonReport} from '../write/report/json.js'
import {UserError} from '../util/user-error.js'
import {reportProgress} from '../util/progress.js'
import {forgetRemembered} from '../lang/remember.js'
import {planResult, readInput, type PlanInput, type PlanResult} from './input.js'
import {prepared, type Prepared, type Settings} from './settings.js'
import {baseName, buildFileNames, type OutputFile} from './outputs.js'

/** The document's length: the page model's estimate after selection and, with `pageCount`, LibreOffice's count. */
export interface PageFigures {
  /** The select stage's page model estimate of the Word pages; undefined when it did not run or counted words. */
  estimate?: number
  /** The Word pages LibreOffice counted (only with `pageCount: true`). */
  count?: number
  /** The pages an easy read should stay within: the budget (`pages`), 24 by default. */
  limit: number
}

/** What a build made, in memory: the plan's file and messages, and its outputs. */
export interface BuildResult extends PlanResult {
  /** Each output asked for (`formats`): HTML and the JSON report as strings, Word and PDF as bytes. */
  outputs: Partial<Record<Format, string | Uint8Array>>
  /** The same outputs with the file names they are written as (`writeResult`). */
  files: OutputFile[]
  pages: PageFigures
}

/** Turn a plan into its easy-read outputs, in memory: nothing is printed or written (see `writeResult`). */
export async function build(input: PlanInput, settings: Settings | Prepared = {}): Promise<BuildResult> {
  const {options, data} = await prepared(settings)
  return buildWith(input, options, data)
}

/** How `buildWith` runs. */
export interface BuildRun {
  /**
   * Let go of the English layer's remembered readings once the stages have run, before the writers (see
   * `forgetRemembered`): a one-shot build holds less at its peak. Default: false, so a long-running caller (the
   * workbench) keeps them for its next check of the same sentences.
   */
  readonly forgetReadings?: boolean
  /**
   * Called once the stages have run (and the readings are let go), before the writers: the CLI collects the stages'
   * garbage there (`collectGarbage`). Default: nothing.
   */
  readonly afterStages?: () => void
}

/** `build` with options checked and data loaded already (a server or a benchmark builds many plans with one). */
export async function buildWith(input: PlanInput, options: Options, data: PipelineData, run: BuildRun = {}): Promise<BuildResult> {
  reportProgress('reading')
  const read = await readInput(input)
  const {file, tree, name} = read
  const processed = (await createProcessor(options, data).run(tree, file)) as Root
  if (run.forgetReadings) forgetRemembered()
  run.afterStages?.()
  if ((file.data.sentences ?? []).length === 0) {
    const chosen = options.keepOnly.length > 0 ? ` after --keep-only ${options.keepOnly.map((heading) => `"${heading}"`).join(', ')} (is each heading written as in the plan?)` : ''
    throw new UserError([{file: name, message: `Nothing to build: the plan has no sentences${chosen}`}])
  }
  const outputs: BuildResult['outputs'] = {}
  if (options.formats.includes('html')) {
    reportProgress('writing the page')
    outputs.html = toHtmlPage(processed, file, options)
  }
  // The PDF is LibreOffice's print of the Word document, so it needs the Word document even when that is not kept.
  const wantsWord = options.formats.includes('docx') || options.formats.includes('pdf') || options.pageCount
  if (wantsWord) reportProgress('writing the Word document')
  // The Word writer (the docx library) is loaded only when a Word document is made.
  const docx = wantsWord ? await (await import('../write/docx/index.js')).toDocx(processed, file, {...options, reference: options.referenceDocx ? await readReference(options.referenceDocx) : undefined}) : undefined
  if (docx && options.formats.includes('docx')) outputs.docx = docx
  const budget = file.data.select && 'pages' in file.data.select.budget ? file.data.select.budget.pages : undefined
  if (options.pageCount && docx) {
    reportProgress('counting the Word pages with LibreOffice')
    await countPagesInto(file, docx, processed, budget)
  }
  if (docx && options.formats.includes('pdf')) {
    reportProgress('making the PDF with LibreOffice')
    outputs.pdf = await toPdf(docx)
  }
  if (options.formats.includes('json')) outputs.json = toJsonReport(file)
  const base = baseName(name)
  const files = (Object.entries(outputs) as Array<[Format, string | Uint8Array]>).map(([format, contents]) => ({name: buildFileNames[format](base), contents}))
  return {...planResult(read), outputs, files, pages: pageFigures(file, budget)}
}

function pageFigures(file: VFile, budget: number | undefined): PageFigures {
  const select = file.data.select
  return {
    ...(select && 'pages' in select.budget ? {estimate: select.estimate} : {}),
    ...(file.data.pages ? {count: file.data.pages.count} : {}),
    limit: file.data.pages?.limit ?? budget ?? pageLimit
  }
}
