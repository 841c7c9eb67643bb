import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {visit} from 'unist-util-visit'
import type {RowPicture} from '../types.js'
import type {GlossaryEntry} from '../glossary/types.js'
import {groupRows} from './rows.js'
import {choosePicture, pictureCandidates, tableMatches, wordsOf, type PictureSources} from './choose.js'
import {searchEmoji} from './emoji-search.js'
import type {PictureTable} from './load.js'
import {createMatcher} from '../glossary/match.js'
import {chosenPicture} from './chosen-picture.js'

export interface LayoutOptions {
  /** The glossary: a term's own picture is tried first. Default: none. */
  readonly glossary?: readonly GlossaryEntry[]
  /** The shipped word → picture table. Default: empty. */
  readonly table?: PictureTable
  /** The user's pictures (`--pictures DIR`), tried before the shipped table. Default: empty. */
  readonly user?: PictureTable
  /** Search the emoji keywords when no table has the row's words. Default: true. */
  readonly keywords?: boolean
}

/** The cover's picture when the title names nothing we have a picture for. */
const coverFallback: RowPicture = {kind: 'icon', icon: 'page-facing-up', alt: 'a page of writing', word: '', source: 'table'}

/**
 * The layout stage: group the document into easy-read rows (one idea a row, see `groupRows`) and give each row
 * a picture (see `pictureCandidates`), never the same picture on two rows one after the other. A row where
 * nothing fits gets no picture. The cover's picture, from the title's words, goes in `file.data.coverPicture`.
 */
export function layoutRows(options: LayoutOptions = {}) {
  const sources: PictureSources = {
    glossary: new Map((options.glossary ?? []).map((entry) => [entry.id, entry])),
    user: options.user ?? new Map(),
    table: options.table ?? new Map(),
    keywords: options.keywords ?? true
  }
  return function (tree: Root, file: VFile) {
    tree.children = groupRows(tree.children)
    let previous: RowPicture | undefined
    let rows = 0
    let pictured = 0
    visit(tree, 'easyRow', (row) => {
      rows++
      const chosen = chosenPicture(row, file)
      const picture = chosen === undefined ? choosePicture(pictureCandidates(row, sources), previous) : (chosen ?? undefined)
      if (picture) {
        row.picture = picture
        pictured++
      }
      previous = picture
    })
    file.data.coverPicture = coverPicture(file.data.title ?? '', sources, options.glossary ?? [])
    file.info(`${pictured} of ${rows} rows have a picture`, {ruleId: 'pictures', source: 'easyread'})
    let boxes = 0
    visit(tree, 'termCallout', () => void boxes++)
    file.data.boxes = boxes
  }
}

/** The cover's picture: a glossary term of the title that has a picture ("Local Police Plan"), else its words. */
function coverPicture(title: string, sources: PictureSources, glossary: readonly GlossaryEntry[]): RowPicture {
  const words = wordsOf(title)
  const pictured = glossary.filter((entry) => entry.picture !== undefined)
  for (const match of createMatcher(pictured).find(title)) {
    const candidates = pictureCandidates({type: 'easyRow', children: [{type: 'paragraph', children: [{type: 'termUse', termId: match.entry.id, first: true, children: []}]}]}, {...sources, keywords: false})
    if (candidates[0]) return candidates[0]
  }
  const fromTables = [...tableMatches(words, sources.user), ...tableMatches(words, sources.table)][0]
  if (fromTables) return fromTables
  for (const word of words) {
    const hit = sources.keywords === false ? undefined : searchEmoji(word)
    if (hit) return {kind: 'icon', icon: hit.icon, alt: hit.label, word, source: 'keyword'}
  }
  return coverFallback
}
