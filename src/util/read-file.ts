import {readFile, stat} from 'node:fs/promises'
import type {Checked} from './result.js'

/**
 * Read a file's bytes only when it is a regular file within `maxBytes`: a folder, a FIFO or a device (`/dev/zero`,
 * whose size reads as 0) is refused at once instead of hanging the read. `what` names the file in the messages
 * ("The plan", "The file") and `kind` what it is in the one for a file too large ("plain text").
 */
export async function readRegularFile(file: string, maxBytes: number, what: string, kind = 'files'): Promise<Checked<Buffer>> {
  const problem = (message: string): Checked<Buffer> => ({ok: false, errors: [{file, message}]})
  try {
    const info = await stat(file)
    if (info.isDirectory()) return problem(`${what} is a folder, not a file`)
    if (!info.isFile()) return problem(`${what} is not a regular file (a pipe or a device?): easyread reads only files saved on disk`)
    if (info.size > maxBytes) return problem(tooLarge(what, info.size, maxBytes, kind))
    return {ok: true, value: await readFile(file)}
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return problem(code === 'ENOENT' ? 'No such file: check the name and folder' : `Cannot read the file (${code ?? String(error)})`)
  }
}

/** The message for a file (or bytes held in memory) over the limit. */
export function tooLarge(what: string, size: number, maxBytes: number, kind = 'files'): string {
  return `${what} is ${(size / 1048576).toFixed(1)} MB; easyread reads ${kind} up to ${megabytes(maxBytes)} MB. Split it into parts`
}

function megabytes(bytes: number): string {
  return Number((bytes / 1048576).toFixed(1)).toString()
}
