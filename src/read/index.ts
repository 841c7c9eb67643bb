import path from 'node:path'
import type {Root} from 'mdast'
import {VFile} from 'vfile'
import type {Reader} from './types.js'
import {markdownReader} from './markdown.js'
import {textReader} from './text.js'
import {docxReader} from './docx.js'
import {pdfReader} from './pdf.js'
import {decodeText} from './decode.js'
import {checkLineLengths, maxNesting} from './limits.js'
import {UserError, isFatalMessage} from '../util/user-error.js'
import {readRegularFile, tooLarge} from '../util/read-file.js'

/** Readers by file extension. */
export const readers: Record<string, Reader> = {
  '.md': markdownReader,
  '.markdown': markdownReader,
  '.txt': textReader,
  '.text': textReader,
  '.docx': docxReader,
  '.pdf': pdfReader
}

/** Plans larger than this are refused: 20 pages of easy read come from far less. */
export const maxPlanBytes = 5 * 1024 * 1024

/**
 * Read a plan from disk into one vfile and its mdast tree, choosing the reader by the file's extension.
 * Every problem with the file (missing, unknown type, too large, empty, wrong encoding) is a `UserError`.
 */
export async function readPlan(filePath: string): Promise<{file: VFile; tree: Root}> {
  const reader = readerFor(filePath)
  const read = await readRegularFile(filePath, reader.maxBytes ?? maxPlanBytes, 'The plan', reader.name)
  if (!read.ok) throw new UserError(read.errors)
  return readPlanBytes(read.value, filePath)
}

/**
 * Read a plan held in memory (a server's upload, a test's text) as `readPlan` reads a file: `name` is the path its
 * messages name, and its extension (else `extension`) chooses the reader. The same limits and checks apply.
 */
export async function readPlanBytes(bytes: Uint8Array, name: string, extension = path.extname(name)): Promise<{file: VFile; tree: Root}> {
  const reader = readerFor(name, extension)
  const limit = reader.maxBytes ?? maxPlanBytes
  if (bytes.byteLength > limit) throw new UserError([{file: name, message: tooLarge('The plan', bytes.byteLength, limit, reader.name)}])
  const file = new VFile({path: name})
  try {
    if (reader.input === 'text') checkBytes(bytes, file, reader)
    file.value = reader.input === 'text' ? decodeText(bytes, file) : bytes
    if (reader.input === 'text') checkText(String(file.value), file)
    const tree = await reader.read(file)
    checkDepth(tree, file)
    return {file, tree}
  } catch (error) {
    if (isFatalMessage(error)) throw UserError.fromMessage(error, name)
    throw error
  }
}

/** The reader for a file name's extension; an unknown kind of file is a `UserError`. */
export function readerFor(name: string, extension = path.extname(name)): Reader {
  const reader = readers[extension.toLowerCase()]
  if (reader) return reader
  const known = Object.keys(readers).join(', ')
  throw new UserError([{file: name, message: `Unknown kind of plan "${extension || '(no extension)'}": easyread reads ${known}`}])
}

/** Refuse bytes that are not text at all: a zip or Word file given a text extension, or binary data. */
function checkBytes(bytes: Uint8Array, file: VFile, reader: Reader): void {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    file.fail(`This is not ${reader.name}: it is a zip file (a Word .docx?). Give a Word file the .docx extension`, {line: 1, column: 1}, 'easyread:not-text')
  }
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
  const head = bytes.subarray(0, 4096)
  let controls = 0
  for (const byte of head) if (byte < 0x09 || (byte > 0x0d && byte < 0x20) || byte === 0x7f) controls++
  if (!utf16 && (head.includes(0) || controls > 8)) {
    file.fail(`This is not ${reader.name}: it looks like a binary file, not text. Give easyread a .md, .txt or .docx plan`, {line: 1, column: 1}, 'easyread:not-text')
  }
}

/** Refuse text that is empty or has a line too long to be a paragraph. */
function checkText(text: string, file: VFile): void {
  // Zero-width spaces and joiners count as nothing: a plan of them only has no text either.
  if (text.replace(/[\s\u200b-\u200d\u2060\ufeff]/g, '') === '') file.fail(`The plan is empty: there is no text to turn into easy read`, undefined, 'easyread:empty')
  checkLineLengths(text.split('\n'), (reason, line) => file.fail(reason, {line, column: 1}, 'easyread:long-line'))
}

/** Every reader's tree: containers nested deeper than lists and quotes may be would overflow the stages' recursion. */
function checkDepth(tree: Root, file: VFile): void {
  const stack: Array<{node: Root | Root['children'][number]; depth: number}> = [{node: tree, depth: 0}]
  while (stack.length > 0) {
    const {node, depth} = stack.pop()!
    if (depth > 3 * maxNesting) {
      file.fail(`The plan is nested more than ${3 * maxNesting} levels deep here (lists, quotes or tables inside each other). Flatten it`, node.position?.start, 'easyread:nesting')
    }
    if ('children' in node) for (const child of node.children) stack.push({node: child as Root['children'][number], depth: depth + 1})
  }
}
