import {existsSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import type {RawOptions} from '../options.js'
import {prepare} from '../index.js'
import {draftWith} from '../simplify/draft.js'
import {draftMarker} from '../simplify/draft-marks.js'
import {writeFileAtomic} from '../util/write-file.js'
import {randomBytes} from 'node:crypto'
import {changesPath, openWorkbench, type Workbench} from './workbench.js'
import {startHeavy} from './heavy.js'
import {startServer, type WorkbenchServer} from './http.js'

/** The draft a plan is drafted into: `<name>.draft.md` beside it (a draft given is used as it is). */
export function draftBeside(planPath: string): string {
  return path.join(path.dirname(planPath), `${path.basename(planPath, path.extname(planPath))}.draft.md`)
}

async function isDraftFile(file: string): Promise<boolean> {
  if (!/\.(?:md|markdown)$/i.test(file) || !existsSync(file)) return false
  return (await readFile(file, 'utf8')).slice(0, 2000).includes(draftMarker)
}

export interface StartedWorkbench {
  server: WorkbenchServer
  draftPath: string
  /** Whether the plan was drafted now (false: an existing draft was opened). */
  drafted: boolean
}

/**
 * Open a plan or a draft in the workbench. A plan is drafted first, as `easyread draft` does, into `<name>.draft.md`
 * beside it (with its changes page and `<name>.changes.json`); the plan itself is never written. When that draft
 * exists already, it is opened as the writer left it. Exports go to `out` (default: the draft's folder).
 */
export async function startWorkbench(target: string, raw: RawOptions, settings: {port?: number; out?: string} = {}): Promise<StartedWorkbench> {
  const {options, data} = await prepare(raw)
  let draftPath = target
  let drafted = false
  if (!(await isDraftFile(target))) {
    draftPath = draftBeside(target)
    if (!existsSync(draftPath)) {
      const {file, markdown, changes} = await draftWith(target, options, data)
      await writeFileAtomic(draftPath, markdown)
      await writeFileAtomic(draftPath.replace(/\.draft\.md$/, '.changes.html'), changes)
      await writeFileAtomic(changesPath(draftPath), JSON.stringify(file.data.changes ?? [], null, 1) + '\n')
      drafted = true
    }
  }
  const out = settings.out ?? path.dirname(draftPath)
  const local = await openWorkbench(draftPath, options, data, out)
  const heavy = startHeavy({draftPath, raw, out})
  const workbench: Workbench = {
    ...local,
    checkAll: (text) => heavy.call('checkAll', text),
    preview: (text, nonce) => heavy.call('preview', text, nonce),
    export: (countPages) => heavy.call('export', countPages),
    suggestions: (text) => heavy.call('suggestions', text),
    async saveTerm(term) {
      const saved = await local.saveTerm(term)
      await heavy.call('reloadGlossary')
      return saved
    },
    close: () => heavy.close()
  }
  // The page's first requests (the whole draft judged and laid out, and every line's verdict) are ready before
  // the address is printed, so the page is usable at once.
  const nonce = randomBytes(16).toString('base64')
  const {text} = await local.readDraft()
  try {
    // A line with a hard word, so that the word lists the checker loads on first use are loaded now.
    await Promise.all([workbench.checkAll(text), workbench.preview(text, nonce), local.checkLine(1, 'We will collaborate with organisations to prevent antisocial behaviour.')])
  } catch (error) {
    await heavy.close()
    throw error
  }
  const server = await startServer(workbench, {port: settings.port, nonce})
  return {server, draftPath, drafted}
}
