import type {SplitWording} from './types.js'
import {bare, capitalise, mainClause, standsAlone, termsOf, verbsOf, wordCount, type Term} from './clauses.js'
import {frontPurposeCuts, participleCuts, purposeCuts, infinitiveOf, type Cut} from './tails.js'
import {appositiveCuts, includingAsideCuts, includingCuts, rangeCuts, resultCuts, semicolonSeriesCuts, setOutCuts, thatCuts, whoCuts, withCuts} from './tail-phrases.js'

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

const asideJoiner = 'and (aside)'
const modals = new Set(['will', 'must', 'can', 'should', 'may', 'would', 'could', 'shall', 'will also', 'will further', 'will continue to'])
/** Words after a main verb that open a clause inside it: an "and" after them may belong to that inner clause. */
const inner = /\b(?:that|if|because|whether|when|where|how|what|who|which|whom|whose|while|although|though|unless|until|to)\b/i
/** Words a second subject may start with when "and" joins two clauses without a comma. */
const subjectStart = /^(?:our|the|we|it|this|they|their|i|he|she|there|these|those|each|every|all)\b/i
const plural = /^(?:are|were|have|do)$/i
const singular = /^(?:is|was|has|does)$/i

function leftPart(text: string): string {
  return text.replace(/[\s,;:]+$/, '') + '.'
}

/** The word after `at`, skipping adverbs ("fully engage" → "engage"). */
function firstWordAfter(terms: readonly Term[], at: number): Term | undefined {
  const after = terms.filter((term) => term.start >= at)
  return after.find((term) => !term.tags.has('Adverb')) ?? after[0]
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

  for (const match of body.matchAll(/(,?)\s+(and|but)\s+/gi)) {
    const left = body.slice(0, match.index)
    const right = body.slice(match.index + match[0].length)
    const comma = match[1] === ','
    const but = match[2]!.toLowerCase() === 'but'
    if (wordCount(right) < 4 || wordCount(left) < 4) continue
    const leftClause = mainClause(left)
    // With no plain subject first, only a pronoun clause after "and" can be cut off (below): no need to read the rest.
    if (!leftClause && !/^(?:we|i|they)\s/i.test(right)) continue
    const own = mainClause(right)
    const next = firstWordAfter(terms, match.index + match[0].length)
    // "… and we will use our resources", "… and I am honoured": a pronoun and its verb start a clause of their own.
    const pronounClause = own !== undefined && /^(?:we|i|they)$/i.test(own.subject) && right.toLowerCase().startsWith(own.subject.toLowerCase())
    // A first half whose subject we cannot name ("Policing, and the officers who serve it, is …") still ends in its
    // verb's words; before a pronoun clause that is enough, and a "not" there does not reach the second clause.
    const leftVerb = leftClause?.verb ?? (pronounClause && standsAlone(left) ? verbsOf(left).filter((verb) => !verb.nonFinite).at(-1) : undefined)
    if (!leftVerb || (leftVerb.negative && !pronounClause)) continue
    if (own && !verbFirst(right) && (comma || (subjectStart.test(right) && (!left.includes(',') || pronounClause))) && wordCount(own.subject) <= 10) {
      // "We recognise that X is Y and Z is W": the second clause may belong inside the "that" clause, unless it has our
      // own subject or starts with "this"/"these", which point back to what was said. A "to" in the first half ("a
      // place to live and I am …") opens no clause that a pronoun could be in.
      const middle = left.slice(leftVerb.end)
      const pointsBack = /^(?:this|these)\b/i.test(own.subject)
      if (!pointsBack && inner.test(pronounClause ? middle.replace(/\bto\b/gi, '') : middle) && own.subject.toLowerCase() !== leftClause?.subject.toLowerCase()) continue
      found.push({left: leftPart(left), right: finish(but ? `${wording.but} ${right}` : right), joiner: match[0].trim()})
      continue
    }
    // "We will X and Y": the second verb shares the subject and helper, which are written again.
    if (!leftClause || leftClause.verb.negative) continue
    if (!next || !next.tags.has('Verb') || next.tags.has('Gerund') || next.tags.has('PastTense') || next.tags.has('Noun')) continue
    if (wording.notVerbs.includes(bare(next.text))) continue
    const object = left.slice(leftClause.verb.end)
    // "…, and will take action", "… and is subject to …": the second half brings its own helper, so only the subject is written again.
    const ownHelper = /^(?:will|can|must|should|may|is|are|was|were|has|have)$/i.test(next.text)
    // "We will develop and implement a plan": the first verb has no words of its own to stand with. After an inner
    // clause ("we describe how X has …, and will …") the second half may belong to it; after a comma, a "to" inside
    // the first half ("as to the extent …, and will take action") does not hold the second.
    if (wordCount(object) < 2 || (opensInner(object, leftClause.verb.end, terms) && !(ownHelper && comma && !inner.test(object.replace(/\bto\b/gi, ''))))) continue
    // "We will provide X, enhance Y and promote Z": the "and" closes a list of verbs; cutting there breaks the list.
    if (!comma && object.includes(',')) continue
    if (comma && verbFirst(object.slice(object.lastIndexOf(',') + 1))) continue
    const restored = restoredSubject(leftClause, next, ownHelper)
    if (restored === undefined) continue
    const sentence = `${restored} ${right}`
    if (!standsAlone(sentence)) continue
    found.push({left: leftPart(left), right: finish(but ? `${wording.but} ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}` : sentence), joiner: match[0].trim()})
  }

  // "X and, where possible, share Y", "X and as such, have created Y", "X and, working with others, we try Y": the
  // words between "and" and the comma go first in the new sentence ("Where possible, we will share Y").
  for (const match of body.matchAll(/\s+and(?=(,?)\s+([^,;:]+?),\s+)/gi)) {
    const left = body.slice(0, match.index)
    const aside = match[2]!
    const rest = body.slice(match.index + match[0].length).replace(/^,?\s+[^,;:]+?,\s+/, '')
    // The aside is set off by commas ("and, where possible,") or opens like one ("and as such,"): never a thing of a series.
    const setOff = match[1] === ',' || /^(?:as|where|when|wherever|whenever|if|in|through|with|by|at|for)\s/i.test(aside)
    if (!setOff || /\b(?:and|or)\b/i.test(aside) || wordCount(aside) > 5 || wordCount(left) < 4 || wordCount(rest) < 3) continue
    const leftClause = mainClause(left)
    if (!leftClause || leftClause.verb.negative || verbsOf(aside).some((verb) => !verb.nonFinite && !verb.head.has('Gerund'))) continue
    const own = mainClause(rest)
    let sentence: string | undefined
    if (own && /^(?:we|i|they)$/i.test(own.subject) && rest.toLowerCase().startsWith(own.subject.toLowerCase())) sentence = rest
    else if (verbFirst(rest)) {
      const next = firstWordAfter(terms, body.length - rest.length)
      const restored = next && restoredSubject(leftClause, next, /^(?:will|can|must|should|may|is|are|was|were|has|have)$/i.test(next.text))
      if (restored && !next.tags.has('Gerund')) sentence = `${/^(?:we|they|our|the|this|these|their|it)\b/i.test(restored) ? restored.charAt(0).toLowerCase() + restored.slice(1) : restored} ${rest}`
    }
    if (!sentence || !standsAlone(sentence)) continue
    found.push({left: leftPart(left), right: finish(`${aside}, ${sentence}`), joiner: asideJoiner})
  }

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
  // An order where the plan lists orders ("Design a plan …"): any capital word first but "the", "our", "in", …
  const opening = terms[0]
  const imperative = orderLead !== undefined && !main && opening !== undefined && /^\p{Lu}/u.test(body) && !['Determiner', 'Pronoun', 'Possessive', 'Preposition', 'Adverb', 'QuestionWord'].some((tag) => opening.tags.has(tag))
  const context = {body, terms, main, imperative, orderLead: orderLead ?? '', wording, leftPart}
  const tails = [purposeCuts, frontPurposeCuts, includingCuts, participleCuts, appositiveCuts, rangeCuts, thatCuts, withCuts, whoCuts, setOutCuts, resultCuts, semicolonSeriesCuts, includingAsideCuts].flatMap((family) => family(context))
  for (const tail of tails) found.push({...tail, right: finish(tail.right)})
  const safe = found.filter((cut) => !commaSplice(cut.left) && !commaSplice(cut.right) && !/^['‘“"]/.test(cut.right) && (standsAlone(cut.left) || (imperative && cut.left.startsWith(opening!.text))) && (standsAlone(cut.right) || (imperative && verbFirst(cut.right))) && wordCount(cut.left) >= 4 && wordCount(cut.right) >= 4)
  if (!imperative) return safe
  // An order cut in two is said as what we will do, so each sentence has its subject: "We will analyse the data."
  const withLead = (piece: string) => `${orderLead} ${piece.charAt(0).toLowerCase()}${piece.slice(1)}`
  return safe.map((cut) => ({...cut, left: withLead(cut.left), right: standsAlone(cut.right) ? cut.right : withLead(cut.right)}))
}

/**
 * The subject (and helper) that a second verb after "and" shares with the first clause, written again: "We will" for
 * "We will X and Y"; the subject alone when the second half has its own helper ("… and is subject to …") or the verb
 * has no helper ("We know X and recognise Y"); undefined when it cannot tell.
 */
function restoredSubject(clause: {subject: string; verb: {auxiliary: string}}, next: Term, ownHelper: boolean): string | undefined {
  const auxiliary = clause.verb.auxiliary.toLowerCase()
  if (ownHelper) return clause.subject
  // After "will", "must", …: a base form only ("the places and times where …" is no "We will times").
  if (modals.has(auxiliary)) return next.tags.has('Infinitive') || !/[^s]s$/i.test(next.text) ? `${clause.subject} ${clause.verb.auxiliary}` : undefined
  if (auxiliary === '' && ((next.tags.has('PresentTense') && !next.tags.has('Infinitive')) || /^(?:we|they|i|you)$/i.test(clause.subject))) return clause.subject
  return undefined
}

/**
 * Whether `text` (at `offset` in the sentence `terms` come from) opens a clause inside it: "that", "who", … or "to"
 * before a verb ("a plan to reduce …"); "a report to members of …" opens none.
 */
function opensInner(text: string, offset: number, terms: readonly Term[]): boolean {
  for (const match of text.matchAll(new RegExp(inner.source, 'gi'))) {
    if (match[0].toLowerCase() !== 'to') return true
    const next = terms.find((term) => term.start > offset + match.index + 1 && !term.tags.has('Adverb'))
    if (next?.tags.has('Verb') && !next.tags.has('Noun')) return true
  }
  return false
}

/** Whether a piece starts with a verb (no subject of its own: "and fully engage …"). */
function verbFirst(text: string): boolean {
  const verb = verbsOf(text)[0]
  return verb !== undefined && text.slice(0, verb.start).trim() === ''
}

interface Split {
  sentences: string[]
  cuts: Array<{before: string; after: string[]}>
}

/** How good a split is: fewer sentences still too long first, then the shortest longest sentence. */
function score(split: Split, above: number): [number, number] {
  const lengths = split.sentences.map(wordCount)
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
  return splitWith(text, wording, orderLead, 0, new Map())
}

/** The split of `text`, each piece's own split kept in `known`: different cuts often leave the same pieces. */
function splitWith(text: string, wording: SplitWording, orderLead: string | undefined, depth: number, known: Map<string, Split>): Split {
  if (wordCount(text) <= wording.above || depth > 4 || /\?\s*$/.test(text)) return {sentences: [text], cuts: []}
  const key = `${depth}\u0000${text}`
  const found = known.get(key)
  if (found) return found
  let best: Split | undefined
  let bestScore: [number, number] = [Infinity, Infinity]
  for (const option of cuts(text, wording, orderLead)) {
    const left = splitWith(option.left, wording, orderLead, depth + 1, known)
    const right = splitWith(option.right, wording, orderLead, depth + 1, known)
    const split = {sentences: [...left.sentences, ...right.sentences], cuts: [{before: text, after: [option.left, option.right]}, ...left.cuts, ...right.cuts]}
    const [long, longest] = score(split, wording.above)
    if (long < bestScore[0] || (long === bestScore[0] && longest < bestScore[1])) {
      best = split
      bestScore = [long, longest]
    }
  }
  const result = best ?? {sentences: [text], cuts: []}
  known.set(key, result)
  return result
}
