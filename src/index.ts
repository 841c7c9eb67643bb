/**
 * easyread as a library: each function takes a plan as a path, or its text or bytes with a name, and returns its
 * results and vfile messages; nothing is printed, nothing is written (`writeResult` writes), nothing exits.
 * A mistake in the input or the settings is thrown as a `UserError` (its `problems` name file, line and column);
 * findings about the content (hard sentences, removed markup, unsafe links, the page budget) are `messages`.
 */
// The vfile `data` and mdast node types the stages add (file.data.readability, file.data.changes, …).
export type {PlanBlock, TermUse, RowPicture} from './types.js'

export {build, buildWith, type BuildResult, type BuildRun, type PageFigures} from './api/build.js'
export {check, checkTotals, checkReport, type CheckResult, type CheckTotals, type CheckReportFormat} from './api/check.js'
export {draft, type DraftResult, type DraftFormat} from './api/draft.js'
export {suggestTerms, checkGlossary, type SuggestResult, type Suggestion, type GlossaryCheck, type GlossarySettings, type MeansReport} from './api/glossary.js'
export {prepare, Prepared, type Settings} from './api/settings.js'
export {writeResult, writeFileSafely, outputPaths, type OutputFile, type Written, type WriteOptions} from './api/outputs.js'
export {version} from './api/version.js'
export type {PlanInput, PlanResult} from './api/input.js'

export type {Options, RawOptions, Format, Colours} from './options.js'
export type {SentenceReport, ReadabilitySummary, Verdict} from './readability/types.js'
export type {GlossaryEntry, GlossaryUse} from './glossary/types.js'
export type {Change} from './simplify/types.js'
export type {Problem} from './util/result.js'
export {UserError} from './util/user-error.js'
