// compromise's reading of a text (its words and verb groups), tagged once and kept: the simplify stage's rules ask
// about the same sentences and their pieces many times (the checker and the layout read with src/lang instead).
import {nlp} from '../lang/compromise.js'
import type {VerbGroupSpan} from '../lang/reading.js'
import {remembered} from '../lang/remember.js'
import {winkReading} from './wink-terms.js'

/** A word as compromise tags it, with its offsets in the text. */
export interface Term {
  text: string
  start: number
  end: number
  tags: ReadonlySet<string>
}

/** A verb group ("will use", "fully engage"), with what the clause and readability rules need to know about it. */
export interface VerbGroup extends VerbGroupSpan {
  /** The first verb word's tags. */
  head: ReadonlySet<string>
  /** Each word of the group with its tags ("will" Modal, "use" Infinitive). */
  words: ReadonlyArray<{text: string; tags: ReadonlySet<string>}>
}

interface CompromiseTerm {
  text: string
  tags: string[]
  offset: {start: number; length: number}
}

/** One reading of a text by compromise: its words with their tags, and its verb groups. */
export interface Reading {
  terms: Term[]
  verbs: VerbGroup[]
}

/**
 * compromise's time grows with the square of a text's words (each verb group copies the whole document), so a text
 * longer than this is tagged in stretches of this many words, cut at spaces: only a sentence far past any easy-read
 * length is cut, and at worst a verb group at a cut is read as two.
 */
export const maxTaggedWords = 150

/** Tag `text` once for both questions asked of it (its words, its verbs): parsing is the costly part. */
const read = remembered(function read(text: string): Reading {
  const cuts = stretches(text)
  if (cuts.length === 1) return readStretch(text)
  const reading: Reading = {terms: [], verbs: []}
  cuts.forEach((start, index) => {
    const part = readStretch(text.slice(start, cuts[index + 1] ?? text.length))
    for (const term of part.terms) reading.terms.push({...term, start: term.start + start, end: term.end + start})
    for (const verb of part.verbs) reading.verbs.push({...verb, start: verb.start + start, end: verb.end + start})
  })
  return reading
}, 2000)

/** Where each stretch of `maxTaggedWords` words starts: [0] for a text no longer than that. */
function stretches(text: string): number[] {
  const starts = [0]
  let words = 0
  for (const word of text.matchAll(/\S+/g)) if (++words % maxTaggedWords === 1 && words > 1) starts.push(word.index)
  return starts
}

function readStretch(text: string): Reading {
  const doc = nlp(text)
  const json = doc.json({offset: true}) as Array<{terms: CompromiseTerm[]}>
  const terms = json.flatMap((sentence) => sentence.terms).map((term) => ({text: term.text, start: term.offset.start, end: term.offset.start + term.offset.length, tags: new Set(term.tags)}))
  const verbs = verbGroups(doc as unknown as View).map((verb) => {
    const start = verb.offset.start
    const head = verb.terms.find((term) => term.tags.includes('Verb') && !term.tags.includes('Auxiliary') && !term.tags.includes('Modal')) ?? verb.terms[0]!
    const headTags = new Set(head.tags)
    const toInfinitive = /\bto\s*$/i.test(text.slice(0, start))
    const loneGerund = verb.terms.filter((term) => term.tags.includes('Verb')).length === 1 && headTags.has('Gerund')
    // compromise's offset takes in the punctuation after the verb ("will design,"): the group ends at its last letter.
    const words = verb.text.replace(/[\s,;:.!?]+$/, '')
    const parts = verb.terms.map((term) => ({text: term.text, tags: new Set(term.tags)}))
    return {start, end: start + Math.min(verb.offset.length, words.length), text: words, auxiliary: verb.verb.auxiliary.trim(), negative: verb.verb.negative, head: headTags, nonFinite: toInfinitive || loneGerund, words: parts}
  })
  return {terms, verbs}
}

interface CompromiseVerbGroup {
  text: string
  offset: {start: number; length: number}
  terms: CompromiseTerm[]
  verb: {auxiliary: string; negative: boolean}
}

/** The part of compromise's view of a text the verb reading uses (its own types say less than it does). */
interface View {
  isView: boolean
  found: boolean
  text: (format: 'normal') => string
  json: (options: {offset: true}) => unknown[]
  toView: () => View
  map: <Out>(each: (view: View) => Out, empty: Out[]) => Out[]
  verbs: () => View
  parse: () => Array<{auxiliary: View; negative: View}>
}

/**
 * The verb groups of a document with the two facts of compromise's verb reading the rules use (its auxiliary and
 * whether it is negative), the same as `doc.verbs().json()` gives: that also conjugates every group and works out its
 * grammar, half of the tagging time, and none of that is read.
 */
function verbGroups(doc: View): CompromiseVerbGroup[] {
  const groups = doc.verbs()
  if (!groups.found) return []
  const parsed = groups.parse()
  return groups.map((group) => (group.toView().json({offset: true})[0] ?? {}) as Omit<CompromiseVerbGroup, 'verb'>, []).map((json, index) => {
    const {auxiliary, negative} = parsed[index]!
    return {...json, verb: {auxiliary: auxiliary.isView ? auxiliary.text('normal') : '', negative: negative.found}}
  })
}

/** The texts tagged in full while cutting one sentence, and the pieces read from them. */
interface PieceScope {
  wholes: Array<{text: string; reading: Reading}>
  pieces: Map<string, Reading>
}

let scope: PieceScope | undefined

/**
 * Run `work` (the cutting of one sentence) with its pieces read from the texts it tagged in full: a piece that is the
 * start of one ("We will use X" of "We will use X to reach Y"), or its words after a space or a comma ("reach Y" of
 * "…, and reach Y"), is read from that text's reading, its words as they stand in the sentence, instead of being
 * tagged again. What a piece reads as depends only on the sentence being cut, never on what was tagged before it.
 */
export function readingPieces<Result>(work: () => Result): Result {
  const outer = scope
  scope = {wholes: [], pieces: new Map()}
  try {
    return work()
  } finally {
    scope = outer
  }
}

/** The words and verb groups of a reading that lie between `from` and `to`, at offsets from `from`. */
function within(reading: Reading, from: number, to: number): Reading {
  const inside = (span: {start: number; end: number}) => span.start >= from && span.end <= to
  if (from === 0) return {terms: reading.terms.filter(inside), verbs: reading.verbs.filter(inside)}
  return {
    terms: reading.terms.filter(inside).map((term) => ({...term, start: term.start - from, end: term.end - from})),
    verbs: reading.verbs.filter(inside).map((verb) => ({...verb, start: verb.start - from, end: verb.end - from}))
  }
}

/**
 * Where `piece` stands in a text tagged in full, as whole words: its start (followed by a space or a comma), or after
 * a space or a comma (followed by one, a full stop, or the end). -1 when it is not there so.
 */
function placeIn(whole: string, piece: string): number {
  if (whole.length <= piece.length) return -1
  if (whole.startsWith(piece)) return /^[\s,;:]/.test(whole.slice(piece.length)) ? 0 : -1
  const at = whole.indexOf(piece)
  const end = at + piece.length
  return at > 0 && /[\s,;:]$/.test(whole.slice(0, at)) && (end === whole.length || /^[\s,;:.]/.test(whole.slice(end))) ? at : -1
}

/**
 * EASYREAD_SIMPLIFY_TAGGER=wink reads the rules' tags from the English layer (util/wink-terms.ts) instead of
 * compromise: a switch for porting the rules (issue 17), not an option for users. Read once, at load.
 */
const wink = process.env.EASYREAD_SIMPLIFY_TAGGER === 'wink'
const readWithWink = remembered(winkReading)

/**
 * The reading of `text`, shared with the same text without its end mark: the split rule asks both of "X." (is this
 * piece a sentence?) and of "X" (where can it be cut?). Dropping the end mark moves no word's offsets.
 */
function readingOf(text: string): Reading {
  const key = text.replace(/[\s.!:;,]+$/, '')
  const readText = wink ? readWithWink : read
  if (!scope) return readText(key)
  const known = scope.pieces.get(key)
  if (known) return known
  // A piece that starts a text read in full is taken from the first such text; else one inside a text.
  const places = scope.wholes.map((candidate) => placeIn(candidate.text, key))
  const found = places.includes(0) ? places.indexOf(0) : places.findIndex((at) => at > 0)
  const whole = scope.wholes[found]
  const at = places[found] ?? -1
  const reading = whole ? within(whole.reading, at, at + key.length) : readText(key)
  if (whole) scope.pieces.set(key, reading)
  else if (!scope.wholes.some((candidate) => candidate.text === key)) scope.wholes.push({text: key, reading})
  return reading
}

/** The words of `text` as compromise tags them. The list is shared: never change it. */
export function termsOf(text: string): readonly Term[] {
  return readingOf(text).terms
}

/** The verb groups of `text`. The list is shared: never change it. */
export function verbsOf(text: string): readonly VerbGroup[] {
  return readingOf(text).verbs
}

