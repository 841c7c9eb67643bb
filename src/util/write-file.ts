import {mkdir, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {UserError} from './user-error.js'

/**
 * Write a file whole or not at all: the bytes go to a temporary file beside it, which is then renamed into place,
 * so an error or a kill midway leaves the earlier file as it was.
 */
export async function writeFileAtomic(target: string, contents: string | Uint8Array): Promise<void> {
  const folder = path.dirname(target)
  const temporary = path.join(folder, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`)
  try {
    await mkdir(folder, {recursive: true})
    await writeFile(temporary, contents)
    await rename(temporary, target)
  } catch (error) {
    // The temporary file may not exist, or its folder may not be a folder (ENOTDIR): either way, nothing to remove.
    await rm(temporary, {force: true}).catch(() => undefined)
    const code = (error as NodeJS.ErrnoException).code
    throw new UserError([{file: target, message: `Cannot write the output (${code ?? String(error)}): check that the folder can be written to`}])
  }
}
