import type {SplitWording} from './types.js'
import {capitalise, mainClause, modals, standsAlone, termsOf, verbFirst, verbsOf, wordCount} from './clauses.js'
import {andCuts, asideCuts} from './and-cuts.js'
import {readingPieces} from '../util/tagger.js'
import {frontPurposeCuts, participleCuts, purposeCuts, infinitiveOf, type Cut} from './tails.js'
import {appositiveCuts, includingAsideCuts, includingAsideJoiner, includingCuts, rangeCuts, resultCuts, semicolonSeriesCuts, setOutCuts, thatCuts, whoCuts, withCuts} from './tail-phrases.js'

const commaSplices = /,\s+(?:it|we|they|this|there|i)\s+(?:is|are|was|were|can|will|has|have|must)\b/gi

/**
 * Whether a piece holds two clauses joined by a comma alone ("Policing is demanding, it is relentless"): that is not
 * correct English, so no cut makes one. An opening word or phrase before the comma ("Locally, we have …", "Where
 * possible, we will …") is no clause.
 */
function commaSplice(text: string): boolean {
  return [...text.matchAll(commaSplices)].some((match) => mainClause(text.slice(0, match.index)) !== undefined)
}
/** A clause that starts with these depends on another one ("As the Chief Constable has said …"). */
const dependent = /^(?:as|if|when|while|although|though|because|since|unless|until|whether|once)\b/i

const plural = /^(?:are|were|have|do)$/i
const singular = /^(?:is|was|has|does)$/i

function leftPart(text: string): string {
  return text.replace(/[\s,;:]+$/, '') + '.'
}

/** Every safe cut of `text` (a sentence that ends with its own punctuation). */
function cuts(text: string, wording: SplitWording, orderLead: string | undefined): Cut[] {
  // A sentence that ends inside a quotation ("… ‘not part of the job.’") keeps its ending as it is.
  const quoted = /[.!?]['’”"]\s*$/.test(text)
  const body = quoted ? text.trimEnd() : text.replace(/[.!:]\s*$/, '')
  const end = quoted ? '' : text.slice(body.length).trim() || '.'
  const terms = termsOf(body)
  const main = mainClause(body)
  const found: Cut[] = []
  const finish = (right: string) => capitalise(right.trim()).replace(/[\s,;]+$/, '') + end

  // "X; Y": both halves stand alone.
  for (const match of body.matchAll(/;\s*/g)) {
    const left = body.slice(0, match.index)
    const right = body.slice(match.index + match[0].length)
    if (dependent.test(left) || /^['‘“"]/.test(right)) continue
    if (mainClause(left) && mainClause(right) && !verbFirst(right)) found.push({left: leftPart(left), right: finish(right), joiner: ';'})
  }

  // An order where the plan lists orders ("Design a plan …"): any capital word first but "the", "our", "in", …
  const opening = terms[0]
  const imperative = orderLead !== undefined && !main && opening !== undefined && /^\p{Lu}/u.test(body) && !['Determiner', 'Pronoun', 'Possessive', 'Preposition', 'Adverb', 'QuestionWord'].some((tag) => opening.tags.has(tag))
  const context = {body, terms, main, imperative, orderLead: orderLead ?? '', wording, leftPart}
  for (const cut of [...andCuts(context), ...asideCuts(context)]) found.push({...cut, right: finish(cut.right)})

  // "Policing is demanding, it is relentless": two clauses joined by a comma alone are two sentences.
  for (const match of body.matchAll(/,\s+(?=(?:it|we|they|this|there|i)\s+(?:is|are|was|were|can|will|has|have|must)\b)/gi)) {
    const left = body.slice(0, match.index)
    const right = body.slice(match.index + match[0].length)
    // "Through intelligence led policing, we will …": an opening phrase, not a clause, however its words are tagged.
    if (dependent.test(left) || /['‘“"]/.test(left) || !mainClause(left)) continue
    found.push({left: leftPart(left), right: finish(right), joiner: ','})
  }

  // "X, which enables Y" → "X. This enables Y." — only when the "which" clause runs to the end, with no second clause in
  // it. After a name ("Local Police Plans which reference …") no comma is needed: a name says which one already.
  for (const match of body.matchAll(/(?:,\s+|(?<=\b\p{Lu}\p{L}*)\s+)which\s+/gu)) {
    const left = body.slice(0, match.index)
    const rest = body.slice(match.index + match[0].length)
    if (/[;]|,\s+(?:and|but)\s/.test(rest) || !standsAlone(left) || wordCount(rest) < 3) continue
    // Read as "it helps partners …", so the tagger sees the verb that "which" stood before ("helps" is no plural noun here).
    const verb = verbsOf(`it ${rest}`).map((group) => ({...group, start: group.start - 3}))[0]
    if (!verb || verb.start < 0 || verb.start > (/^\S+\s+/.exec(rest)?.[0].length ?? 0) || verb.nonFinite) continue
    const first = rest.slice(verb.start).split(/\s+/)[0]!
    // "which can …", "which were …"… a helper or a past tense says nothing of number: the noun before "which" does.
    const noun = terms.filter((term) => term.end <= match.index).at(-1)
    const tellsNumber = verb.auxiliary === '' && !verb.head.has('PastTense')
    const these = plural.test(first) || (!singular.test(first) && (tellsNumber ? verb.head.has('Infinitive') : noun?.tags.has('Plural') === true))
    found.push({left: leftPart(left), right: finish(`${these ? wording.which.plural : wording.which.singular} ${rest}`), joiner: 'which'})
  }

  // "We will X, while recognising Y" → "We will X. We will also recognise Y."
  for (const match of body.matchAll(/,\s+while\s+(\p{L}+ing)\b/giu)) {
    if (!main || !modals.has(main.verb.auxiliary.toLowerCase())) continue
    const left = body.slice(0, match.index)
    const base = infinitiveOf(match[1]!)
    if (!base || !standsAlone(left)) continue
    const rest = body.slice(match.index + match[0].length)
    found.push({left: leftPart(left), right: finish(`${main.subject} ${main.verb.auxiliary} ${wording.whileAlso} ${base}${rest}`), joiner: 'while'})
  }

  // "X so that Y" → "X. This is so that Y."
  for (const match of body.matchAll(/,?\s+so that\s+/gi)) {
    const left = body.slice(0, match.index)
    const right = body.slice(match.index + match[0].length)
    // "We will X, review Y so that Z, and invest in W": the "so that" sits inside a series, which goes on after it.
    if (/,/.test(left) && /,\s+(?:and|or)\s+/.test(right)) continue
    if (standsAlone(left) && standsAlone(right)) found.push({left: leftPart(left), right: finish(`${wording.soThat} ${right}`), joiner: 'so that'})
  }
  const tails = [purposeCuts, frontPurposeCuts, includingCuts, participleCuts, appositiveCuts, rangeCuts, thatCuts, withCuts, whoCuts, setOutCuts, resultCuts, semicolonSeriesCuts, includingAsideCuts].flatMap((family) => family(context))
  for (const tail of tails) found.push({...tail, right: finish(tail.right)})
  const safe = found.filter((cut) => !commaSplice(cut.left) && !commaSplice(cut.right) && !/^['‘“"]/.test(cut.right) && (standsAlone(cut.left) || (imperative && cut.left.startsWith(opening!.text))) && (standsAlone(cut.right) || (imperative && verbFirst(cut.right))) && wordCount(cut.left) >= 4 && wordCount(cut.right) >= 4)
  if (!imperative) return safe
  // An order cut in two is said as what we will do, so each sentence has its subject: "We will analyse the data."
  const withLead = (piece: string) => `${orderLead} ${piece.charAt(0).toLowerCase()}${piece.slice(1)}`
  return safe.map((cut) => ({...cut, left: withLead(cut.left), right: standsAlone(cut.right) ? cut.right : withLead(cut.right)}))
}

interface Split {
  sentences: string[]
  cuts: Array<{before: string; after: string[]}>
}

/**
 * A split while it is being made: `trailing` holds the sentences that name their subject in full ("These events
 * include …"), which go after all the other pieces, so that a "This …" sentence still follows what it points back to.
 */
interface Pieces extends Split {
  trailing: string[]
}

/** How good a split is: fewer sentences still too long first, then the shortest longest sentence. */
function score(split: Pieces, above: number): [number, number] {
  const lengths = [...split.sentences, ...split.trailing].map(wordCount)
  return [lengths.filter((length) => length > above).length, Math.max(...lengths)]
}

/**
 * The split rule: a sentence of more words than `wording.above` is cut at a safe point (a semicolon; "and"/"but"
 * between clauses with their own verb; ", which …"; ", while …ing"; "so that"; a comma between two clauses; the tail
 * cuts of tails.ts), the subject restored where the second half shares it, then each half again. Of the safe points,
 * the one whose pieces, once split in turn, leave the fewest sentences still too long is taken (then the one with the
 * shortest longest sentence, then the first found). A sentence with no safe point stays whole: the checker flags it
 * for the writer. `orderLead`: the sentence sits where the plan lists orders ("Design a plan …"); an order cut in two
 * gets these words first ("We will design a plan."), so that each piece has its subject. Returns the sentences
 * and each cut made.
 */
export function splitSentence(text: string, wording: SplitWording, orderLead?: string): Split {
  const pieces = readingPieces(() => splitWith(text, wording, orderLead, 0, new Map()))
  return {sentences: [...pieces.sentences, ...pieces.trailing], cuts: pieces.cuts}
}

/** The split of `text`, each piece's own split kept in `known`: different cuts often leave the same pieces. */
function splitWith(text: string, wording: SplitWording, orderLead: string | undefined, depth: number, known: Map<string, Pieces>): Pieces {
  if (wordCount(text) <= wording.above || depth > 4 || /\?\s*$/.test(text)) return {sentences: [text], cuts: [], trailing: []}
  const key = `${depth}\u0000${text}`
  const found = known.get(key)
  if (found) return found
  let best: Pieces | undefined
  let bestScore: [number, number] = [Infinity, Infinity]
  for (const option of cuts(text, wording, orderLead)) {
    const left = splitWith(option.left, wording, orderLead, depth + 1, known)
    const right = splitWith(option.right, wording, orderLead, depth + 1, known)
    const named = option.joiner === includingAsideJoiner
    const split = {
      sentences: named ? left.sentences : [...left.sentences, ...right.sentences],
      trailing: named ? [...left.trailing, ...right.sentences, ...right.trailing] : [...left.trailing, ...right.trailing],
      cuts: [{before: text, after: [option.left, option.right]}, ...left.cuts, ...right.cuts]
    }
    const [long, longest] = score(split, wording.above)
    if (long < bestScore[0] || (long === bestScore[0] && longest < bestScore[1])) {
      best = split
      bestScore = [long, longest]
    }
  }
  const result = best ?? {sentences: [text], cuts: [], trailing: []}
  known.set(key, result)
  return result
}
