import {mkdir, readdir, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {UserError} from './user-error.js'

/**
 * Write a file whole or not at all: the bytes go to a temporary file beside it, which is then renamed into place,
 * so an error or a kill midway leaves the earlier file as it was. A temporary file of the same target left by a
 * process that was killed (`kill -9` cannot be caught) is removed at the next write.
 */
export async function writeFileAtomic(target: string, contents: string | Uint8Array): Promise<void> {
  const folder = path.dirname(target)
  const temporary = path.join(folder, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`)
  try {
    await mkdir(folder, {recursive: true})
    await removeLeftovers(folder, path.basename(target))
    await writeFile(temporary, contents)
    await rename(temporary, target)
  } catch (error) {
    // The temporary file may not exist, or its folder may not be a folder (ENOTDIR): either way, nothing to remove.
    await rm(temporary, {force: true}).catch(() => undefined)
    const code = (error as NodeJS.ErrnoException).code
    throw new UserError([{file: target, message: `Cannot write the output (${code ?? String(error)}): check that the folder can be written to`}])
  }
}

/** Remove `.name.<pid>.<time>.tmp` files beside `name` whose process no longer runs; another live build's are kept. */
async function removeLeftovers(folder: string, name: string): Promise<void> {
  const prefix = `.${name}.`
  for (const entry of await readdir(folder)) {
    if (!entry.startsWith(prefix)) continue
    const pid = /^(\d+)\.\d+\.tmp$/.exec(entry.slice(prefix.length))?.[1]
    if (pid && !running(Number(pid))) await rm(path.join(folder, entry), {force: true}).catch(() => undefined)
  }
}

/** Whether a process runs: signal 0 checks without sending anything (EPERM: it runs, as another user). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
