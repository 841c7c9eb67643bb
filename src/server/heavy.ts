import path from 'node:path'
import {Worker} from 'node:worker_threads'
import type {RawOptions} from '../options.js'
import type {Problem} from '../util/result.js'
import {packageRoot} from '../util/package-root.js'
import {UserError} from '../util/user-error.js'
import type {Workbench} from './workbench.js'

/** The worker's script, as the build bundles it (scripts/bundle-cli.js; the tests run the built one too). */
const workerFile = path.join(packageRoot, 'dist', 'bundle', 'heavy-worker.js')

/** What the worker is given: enough to open the same workbench as the server's. */
export interface HeavySettings {
  draftPath: string
  raw: RawOptions
  out: string
}

/** The work on the whole draft, which takes seconds on a long plan. */
export type HeavyWork = 'checkAll' | 'preview' | 'export' | 'suggestions' | 'reloadGlossary'

/** What a call still waiting gets when the workbench is being closed: the page's last request, not a fault. */
export class WorkbenchClosing extends Error {
  constructor() {
    super('The workbench is closing')
  }
}

/**
 * A second workbench in a worker thread, for the work on the whole draft (judging it all, laying out the preview,
 * exporting, suggesting terms), so that the server stays free to judge each line as the writer types.
 */
export function startHeavy(settings: HeavySettings) {
  const worker = new Worker(workerFile, {workerData: settings})
  let next = 0
  const waiting = new Map<number, {resolve: (value: unknown) => void; reject: (error: Error) => void}>()
  worker.on('message', (message: {id: number; value?: unknown; error?: string; problems?: Problem[]}) => {
    const promise = waiting.get(message.id)
    waiting.delete(message.id)
    if (message.problems) promise?.reject(new UserError(message.problems))
    else if (message.error !== undefined) promise?.reject(new Error(message.error))
    else promise?.resolve(message.value)
  })
  // A worker that failed (its options refused, say) or stopped answers every later call with that failure.
  let failed: Error | undefined
  const fail = (error: Error) => {
    failed ??= error
    for (const promise of waiting.values()) promise.reject(failed)
    waiting.clear()
  }
  let closing = false
  worker.on('error', fail)
  worker.on('exit', () => fail(closing ? new WorkbenchClosing() : new Error('The workbench worker stopped')))
  return {
    call<Op extends HeavyWork>(op: Op, ...args: Parameters<Workbench[Op]>): ReturnType<Workbench[Op]> {
      const id = next++
      return new Promise<unknown>((resolve, reject) => {
        if (failed) return reject(failed)
        waiting.set(id, {resolve, reject})
        worker.postMessage({id, op, args})
      }) as unknown as ReturnType<Workbench[Op]>
    },
    close: () => {
      closing = true
      return worker.terminate().then(() => undefined)
    }
  }
}
