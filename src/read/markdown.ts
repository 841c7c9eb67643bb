import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import type {VFile} from 'vfile'
import type {Reader} from './types.js'
import {maxNesting} from './limits.js'
import {keepSourceText} from '../util/point.js'

const parser = unified().use(remarkParse).use(remarkGfm)

/** Markdown (CommonMark with GFM tables, lists and links), positions from micromark. */
export const markdownReader: Reader = {
  input: 'text',
  name: 'Markdown',
  read(file) {
    checkNesting(file)
    const tree = parser.parse(file)
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
