import {readFile} from 'node:fs/promises'
import {unzipSync} from 'fflate'
import {UserError} from '../../util/user-error.js'

/** Read an organisation's Word template, checked at the boundary: a readable .docx with its styles and body. */
export async function readReference(file: string): Promise<Uint8Array> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(file)
  } catch {
    throw new UserError([{file, message: 'Cannot read the Word template given with --reference-docx'}])
  }
  let names: string[]
  try {
    names = Object.keys(unzipSync(bytes, {filter: (entry) => entry.name.startsWith('word/')}))
  } catch {
    throw new UserError([{file, message: 'The --reference-docx file is not a Word document (.docx files are zip packages)'}])
  }
  if (!names.includes('word/document.xml') || !names.includes('word/styles.xml')) throw new UserError([{file, message: 'The --reference-docx file has no word/document.xml or word/styles.xml: is it a Word document?'}])
  return bytes
}
