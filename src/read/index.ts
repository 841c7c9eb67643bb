import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import type {Root} from 'mdast'
import {VFile} from 'vfile'
import type {Reader} from './types.js'
import {markdownReader} from './markdown.js'
import {textReader} from './text.js'
import {docxReader} from './docx.js'
import {decodeText} from './decode.js'
import {UserError, isFatalMessage} from '../util/user-error.js'

/** Readers by file extension. */
export const readers: Record<string, Reader> = {
  '.md': markdownReader,
  '.markdown': markdownReader,
  '.txt': textReader,
  '.text': textReader,
  '.docx': docxReader
}

/** Plans larger than this are refused: 20 pages of easy read come from far less. */
export const maxPlanBytes = 5 * 1024 * 1024

/**
 * Read a plan from disk into one vfile and its mdast tree, choosing the reader by the file's extension.
 * Every problem with the file (missing, unknown type, too large, empty, wrong encoding) is a `UserError`.
 */
export async function readPlan(filePath: string): Promise<{file: VFile; tree: Root}> {
  const extension = path.extname(filePath).toLowerCase()
  const reader = readers[extension]
  if (!reader) {
    const known = Object.keys(readers).join(', ')
    throw new UserError([{file: filePath, message: `Unknown kind of plan "${extension || '(no extension)'}": easyread reads ${known}`}])
  }
  let bytes: Uint8Array
  try {
    const info = await stat(filePath)
    if (info.isDirectory()) throw new UserError([{file: filePath, message: 'This is a folder, not a plan file'}])
    const limit = reader.maxBytes ?? maxPlanBytes
    if (info.size > limit) {
      throw new UserError([{file: filePath, message: `The plan is ${(info.size / 1048576).toFixed(1)} MB; easyread reads ${reader.name} up to ${limit / 1048576} MB. Split it into parts`}])
    }
    bytes = await readFile(filePath)
  } catch (error) {
    if (error instanceof UserError) throw error
    const code = (error as NodeJS.ErrnoException).code
    throw new UserError([{file: filePath, message: code === 'ENOENT' ? 'No such file: check the name and folder' : `Cannot read the file (${code ?? String(error)})`}])
  }
  const file = new VFile({path: filePath})
  try {
    file.value = reader.input === 'text' ? decodeText(bytes, file) : bytes
    if (reader.input === 'text') checkText(String(file.value), file, reader)
    const tree = await reader.read(file)
    return {file, tree}
  } catch (error) {
    if (isFatalMessage(error)) throw UserError.fromMessage(error, filePath)
    throw error
  }
}

/** Refuse text that is empty or is not text at all (a zip or a Word file given a text extension). */
function checkText(text: string, file: VFile, reader: Reader): void {
  if (text.trim() === '') file.fail(`The plan is empty: there is no text to turn into easy read`, undefined, 'easyread:empty')
  const controls = text.slice(0, 4096).match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0
  if (text.startsWith('PK\u0003\u0004') || controls > 8) {
    file.fail(`This is not ${reader.name}: it looks like a binary file (a Word file or a zip?). Give a Word file the .docx extension`, {line: 1, column: 1}, 'easyread:not-text')
  }
}
