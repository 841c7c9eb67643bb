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
  const given = await isDraftFile(target)
  const draftPath = given ? target : draftBeside(target)
  const out = settings.out ?? path.dirname(draftPath)
  // The worker loads its stages while this thread drafts the plan (on two cores, at the same time): it reads the
  // draft only when asked for work on it.
  const heavy = startHeavy({draftPath, raw, out})
  try {
    const {options, data} = await prepare(raw)
    let drafted = false
    if (!given && !existsSync(draftPath)) {
      const {file, markdown, changes} = await draftWith(target, options, data)
      await writeFileAtomic(draftPath, markdown)
      await writeFileAtomic(draftPath.replace(/\.draft\.md$/, '.changes.html'), changes)
      await writeFileAtomic(changesPath(draftPath), JSON.stringify(file.data.changes ?? [], null, 1) + '\n')
      drafted = true
    }
    const local = await openWorkbench(draftPath, options, data, out)
    // The page's first requests (every line's verdict, the preview) are ready before the address is printed, so
    // the page is usable at once: the whole draft is judged here while the worker lays it out, and that first
    // verdict is kept for the page's first request; later ones go to the worker, so this thread stays free to
    // judge lines as they are typed.
    const nonce = randomBytes(16).toString('base64')
    const {text} = await local.readDraft()
    let first: {text: string; value: ReturnType<Workbench['checkAll']>} | undefined = {text, value: local.checkAll(text)}
    const workbench: Workbench = {
      ...local,
      checkAll: (text) => (first?.text === text ? first.value : heavy.call('checkAll', text)),
      preview: (text, nonce) => heavy.call('preview', text, nonce),
      export: (countPages) => heavy.call('export', countPages),
      suggestions: (text) => heavy.call('suggestions', text),
      async saveTerm(term) {
        first = undefined
        const saved = await local.saveTerm(term)
        await heavy.call('reloadGlossary')
        return saved
      },
      close: () => heavy.close()
    }
    await Promise.all([first.value, workbench.preview(text, nonce)])
    // A line with a hard word, so that the word lists the checker loads on first use are loaded now.
    await local.checkLine(1, 'We will collaborate with organisations to prevent antisocial behaviour.')
    const server = await startServer(workbench, {port: settings.port, nonce})
    return {server, draftPath, drafted}
  } catch (error) {
    await heavy.close()
    throw error
  }
}
