import type {GlossaryEntry} from './types.js'
import {acronymForms, exactForms, expandForms, isAcronym} from './forms.js'
import {inSense} from './sense.js'
import {remembered} from '../lang/remember.js'
import {wordParts} from '../lang/tokens.js'

/** A glossary term found in a text: `start`..`end` are offsets into that text. */
export interface TermMatch {
  start: number
  end: number
  entry: GlossaryEntry
}

/** The text just before and after a piece of a sentence. */
export interface Around {
  before: string
  after: string
}

export interface Matcher {
  /**
   * The terms in a text, longest first, none overlapping, in order. `around` is the text on either side of it in
   * its sentence (a text node beside bold): read for the term's sense and for names, never matched itself.
   */
  find: (text: string, around?: Around) => TermMatch[]
  /** Every term in a text, overlapping ones too ("proactive service" and "proactive"). */
  findAll: (text: string) => TermMatch[]
}

/** What may stand between the words of one term: white space, or a hyphen with no space around it. */
const joiner = /^(?:\s+|[-‐‑])$/
/** Web and mail addresses written out in the text: never looked inside. */
const addressPattern = /(?:\b(?:https?|ftp):\/\/|\bwww\.)[^\s<>]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)+\/[^\s<>]*/giu

interface Token {
  start: number
  end: number
  /** Lower case, straight apostrophes. */
  word: string
  /** As written, for acronyms. */
  raw: string
  /** As written, without a possessive "'s" ("NHS’s" → "NHS"). */
  bare: string
}

/**
 * Build a matcher over the entries' names. It finds whole words only, case-insensitively (acronyms only in
 * capitals), takes the longest term that starts at a word ("scrutiny board" before "board"), treats a space, a
 * hyphen or nothing between parts alike ("multiagency", "multi-agency", "multi agency"), lets a possessive "'s"
 * or a plural "(s)" follow a term, and never matches part of a hyphenated word ("agency" in "multi-agency") nor
 * inside a web or mail address. A term used in another sense (its entry's `sense` signals, see sense.ts) or
 * inside a longer name ("Outcome" in "Local Outcome Improvement Plan") is not matched.
 */
export function createMatcher(entries: readonly GlossaryEntry[]): Matcher {
  const byForm = new Map<string, GlossaryEntry>()
  const byAcronym = new Map<string, GlossaryEntry>()
  let longest = 1
  const add = (form: string, entry: GlossaryEntry) => {
    if (!byForm.has(form)) byForm.set(form, entry)
    longest = Math.max(longest, form.split(' ').length)
  }
  // Two passes: an entry's own names win over another entry's inflected form ("values" over the plural of "value").
  for (const entry of entries) {
    for (const name of [entry.term, ...entry.aliases]) {
      if (isAcronym(name)) for (const form of acronymForms(name)) byAcronym.set(form, entry)
      else for (const form of exactForms(name)) add(form, entry)
    }
  }
  for (const entry of entries) {
    for (const name of [entry.term, ...entry.aliases]) if (!isAcronym(name)) for (const form of expandForms(name)) add(form, entry)
  }

  // Most words start no term: a word that is not the first word of any name (nor an acronym) is passed at once.
  const firstWords = new Set([...byForm.keys()].map((form) => form.split(' ')[0]!))
  const mayStart = (token: Token) => firstWords.has(token.word) || (token.word.endsWith("'s") && firstWords.has(token.word.slice(0, -2))) || byAcronym.has(token.bare)

  /** The term that `count` tokens from `first` name, their words joined as `key`. */
  const lookup = (tokens: readonly Token[], first: number, count: number, key: string): {entry: GlossaryEntry; end: number} | undefined => {
    const last = tokens[first + count - 1]!
    if (count === 1) {
      const acronym = byAcronym.get(last.bare)
      if (acronym) return {entry: acronym, end: last.bare !== last.raw ? last.end - 2 : last.end}
    }
    const exact = byForm.get(key)
    if (exact) return {entry: exact, end: last.end}
    const possessive = key.endsWith("'s") ? byForm.get(key.slice(0, -2)) : undefined
    return possessive && {entry: possessive, end: last.end - 2}
  }

  const scan = (piece: string, all: boolean, around: Around = {before: '', after: ''}): TermMatch[] => {
    // The piece with its sentence around it; matches are kept inside the piece, at offsets into it.
    const text = around.before + piece + around.after
    const from = around.before.length
    const to = from + piece.length
    const tokens = tokensOf(text)
    const matches: TermMatch[] = []
    for (let index = 0; index < tokens.length; index++) {
      if (tokens[index]!.start < from || tokens[index]!.start >= to || !mayStart(tokens[index]!)) continue
      // The words from this one that stand joined (a space or a hyphen between), as keys of 1, 2, … words.
      const keys = [tokens[index]!.word]
      while (keys.length < Math.min(longest, tokens.length - index) && joiner.test(text.slice(tokens[index + keys.length - 1]!.end, tokens[index + keys.length]!.start))) {
        keys.push(`${keys.at(-1)!} ${tokens[index + keys.length]!.word}`)
      }
      for (let count = keys.length; count >= 1; count--) {
        const found = lookup(tokens, index, count, keys[count - 1]!)
        const start = tokens[index]!.start
        if (!found || found.end > to || partOfHyphenated(text, start, found.end)) continue
        if (partOfName(text, tokens, index, index + count - 1, found.entry) || !inSense(found.entry, tokens, index, index + count - 1)) continue
        const plural = /^\((?:e?s)\)/.exec(text.slice(found.end, to))
        matches.push({start: start - from, end: found.end - from + (plural?.[0].length ?? 0), entry: found.entry})
        if (all) continue
        index += count - 1
        break
      }
    }
    return matches
  }
  return {find: (text, around) => scan(text, false, around), findAll: (text) => scan(text, true)}
}

/**
 * A text's words outside web and mail addresses, kept for the texts last seen: the glossary asks about each sentence
 * several times (its terms, its definitions, the next sentence's first term). The list is shared: never change it.
 */
const tokensOf = remembered(function tokensOf(text: string): readonly Token[] {
  // Every address has an "@", a "/" or a "www.": a text with none (most) is not searched for one.
  const addresses = !/[@/]|www\./i.test(text) ? [] : [...text.matchAll(addressPattern)].map((match) => [match.index, match.index + match[0].length] as const)
  return wordParts(text)
    .filter((part) => !addresses.some(([from, to]) => part.start >= from && part.start < to))
    .map((part) => ({start: part.start, end: part.end, word: part.value.toLowerCase().replace(/’/g, "'"), raw: part.value, bare: part.value.replace(/['’]s$/, '')}))
})

/** Whether `start`..`end` is only part of a hyphenated word: "social" in "anti-social", "agency" in "agency-led". */
function partOfHyphenated(text: string, start: number, end: number): boolean {
  return /[\p{L}\p{N}][-‐‑]$/u.test(text.slice(Math.max(0, start - 2), start)) || /^[-‐‑][\p{L}\p{N}]/u.test(text.slice(end, end + 2))
}

const capitalised = (token: Token | undefined) => token !== undefined && /^\p{Lu}/u.test(token.raw) && token.raw !== 'I'
/** Whether a sentence starts at the token: the text's start, or after a full stop, colon, bullet or dash. */
const startsSentence = (text: string, tokens: readonly Token[], index: number) => index === 0 || /[.!?:;•–—]\s*$/.test(text.slice(tokens[index - 1]!.end, tokens[index]!.start))
/**
 * Whether two words stand side by side: spaces between them, or a line break of a wrapped paragraph (one with a
 * line of 40 characters or more: Markdown wrapped at 50 to 80 columns). In a text of short lines a line break is
 * meant: a signature's name, then the title on the next line ("Jane Smith⏎Chief Executive"), are not one name.
 */
const besideEachOther = (text: string, left: Token, right: Token) => {
  const gap = text.slice(left.end, right.start)
  if (/^ +$/.test(gap)) return true
  return /^ *\n *$/.test(gap) && text.split('\n').some((line) => line.length >= wrappedLine)
}

/** The least length of a line that tells a wrapped paragraph from lines meant as lines (see `besideEachOther`). */
const wrappedLine = 40

/**
 * Whether a term found at tokens[first..last] is only a word of a longer name: written with capitals ("Outcome",
 * "Community Safety"), after another capitalised word that is not a sentence's first ("the Scottish Government",
 * "the Local Outcome …") or before two more ("Outcome Improvement Plans guide …"). The name is not the term. Entries that are names themselves (their term
 * starts with a capital) and acronyms are left alone.
 */
function partOfName(text: string, tokens: readonly Token[], first: number, last: number, entry: GlossaryEntry): boolean {
  if (/^\p{Lu}/u.test(entry.term) || isAcronym(tokens[first]!.raw)) return false
  if (!tokens.slice(first, last + 1).every(capitalised)) return false
  const before = tokens[first - 1]
  const after = tokens[last + 1]
  const nameBefore = before !== undefined && capitalised(before) && !startsSentence(text, tokens, first - 1) && besideEachOther(text, before, tokens[first]!)
  // After the term, two capitalised words at least: "Councillor Jones" is a person's title and name, and the
  // title is still the term.
  const next = tokens[last + 2]
  const nameAfter = after !== undefined && capitalised(after) && besideEachOther(text, tokens[last]!, after) && capitalised(next) && besideEachOther(text, after, next!)
  return nameBefore || nameAfter
}
