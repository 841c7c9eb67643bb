// The simplify rules' reading of a text (its words with their tags, and its verb groups), from the English layer
// (src/lang, through util/wink-terms.ts) and kept: the rules ask about the same sentences and their pieces many times.
import type {VerbGroupSpan} from '../lang/reading.js'
import {remembered} from '../lang/remember.js'
import {winkReading} from './wink-terms.js'

/** A word with its tags ("Noun", "Verb", "Infinitive", …), with its offsets in the text. */
export interface Term {
  text: string
  start: number
  end: number
  tags: ReadonlySet<string>
}

/** A verb group ("will use", "fully engage"), with what the clause and readability rules need to know about it. */
export interface VerbGroup extends VerbGroupSpan {
  /** The main verb's tags (the helper's when it stands alone). */
  head: ReadonlySet<string>
  /** Each word of the group with its tags ("will" Modal, "use" Infinitive). */
  words: ReadonlyArray<{text: string; tags: ReadonlySet<string>}>
}

/** One reading of a text: its words with their tags, and its verb groups. */
export interface Reading {
  terms: Term[]
  verbs: VerbGroup[]
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
 * "…, and reach Y"), is read from that text's reading, its words as they stand in the sentence: the tagger reads a
 * word better in its sentence than in a piece cut from it, and nothing is tagged twice. What a piece reads as depends
 * only on the sentence being cut, never on what was tagged before it.
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

/** The English layer's reading of a text in the rules' tags, kept for the texts asked about most. */
const read = remembered(winkReading, 2000)

/**
 * The reading of `text`, shared with the same text without its end mark: the split rule asks both of "X." (is this
 * piece a sentence?) and of "X" (where can it be cut?). Dropping the end mark moves no word's offsets.
 */
function readingOf(text: string): Reading {
  const key = text.replace(/[\s.!:;,]+$/, '')
  if (!scope) return read(key)
  const known = scope.pieces.get(key)
  if (known) return known
  // A piece that starts a text read in full is taken from the first such text; else one inside a text.
  const places = scope.wholes.map((candidate) => placeIn(candidate.text, key))
  const found = places.includes(0) ? places.indexOf(0) : places.findIndex((at) => at > 0)
  const whole = scope.wholes[found]
  const at = places[found] ?? -1
  const reading = whole ? within(whole.reading, at, at + key.length) : read(key)
  if (whole) scope.pieces.set(key, reading)
  else if (!scope.wholes.some((candidate) => candidate.text === key)) scope.wholes.push({text: key, reading})
  return reading
}

/** The words of `text` with their tags. The list is shared: never change it. */
export function termsOf(text: string): readonly Term[] {
  return readingOf(text).terms
}

/** The verb groups of `text`. The list is shared: never change it. */
export function verbsOf(text: string): readonly VerbGroup[] {
  return readingOf(text).verbs
}

