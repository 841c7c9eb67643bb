import {createRequire} from 'node:module'
import pluralize from 'pluralize'
import {remembered} from '../lang/remember.js'
import {cachedLoad, writeCacheEnv} from '../util/data-cache.js'

const require = createRequire(import.meta.url)

/** Lower case, curly apostrophes straight, hyphens and runs of white space as one space: "Multi-Agency" → "multi agency". */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[’]/g, "'").replace(/[-‐‑–\s]+/g, ' ').trim()
}

/** A name written in capitals ("SPA", "CPPs") is an acronym: it matches only in capitals, so "US" never finds "us". */
export function isAcronym(name: string): boolean {
  return /^[\p{Lu}\d&]{2,}s?$/u.test(name.trim()) && /\p{Lu}{2}/u.test(name)
}

/** The written forms of an acronym: itself, its plural ("CPPs") and its possessive ("SPA's"). */
export function acronymForms(name: string): string[] {
  const bare = name.trim().replace(/s$/, '')
  return [...new Set([name.trim(), bare, `${bare}s`])]
}

/**
 * The forms of a glossary name that are the name itself, normalised: as written, and joined when it was
 * written with hyphens, joined only there ("anti-social behaviour" → "anti social behaviour", "antisocial behaviour").
 */
export function exactForms(name: string): string[] {
  const base = normaliseName(name)
  return /[-‐‑]/.test(name) ? [base, normaliseName(name.replace(/[-‐‑]+/g, ''))] : [base]
}

/**
 * Every written form a glossary name stands for, normalised: its exact forms and simple inflections of its last
 * word (plural and singular, "-s", "-ed", "-ing", a doubled last consonant, "-ly" of an adjective), so "hotspot"
 * finds "hotspots", "mitigate" finds "mitigating", "plan" finds "planned" and "proactive" finds "proactively".
 */
export function expandForms(name: string): string[] {
  const forms = new Set<string>()
  for (const each of exactForms(name)) {
    const words = each.split(' ')
    const last = words.pop()!
    for (const variant of inflect(last)) forms.add([...words, variant].join(' '))
  }
  return [...forms]
}

/**
 * Each word's variants, worked out once: every matcher (simplify, select, glossary, layout) expands the same names.
 * The shipped glossary's words are worked out by the build (`keepInflections`): pluralize's rules took some 20 ms of
 * every run to inflect them.
 */
function inflect(word: string): readonly string[] {
  kept ??= cachedLoad('inflections', inflectionFiles(), () => new Map<string, readonly string[]>(), () => false)
  return kept.get(word) ?? workOutInflections(word)
}

let kept: ReadonlyMap<string, readonly string[]> | undefined
/** The variants depend on easyread's code, which the build keeps them with, and on pluralize's rules. */
const inflectionFiles = () => [require.resolve('pluralize/package.json')]

/** For the build (scripts/precompile-data.js): inflect the last words of `names` and keep their variants. */
export function keepInflections(names: readonly string[]): void {
  if (!process.env[writeCacheEnv]) throw new Error(`keepInflections is for the build: set ${writeCacheEnv}`)
  const words = new Set(names.flatMap((name) => exactForms(name).map((form) => form.split(' ').at(-1)!)))
  cachedLoad('inflections', inflectionFiles(), () => new Map([...words].sort().map((word) => [word, workOutInflections(word)])))
}

/** A word's variants, worked out now (and remembered), without the build's kept ones. */
export const workOutInflections = remembered(function inflect(word: string): readonly string[] {
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return [word]
  const stem = word.endsWith('e') && !word.endsWith('ee') ? word.slice(0, -1) : word
  const variants = [word, pluralize.plural(word), pluralize.singular(word), `${stem}ing`, `${stem}ed`]
  if (word.endsWith('y') && !/[aeiou]y$/.test(word)) variants.push(`${word.slice(0, -1)}ied`)
  if (!word.endsWith('s')) variants.push(`${word}s`)
  // A last consonant after one vowel doubles in a word of one syllable ("plan" → "planned") and after the endings
  // that are stressed or doubled in British spelling ("embed" → "embedded", "refer", "control", "travel"); not in "hotspotting".
  if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(word) || /[^aeiou](?:ed|it|er|ur|ol|el|al|ip)$/.test(word)) variants.push(`${word}${word.at(-1)}ed`, `${word}${word.at(-1)}ing`)
  const adverb = adverbOf(word)
  if (adverb) variants.push(adverb)
  return variants
}, 50_000)

/**
 * The "-ly" form of an adjective with an ending that makes one ("proactive" → "proactively", "accessible" →
 * "accessibly", "strategic" → "strategically"): the hard word of "work proactively" is the term "proactive".
 */
function adverbOf(word: string): string | undefined {
  if (/(?:ible|able)$/.test(word)) return `${word.slice(0, -1)}y`
  if (/ic$/.test(word)) return `${word}ally`
  if (/(?:ive|ent|ant|al|ful|ous|ate)$/.test(word)) return `${word}ly`
  return undefined
}
