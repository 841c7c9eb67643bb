import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import type {Reader} from './types.js'

const parser = unified().use(remarkParse).use(remarkGfm)

/** Markdown (CommonMark with GFM tables, lists and links), positions from micromark. */
export const markdownReader: Reader = {
  input: 'text',
  name: 'Markdown',
  read(file) {
    return parser.parse(file)
  }
}
