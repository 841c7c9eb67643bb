import type {RuleId, SplitWording} from './types.js'
import {capitalise, mainClause, standsAlone, termsOf, verbFirst, wordCount} from './clauses.js'
import {readingPieces} from '../util/tagger.js'
import type {Cut, SplitRule} from './tails.js'
import {includingAsideJoiner} from './tail-phrases.js'
import {quotations} from './edits.js'
import {sureAt} from './rules/index.js'

const commaSplices = /,\s+(?:it|we|they|this|there|i)\s+(?:is|are|was|were|can|will|has|have|must)\b/gi

/**
 * Whether a piece holds two clauses joined by a comma alone ("Policing is demanding, it is relentless"): that is not
 * correct English, so no cut makes one. An opening word or phrase before the comma ("Locally, we have …", "Where
 * possible, we will …") is no clause.
 */
function commaSplice(text: string): boolean {
  return [...text.matchAll(commaSplices)].some((match) => mainClause(text.slice(0, match.index)) !== undefined)
}

function leftPart(text: string): string {
  return text.replace(/[\s,;:]+$/, '') + '.'
}

/** A quotation in `text` that a cut would break: its words are in neither piece whole. Never cut a quotation. */
function breaksQuotation(quoted: readonly string[], cut: Cut): boolean {
  return quoted.some((words) => !cut.left.includes(words) && !cut.right.includes(words))
}

/**
 * A new sentence that starts "This …" or "These …" must have one thing to point back to: after a series ("We spoke to
 * A, B and C"), or a bracket, "This includes …" could mean any of them, so such a cut is only offered.
 */
function pointsBackUnclearly(cut: Cut): boolean {
  // "This is to make sure …", "This is so that …" speak of what was done, not of a thing.
  if (!/^(?:this|these)\s+(?:is|are|includes?|can|will|enables?|helps?|contributes?|means?|was|were|has|have)\b/i.test(cut.right) || /^this is (?:to|so that)\b/i.test(cut.right)) return false
  const tail = cut.left.replace(/\.$/, '').split(/\s+/).slice(-10).join(' ')
  return /,[^,]+\b(?:and|or)\s+\S+/i.test(tail) || /\)$/.test(tail)
}

/**
 * Whether a piece ends in a word that links its clause to the one before ("…by 2035; however."): that word belongs to
 * the clause after it, so a cut that strands it there is never made.
 */
function endsInConnective(piece: string, connectives: readonly string[]): boolean {
  const words = piece.toLowerCase().replace(/[\s.,;:]+$/, '')
  return connectives.some((connective) => words === connective || [';', ',', ':', '('].some((mark) => words.endsWith(`${mark} ${connective}`) || words.endsWith(`${mark}${connective}`)))
}

/** Every safe cut of `text` (a sentence that ends with its own punctuation) by the rules given, each with its rule and confidence. */
function cuts(text: string, wording: SplitWording, orderLead: string | undefined, rules: readonly SplitRule[]): Cut[] {
  // A sentence that ends inside a quotation ("… ‘not part of the job.’") keeps its ending as it is.
  const quoted = /[.!?]['’”"]\s*$/.test(text)
  const body = quoted ? text.trimEnd() : text.replace(/[.!:]\s*$/, '')
  const end = quoted ? '' : text.slice(body.length).trim() || '.'
  const terms = termsOf(body)
  const main = mainClause(body)
  const finish = (right: string) => capitalise(right.trim()).replace(/[\s,;]+$/, '') + end

  // An order where the plan lists orders ("Design a plan …"): any capital word first but "the", "our", "in", …
  const opening = terms[0]
  const imperative = orderLead !== undefined && !main && opening !== undefined && /^\p{Lu}/u.test(body) && !['Determiner', 'Pronoun', 'Possessive', 'Preposition', 'Adverb', 'QuestionWord'].some((tag) => opening.tags.has(tag))
  const context = {body, terms, main, imperative, orderLead: orderLead ?? '', wording, leftPart}
  // "To reach this goal, we will work with …, including:" and a list: a purpose put last would take the list's colon.
  const leadIn = end === ':'
  const found = rules.flatMap((rule) => rule.cuts(context).filter((cut) => !(leadIn && cut.joiner === 'to (first)')).map((cut) => ({...cut, right: finish(cut.right), rule: rule.id, confidence: cut.confidence ?? rule.confidence})))
  const quotes = quotations(body).map(([start, stop]) => body.slice(start, stop))
  const safe = found.filter((cut) => !breaksQuotation(quotes, cut) && !endsInConnective(cut.left, wording.connectives) && !commaSplice(cut.left) && !commaSplice(cut.right) && !/^['‘“"]/.test(cut.right) && (standsAlone(cut.left) || (imperative && cut.left.startsWith(opening!.text))) && (standsAlone(cut.right) || (imperative && verbFirst(cut.right))) && wordCount(cut.left) >= 4 && wordCount(cut.right) >= 4)
  const judged = safe.map((cut) => (pointsBackUnclearly(cut) ? {...cut, confidence: Math.min(cut.confidence, 0.5)} : cut))
  if (!imperative) return judged
  // An order cut in two is said as what we will do, so each sentence has its subject: "We will analyse the data."
  const withLead = (piece: string) => `${orderLead} ${piece.charAt(0).toLowerCase()}${piece.slice(1)}`
  return judged.map((cut) => ({...cut, left: withLead(cut.left), right: standsAlone(cut.right) ? cut.right : withLead(cut.right)}))
}

/** One cut made in a split: the text it cut, the pieces, the rule and how sure it is. */
export interface SplitCut {
  before: string
  after: string[]
  rule: RuleId
  confidence: number
}

interface Split {
  sentences: string[]
  cuts: SplitCut[]
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
 * gets these words first ("We will design a plan."), so that each piece has its subject. `rules`: the split rules
 * that are on; `least`: the least confidence a cut needs (default `sureAt`: only sure cuts are made; 0 finds the cuts
 * to offer). Returns the sentences and each cut made, with its rule and confidence.
 */
export function splitSentence(text: string, wording: SplitWording, orderLead: string | undefined, rules: readonly SplitRule[], least = sureAt): Split {
  // "…found that: - domestic abuse accounted for 17 per cent, and repeat victimisation remains high;": a piece of a
  // sentence that a list goes on with (no capital, a semicolon or comma last) is no sentence of its own to cut.
  if (/^\p{Ll}/u.test(text) && /[;,]\s*(?:and|or)?\s*$/i.test(text)) return {sentences: [text], cuts: []}
  const pieces = readingPieces(() => splitWith(text, {wording, orderLead, rules, least}, 0, new Map()))
  return {sentences: [...pieces.sentences, ...pieces.trailing], cuts: pieces.cuts}
}

/** What a split may use: the sentence's wording, the order lead, the rules that are on, and the least confidence a cut needs. */
interface Choice {
  wording: SplitWording
  orderLead: string | undefined
  rules: readonly SplitRule[]
  least: number
}

/** The split of `text`, each piece's own split kept in `known`: different cuts often leave the same pieces. */
function splitWith(text: string, choice: Choice, depth: number, known: Map<string, Pieces>): Pieces {
  const {wording} = choice
  if (wordCount(text) <= wording.above || depth > 4 || /\?\s*$/.test(text)) return {sentences: [text], cuts: [], trailing: []}
  const key = `${depth}\u0000${text}`
  const found = known.get(key)
  if (found) return found
  let best: Pieces | undefined
  let bestScore: [number, number] = [Infinity, Infinity]
  for (const option of cuts(text, wording, choice.orderLead, choice.rules)) {
    if (option.confidence! < choice.least) continue
    const left = splitWith(option.left, choice, depth + 1, known)
    const right = splitWith(option.right, choice, depth + 1, known)
    const named = option.joiner === includingAsideJoiner
    const split = {
      sentences: named ? left.sentences : [...left.sentences, ...right.sentences],
      trailing: named ? [...left.trailing, ...right.sentences, ...right.trailing] : [...left.trailing, ...right.trailing],
      cuts: [{before: text, after: [option.left, option.right], rule: option.rule!, confidence: option.confidence!}, ...left.cuts, ...right.cuts]
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
