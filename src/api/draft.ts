import {draftWith, type DraftFormat, type DraftResult as Draft} from '../simplify/draft.js'
import {UserError} from '../util/user-error.js'
import {inputName, planResult, type PlanInput, type PlanResult} from './input.js'
import {prepared, type Prepared, type Settings} from './settings.js'
import {baseName, type OutputFile} from './outputs.js'

export type {DraftFormat} from '../simplify/draft.js'

/** A draft in memory: the Markdown draft, the changes page, the Word draft when asked for, and the file's messages. */
export interface DraftResult extends Draft, PlanResult {
  /** `<name>.draft.md`, `<name>.draft.docx` and `<name>.changes.html`, as `writeResult` writes them. */
  files: OutputFile[]
}

const draftFormats: readonly DraftFormat[] = ['md', 'docx']

/**
 * Simplify a plan into an easy-read draft for a writer to finish, with a page of every change; nothing is written.
 * `formats`: `md` (the Markdown draft, default), `docx` (a Word draft, every change a tracked change), or both.
 */
export async function draft(input: PlanInput, settings: Settings | Prepared = {}, formats: readonly DraftFormat[] = ['md']): Promise<DraftResult> {
  const wrong = formats.filter((format) => !draftFormats.includes(format))
  if (wrong.length > 0 || formats.length === 0) throw new UserError([{file: '', message: `Unknown draft format "${wrong.join(', ')}": use md, docx or md,docx`}])
  const {options, data} = await prepared(settings)
  const made = await draftWith(input, options, data, formats)
  const base = baseName(inputName(input).name)
  const files: OutputFile[] = []
  if (formats.includes('md')) files.push({name: `${base}.draft.md`, contents: made.markdown})
  if (made.docx) files.push({name: `${base}.draft.docx`, contents: made.docx})
  files.push({name: `${base}.changes.html`, contents: made.changes})
  return {...made, ...planResult({file: made.file, ...inputName(input)}), files}
}
