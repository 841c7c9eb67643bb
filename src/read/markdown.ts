import type {Root} from 'mdast'
import {unified, type Processor} from 'unified'
import type {VFile} from 'vfile'
import type {Reader} from './types.js'
import {maxNesting} from './limits.js'
import {keepSourceText} from '../util/point.js'

let parser: Processor<Root> | undefined

/**
 * The Markdown parser (remark-parse and GFM: micromark and its extensions), loaded at the first Markdown plan, so
 * that a command on a Word text export, a .docx or a PDF does not compile it (some 30 ms at start-up).
 */
async function markdownParser(): Promise<Processor<Root>> {
  if (!parser) {
    const [{default: remarkParse}, {default: remarkGfm}] = await Promise.all([import('remark-parse'), import('remark-gfm')])
    parser = unified().use(remarkParse).use(remarkGfm) as unknown as Processor<Root>
  }
  return parser
}

/** Markdown (CommonMark with GFM tables, lists and links), positions from micromark. */
export const markdownReader: Reader = {
  input: 'text',
  name: 'Markdown',
  async read(file) {
    checkNesting(file)
    const tree = (await markdownParser()).parse(file)
    keepSourceText(tree, String(file.value))
    return tree
  }
}

/** List markers and quote marks that open containers at a line's start ("- - 1. > text"). */
const containers = /^(?:[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)))+/

/**
 * Refuse lists or quotes nested deeper than `maxNesting` before parsing: micromark's time grows with the cube of
 * the depth (2,000 levels take minutes). The depth of a line is estimated from its containers' markers and its
 * indent (two columns a level, the least a nested list item needs).
 */
function checkNesting(file: VFile): void {
  const lines = String(file.value).split('\n')
  for (const [index, line] of lines.entries()) {
    const opened = containers.exec(line)?.[0] ?? ''
    const markers = opened.match(/[-*+>]|\d{1,9}[.)]/g)?.length ?? 0
    const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length
    const depth = markers + Math.floor(indent / 2)
    if (markers > 0 && depth > maxNesting) {
      file.fail(`Lists or quotes are nested more than ${maxNesting} levels deep here; easyread reads up to ${maxNesting} levels (Word has 9). Flatten the list`, {line: index + 1, column: 1}, 'easyread:nesting')
    }
  }
}
