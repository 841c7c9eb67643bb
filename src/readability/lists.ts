import {readFileSync} from 'node:fs'
import path from 'node:path'
import {parse} from 'yaml'
import {dataFolder} from '../options.js'
import {cachedLoad} from '../util/data-cache.js'

/**
 * The word lists the rules use, read once from the shipped YAML files in `glossary/` (data apart from logic).
 * They are easyread's own files, so a malformed one is a programmer's mistake and throws a TypeError.
 */
export interface WordLists {
  /** Everyday words missing from the American lists (glossary/easy-words.yml). */
  easy: ReadonlySet<string>
  /** Irregular past participles, -ed words that are not participles, and participles used as adjectives. */
  participles: {irregular: ReadonlySet<string>; notParticiples: ReadonlySet<string>; adjectives: ReadonlySet<string>}
  /** Contraction → what to write instead. */
  contractions: ReadonlyMap<string, string>
  /** Number word → its digits. */
  numbers: ReadonlyMap<string, number>
  /** Acronym → its expansion, from glossary/acronyms.yml. */
  acronyms: ReadonlyMap<string, {expansion: string; plain?: string}>
}

function load(name: string): unknown {
  return parse(readFileSync(path.join(dataFolder, name), 'utf8'))
}

function strings(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) throw new TypeError(`${where} must be a list of words`)
  return value
}

function record(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new TypeError(`${where} must be a map`)
  return value as Record<string, unknown>
}

function loadLists(): WordLists {
  const easy = new Set<string>()
  for (const [group, words] of Object.entries(record(load('easy-words.yml'), 'easy-words.yml'))) {
    for (const entry of strings(words, `easy-words.yml ${group}`)) for (const word of entry.toLowerCase().split(/\s+/)) easy.add(word)
  }
  const participles = record(load('participles.yml'), 'participles.yml')
  const set = (key: string) => new Set(strings(participles[key], `participles.yml ${key}`).map((word) => word.toLowerCase()))
  const contractions = new Map(Object.entries(record(load('contractions.yml'), 'contractions.yml')).map(([key, value]) => [key.toLowerCase(), String(value)]))
  const numbers = new Map(Object.entries(record(load('number-words.yml'), 'number-words.yml')).map(([key, value]) => [key.toLowerCase(), Number(value)]))
  const acronyms = new Map<string, {expansion: string; plain?: string}>()
  const list = load('acronyms.yml')
  if (!Array.isArray(list)) throw new TypeError('acronyms.yml must be a list')
  for (const item of list as unknown[]) {
    const entry = record(item, 'acronyms.yml entry')
    if (typeof entry.acronym !== 'string' || typeof entry.expansion !== 'string') continue
    acronyms.set(entry.acronym, {expansion: entry.expansion, ...(typeof entry.plain === 'string' ? {plain: entry.plain} : {})})
  }
  return {easy, participles: {irregular: set('irregular'), notParticiples: set('notParticiples'), adjectives: set('adjectives')}, contractions, numbers, acronyms}
}

const listFiles = ['easy-words.yml', 'participles.yml', 'contractions.yml', 'number-words.yml', 'acronyms.yml']

export const wordLists: WordLists = cachedLoad('word-lists', listFiles.map((name) => path.join(dataFolder, name)), loadLists)
