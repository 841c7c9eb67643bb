import {parentPort, workerData} from 'node:worker_threads'
import {prepare} from '../index.js'
import {UserError} from '../util/user-error.js'
import {openWorkbench} from './workbench.js'
import type {HeavySettings, HeavyWork} from './heavy.js'

// The worker thread of src/server/heavy.ts: the same workbench, answering the work on the whole draft.
const settings = workerData as HeavySettings
const {options, data} = await prepare(settings.raw)
const workbench = await openWorkbench(settings.draftPath, options, data, settings.out)

parentPort!.on('message', (message: {id: number; op: HeavyWork; args: unknown[]}) => {
  const run = workbench[message.op] as (...args: unknown[]) => Promise<unknown>
  run(...message.args).then(
    (value) => parentPort!.postMessage({id: message.id, value}),
    (error: unknown) => parentPort!.postMessage({id: message.id, error: error instanceof Error ? error.message : String(error), ...(error instanceof UserError ? {problems: error.problems} : {})})
  )
})
