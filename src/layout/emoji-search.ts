import {createRequire} from 'node:module'
import pluralize from 'pluralize'
import {iconForHexcode} from './icons.js'
import {abstractWords} from './abstract-words.js'

const require = createRequire(import.meta.url)

interface Emoji {
  label: string
  hexcode: string
  tags?: string[]
  group?: number
}

/** Faces (0), skin-tone parts (2) and flags (9) are left out: a face guesses a feeling the sentence may not have. */
const leftOut = new Set([0, 2, 9])

/** A Noto icon found by keyword, with the emoji's own name for its alt text. */
export interface KeywordHit {
  icon: string
  label: string
}

let index: Map<string, KeywordHit> | undefined

function buildIndex(): Map<string, KeywordHit> {
  const labels = new Map<string, KeywordHit>()
  for (const emoji of require('emojibase-data/en/data.json') as Emoji[]) {
    const icon = iconForHexcode(emoji.hexcode)
    if (!icon || emoji.group === undefined || leftOut.has(emoji.group)) continue
    const label = emoji.label.toLowerCase()
    if (!labels.has(label)) labels.set(label, {icon, label})
  }
  return labels
}

/**
 * Search the emoji annotations (npm `emojibase-data`) for a noun, carefully: only an emoji whose name is the word
 * itself ("ambulance", "house", "detective"), in the singular or as written. Emoji keywords (tags) are not used:
 * tried on the full police plan they gave "serve" → soft ice cream and "protect" → hamsa. A short or abstract
 * word finds nothing: no picture beats a wrong one.
 */
export function searchEmoji(word: string): KeywordHit | undefined {
  index ??= buildIndex()
  const lower = word.toLowerCase()
  if (lower.length < 3 || abstractWords.has(lower)) return undefined
  for (const form of new Set([lower, pluralize.singular(lower)])) {
    if (abstractWords.has(form)) return undefined
    const hit = index.get(form)
    if (hit) return hit
  }
  return undefined
}

let labels: Map<string, string> | undefined

/** The emoji's own name for a Noto icon ("police-car" → "police car"), for alt text. */
export function emojiLabel(icon: string): string | undefined {
  if (!labels) {
    labels = new Map()
    for (const emoji of require('emojibase-data/en/data.json') as Emoji[]) {
      const name = iconForHexcode(emoji.hexcode)
      if (name && !labels.has(name)) labels.set(name, emoji.label)
    }
  }
  return labels.get(icon)
}
