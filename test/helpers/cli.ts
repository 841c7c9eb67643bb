import {mkdtemp} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {spawnSync} from 'node:child_process'
import {root} from './paths.js'

/** Run the built CLI as a user would, in its own process; returns exit code and output. */
export function runCli(args: string[], options: {cwd?: string; input?: string} = {}) {
  const result = spawnSync(process.execPath, [path.join(root, 'bin', 'easyread.js'), ...args], {
    cwd: options.cwd ?? root,
    input: options.input,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1'}
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** A fresh empty folder for one test's outputs. */
export function temporaryFolder(prefix = 'easyread-'): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix))
}
