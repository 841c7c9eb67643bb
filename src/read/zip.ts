import {Unzip, UnzipInflate, UnzipPassThrough, unzipSync} from 'fflate'
import type {VFile} from 'vfile'

/** A .docx that unpacks to more than this is refused (a zip bomb): a long plan's XML is a few megabytes. */
export const maxUnpackedBytes = 200 * 1024 * 1024

const ruleId = 'easyread:docx'

/**
 * Check that the bytes are a Word package before mammoth opens them, so that every bad file fails with one clear
 * message instead of a library's error or a machine full of memory:
 * - empty, plain text, an old binary .doc, or any other non-zip file;
 * - a zip whose central directory is missing (truncated) or whose entries do not unpack (corrupt);
 * - a zip bomb: the sizes its directory declares, or the bytes it really unpacks to, add up to more than
 *   `maxUnpackedBytes` (counted while streaming, so a lying directory does not help);
 * - a zip that is not a Word document (no `word/document.xml`; a spreadsheet, a presentation, an OpenDocument file).
 * Each problem is a `file.fail`, which throws.
 */
export function checkDocxPackage(bytes: Uint8Array, file: VFile): void {
  if (bytes.length === 0) file.fail('The plan is empty: there is no text to turn into easy read', undefined, 'easyread:empty')
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) notAZip(bytes, file)
  const names = entryNames(bytes, file)
  if (!names.includes('word/document.xml')) {
    const kind = names.includes('xl/workbook.xml') ? 'an Excel spreadsheet' : names.includes('ppt/presentation.xml') ? 'a PowerPoint presentation' : names.includes('content.xml') ? 'an OpenDocument file (save it from LibreOffice as Word .docx)' : 'a zip file'
    file.fail(`This is not a Word document: it is ${kind}, with no word/document.xml inside`, undefined, ruleId)
  }
  unpackWithin(bytes, file)
}

/** Say what the file is instead: text, an old .doc, or unknown bytes. */
function notAZip(bytes: Uint8Array, file: VFile): never {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return file.fail('This is an old Word 97-2003 .doc file, not a .docx: open it in Word and save it as "Word Document (.docx)"', undefined, ruleId)
  }
  if (looksLikeText(bytes)) {
    return file.fail('This is not a Word document: it is plain text. Give it the .txt extension (or .md for Markdown)', undefined, ruleId)
  }
  return file.fail('This is not a Word document: the file is not a .docx package (it may be damaged, or another kind of file). Open it in Word and save it as .docx', undefined, ruleId)
}

function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096)
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return true
  let text: string
  try {
    text = new TextDecoder('utf-8', {fatal: true}).decode(head, {stream: true})
  } catch {
    return false
  }
  return (text.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0) <= 8
}

/** The entry names from the central directory; declared sizes are checked on the way. */
function entryNames(bytes: Uint8Array, file: VFile): string[] {
  const names: string[] = []
  let declared = 0
  try {
    unzipSync(bytes, {
      filter(entry) {
        names.push(entry.name)
        declared += entry.originalSize
        return false
      }
    })
  } catch (error) {
    damaged(file, error)
  }
  if (declared > maxUnpackedBytes) bomb(file)
  return names
}

/** Unpack every entry as a stream, counting bytes and dropping them: a corrupt entry or a bomb fails here. */
function unpackWithin(bytes: Uint8Array, file: VFile): void {
  let total = 0
  let problem: unknown
  const unzip = new Unzip((entry) => {
    entry.ondata = (error, chunk) => {
      if (error) problem ??= error
      total += chunk?.length ?? 0
      if (total > maxUnpackedBytes) {
        problem ??= 'bomb'
        entry.terminate()
      }
    }
    try {
      entry.start()
    } catch (error) {
      problem ??= error
    }
  })
  unzip.register(UnzipInflate)
  unzip.register(UnzipPassThrough)
  try {
    unzip.push(bytes, true)
  } catch (error) {
    problem ??= error
  }
  if (problem === 'bomb') bomb(file)
  if (problem !== undefined) damaged(file, problem)
}

function bomb(file: VFile): never {
  return file.fail(`The Word file unpacks to more than ${maxUnpackedBytes / 1048576} MB, far more than any plan needs (a zip bomb?): easyread does not read it`, undefined, ruleId)
}

function damaged(file: VFile, error: unknown): never {
  const reason = error instanceof Error ? error.message : String(error)
  return file.fail(`The Word file is damaged or cut short (${reason}): open it in Word and save it again`, undefined, ruleId)
}
