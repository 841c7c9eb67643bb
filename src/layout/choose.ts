import {existsSync} from 'node:fs'
import path from 'node:path'
import type {Nodes} from 'mdast'
import {visit} from 'unist-util-visit'
import {readSentence} from '../lang/reading.js'
import type {EasyRow, RowPicture} from '../types.js'
import type {GlossaryEntry} from '../glossary/types.js'
import {plainText} from '../util/plain-text.js'
import {hasIcon} from './icons.js'
import {emojiLabel, searchEmoji} from './emoji-search.js'
import {pictureKey, type Picture, type PictureTable} from './load.js'

/** Where pictures come from, in the order they are tried. */
export interface PictureSources {
  /** Glossary entries by id: a term's own `picture` comes first. */
  readonly glossary: ReadonlyMap<string, GlossaryEntry>
  /** The user's pictures (`--pictures DIR`), which win over the shipped ones. */
  readonly user: PictureTable
  /** The shipped word → picture table (`glossary/pictures.yml`). */
  readonly table: PictureTable
  /** Whether to search the emoji keywords last. Default: true. */
  readonly keywords?: boolean
}

/** The longest phrase looked up in a picture table ("mobile phone", "police car"). */
const longestPhrase = 3

/**
 * Every picture that fits a row, best first: the pictures of the glossary terms it explains or uses, then the
 * user's table, the shipped table and the emoji keywords, each for the row's words in reading order
 * (longer phrases first at each word). Callouts are left out of the words: they explain, they are not the idea.
 */
export function pictureCandidates(row: EasyRow, sources: PictureSources): RowPicture[] {
  const found: RowPicture[] = []
  for (const termId of rowTerms(row)) {
    const entry = sources.glossary.get(termId)
    const picture = entry?.picture ? glossaryPicture(entry, entry.picture) : undefined
    if (picture) found.push(picture)
  }
  const words = row.children.flatMap((child) => (child.type === 'termCallout' ? [] : wordsOf(plainText(child as Nodes))))
  for (const table of [sources.user, sources.table]) found.push(...tableMatches(words, table))
  if (sources.keywords !== false) {
    // Tagging is the slow part: tag only a row where some word names an emoji.
    const hits = words.flatMap((word) => {
      const hit = searchEmoji(word)
      return hit ? [{word, hit}] : []
    })
    const nouns = hits.length > 0 ? nounsOf(words.join(' ')) : new Set<string>()
    for (const {word, hit} of hits) {
      if (nouns.has(word.toLowerCase())) found.push({kind: 'icon', icon: hit.icon, alt: hit.label, word, source: 'keyword'})
    }
  }
  return found
}

/** The first candidate that is not the picture of the row before: the same picture twice in a row says nothing. */
export function choosePicture(candidates: readonly RowPicture[], previous: RowPicture | undefined): RowPicture | undefined {
  return candidates.find((candidate) => !previous || pictureId(candidate) !== pictureId(previous))
}

/** What makes two pictures the same picture: the icon, or the file. */
export function pictureId(picture: RowPicture): string {
  return picture.kind === 'icon' ? `icon:${picture.icon}` : `file:${picture.file}`
}

export function wordsOf(text: string): string[] {
  return text.match(/\p{L}[\p{L}'’]*/gu) ?? []
}

/** The table's pictures for the words, in reading order; at each word the longest phrase that matches wins. */
export function tableMatches(words: readonly string[], table: PictureTable): RowPicture[] {
  const found: RowPicture[] = []
  for (let start = 0; start < words.length; start++) {
    for (let length = Math.min(longestPhrase, words.length - start); length > 0; length--) {
      const phrase = words.slice(start, start + length).join(' ')
      const picture = table.get(pictureKey(phrase))
      if (picture) {
        found.push(withWord(picture, phrase))
        start += length - 1
        break
      }
    }
  }
  return found
}

function withWord(picture: Picture, word: string): RowPicture {
  return {...picture, word} as RowPicture
}

/** The ids of the glossary terms a row explains (its callouts) or uses, callouts first. */
function rowTerms(row: EasyRow): string[] {
  const ids: string[] = []
  for (const child of row.children) if (child.type === 'termCallout') ids.push(child.termId)
  visit(row, 'termUse', (node) => {
    ids.push(node.termId)
  })
  return [...new Set(ids)]
}

/** A glossary entry's picture: a Noto icon name, or an image file next to the glossary file. */
function glossaryPicture(entry: GlossaryEntry, picture: string): RowPicture | undefined {
  const format = /\.png$/i.test(picture) ? 'png' : /\.svg$/i.test(picture) ? 'svg' : undefined
  if (format && !existsSync(path.resolve(path.dirname(entry.source.file), picture))) return undefined
  if (format) return {kind: 'file', file: path.resolve(path.dirname(entry.source.file), picture), format, alt: entry.term, word: entry.term, source: 'user'}
  if (!hasIcon(picture)) return undefined
  return {kind: 'icon', icon: picture, alt: emojiLabel(picture) ?? picture.replace(/-/g, ' '), word: entry.term, source: 'glossary'}
}

/** The words a sentence uses as nouns (the English layer's reading): "we will **watch**" is no picture of a watch. */
function nounsOf(text: string): Set<string> {
  const nouns = readSentence(text).words.filter((word) => word.pos === 'NOUN' || word.pos === 'PROPN')
  return new Set(nouns.map((noun) => noun.value.toLowerCase().replace(/[^\p{L}'’]/gu, '')))
}
