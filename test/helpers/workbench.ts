import {copyFile} from 'node:fs/promises'
import path from 'node:path'
import {request} from 'node:http'
import {startWorkbench, type StartedWorkbench} from '../../src/server/index.js'
import {temporaryFolder} from './cli.js'
import {fullPlan, samplePlan} from './paths.js'

/** A plan (default: the seed plan) copied into a fresh folder and opened in the workbench (drafted beside the copy). */
export async function openPlan(source = fullPlan): Promise<StartedWorkbench & {folder: string; plan: string}> {
  const folder = await temporaryFolder('easyread-workbench-')
  const plan = path.join(folder, `plan${path.extname(source)}`)
  await copyFile(source, plan)
  return {...(await startWorkbench(plan, {}, {})), folder, plan}
}

/** The small sample plan, for tests that need a server but not the seed's length. */
export const openSample = () => openPlan(samplePlan)

/** A raw HTTP request to the server, with the headers given exactly (no browser adds its own). */
export function rawRequest(port: number, target: string, headers: Record<string, string>, method = 'GET'): Promise<{status: number; headers: Record<string, string | string[] | undefined>; body: string}> {
  return new Promise((resolve, reject) => {
    const sent = request({host: '127.0.0.1', port, path: target, method, headers, setHost: false}, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve({status: response.statusCode ?? 0, headers: response.headers, body}))
    })
    sent.on('error', reject)
    sent.end()
  })
}
