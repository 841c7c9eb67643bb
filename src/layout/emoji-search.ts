import {readFileSync} from 'node:fs'
import path from 'node:path'
import pluralize from 'pluralize'
import {abstractWords} from './abstract-words.js'
import {dataFolder} from '../options.js'

/**
 * The emoji names easyread uses, cut from `emojibase-data` by scripts/emoji-names.js into glossary/emoji-names.json
 * (116 KB instead of a 49 MB dependency): `names` gives each Noto icon its emoji's name, `search` each emoji name
 * in lower case its icon, faces, skin-tone parts and flags left out (a face guesses a feeling the sentence may not have).
 */
interface EmojiNames {
  names: Record<string, string>
  search: Record<string, string>
}

let table: {names: Map<string, string>; search: Map<string, string>} | undefined

function emojiNames(): NonNullable<typeof table> {
  if (!table) {
    const read = JSON.parse(readFileSync(path.join(dataFolder, 'emoji-names.json'), 'utf8')) as EmojiNames
    table = {names: new Map(Object.entries(read.names)), search: new Map(Object.entries(read.search))}
  }
  return table
}

/** A Noto icon found by keyword, with the emoji's own name for its alt text. */
export interface KeywordHit {
  icon: string
  label: string
}

/**
 * Search the emoji names for a noun, carefully: only an emoji whose name is the word itself ("ambulance", "house",
 * "detective"), in the singular or as written. Emoji keywords (tags) are not used: tried on the full police plan
 * they gave "serve" → soft ice cream and "protect" → hamsa. A short or abstract word finds nothing: no picture
 * beats a wrong one.
 */
export function searchEmoji(word: string): KeywordHit | undefined {
  const lower = word.toLowerCase()
  if (lower.length < 3 || abstractWords.has(lower)) return undefined
  for (const form of new Set([lower, pluralize.singular(lower)])) {
    if (abstractWords.has(form)) return undefined
    const icon = emojiNames().search.get(form)
    if (icon) return {icon, label: form}
  }
  return undefined
}

/** The emoji's own name for a Noto icon ("police-car" → "police car"), for alt text. */
export function emojiLabel(icon: string): string | undefined {
  return emojiNames().names.get(icon)
}
