import nlp from 'compromise'
import type {SplitWording} from './types.js'
import {capitalise, mainClause, standsAlone, termsOf, verbsOf, wordCount, type Term} from './clauses.js'

/** "…, it is …": two clauses joined by a comma alone; a piece that holds one is not correct English, so no cut makes one. */
const commaSplice = /,\s+(?:it|we|they|this|there|i)\s+(?:is|are|was|were|can|will|has|have|must)\b/i
/** A clause that starts with these depends on another one ("As the Chief Constable has said …"). */
const dependent = /^(?:as|if|when|while|although|though|because|since|unless|until|whether|once)\b/i

const modals = new Set(['will', 'must', 'can', 'should', 'may', 'would', 'could', 'shall', 'will also', 'will further', 'will continue to'])
/** Words after a main verb that open a clause inside it: an "and" after them may belong to that inner clause. */
const inner = /\b(?:that|if|because|whether|when|where|how|what|who|which|whom|whose|while|although|though|unless|until|to)\b/i
/** Words a second subject may start with when "and" joins two clauses without a comma. */
const subjectStart = /^(?:our|the|we|it|this|they|their|i|he|she|there|these|those|each|every|all)\b/i
const plural = /^(?:are|were|have|do)$/i
const singular = /^(?:is|was|has|does)$/i

/** One way to cut a sentence in two, found at a joiner ("; ", ", and", ", which", …). */
interface Cut {
  left: string
  right: string
  /** Which joiner made it, for the audit trail. */
  joiner: string
}

function leftPart(text: string): string {
  return text.replace(/[\s,;:]+$/, '') + '.'
}

/** The word after `at`, skipping adverbs ("fully engage" → "engage"). */
function firstWordAfter(terms: readonly Term[], at: number): Term | undefined {
  const after = terms.filter((term) => term.start >= at)
  return after.find((term) => !term.tags.has('Adverb')) ?? after[0]
}

/** Every safe cut of `text` (a sentence that ends with its own punctuation). */
function cuts(text: string, wording: SplitWording): Cut[] {
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
    const leftClause = mainClause(left)
    if (!leftClause || leftClause.verb.negative || wordCount(right) < 4 || wordCount(left) < 4) continue
    const own = mainClause(right)
    const next = firstWordAfter(terms, match.index + match[0].length)
    if (own && !verbFirst(right) && (comma || (subjectStart.test(right) && !left.includes(','))) && wordCount(own.subject) <= 8) {
      // "We recognise that X is Y and Z is W": the second clause may belong inside the "that" clause, unless it has our own subject.
      const middle = left.slice(leftClause.verb.end)
      if (inner.test(middle) && own.subject.toLowerCase() !== leftClause.subject.toLowerCase()) continue
      found.push({left: leftPart(left), right: finish(but ? `${wording.but} ${right}` : right), joiner: match[0].trim()})
      continue
    }
    // "We will X and Y": the second verb shares the subject and helper, which are written again.
    if (!next || !next.tags.has('Verb') || next.tags.has('Gerund') || next.tags.has('PastTense') || next.tags.has('Noun')) continue
    if (wording.notVerbs.includes(next.text.toLowerCase().replace(/[^\p{L}]/gu, ''))) continue
    const object = left.slice(leftClause.verb.end)
    // "We will develop and implement a plan": the first verb has no words of its own to stand with.
    if (wordCount(object) < 2 || inner.test(object)) continue
    // "We will provide X, enhance Y and promote Z": the "and" closes a list of verbs; cutting there breaks the list.
    if (!comma && object.includes(',')) continue
    if (comma && verbFirst(object.slice(object.lastIndexOf(',') + 1))) continue
    const subject = leftClause.subject
    const auxiliary = leftClause.verb.auxiliary.toLowerCase()
    let restored: string
    if (modals.has(auxiliary)) restored = `${subject} ${leftClause.verb.auxiliary}`
    else if (auxiliary === '' && (next.tags.has('PresentTense') && !next.tags.has('Infinitive') || /^(?:we|they|i|you)$/i.test(subject))) restored = subject
    else continue
    const sentence = `${restored} ${right}`
    if (!standsAlone(sentence)) continue
    found.push({left: leftPart(left), right: finish(but ? `${wording.but} ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}` : sentence), joiner: match[0].trim()})
  }

  // "X, which enables Y" → "X. This enables Y." — only when the "which" clause runs to the end, with no second clause in it.
  for (const match of body.matchAll(/,\s+which\s+/gi)) {
    const left = body.slice(0, match.index)
    const rest = body.slice(match.index + match[0].length)
    if (/[;]|,\s+(?:and|but)\s/.test(rest) || !standsAlone(left) || wordCount(rest) < 3) continue
    const verb = verbsOf(rest)[0]
    if (!verb || verb.start > (/^\S+\s+/.exec(rest)?.[0].length ?? 0) || verb.nonFinite) continue
    const first = rest.slice(verb.start).split(/\s+/)[0]!
    const these = plural.test(first) || (!singular.test(first) && verb.head.has('Infinitive') && verb.auxiliary === '')
    found.push({left: leftPart(left), right: finish(`${these ? wording.which.plural : wording.which.singular} ${rest}`), joiner: 'which'})
  }

  // "We will X, while recognising Y" → "We will X. We will also recognise Y."
  for (const match of body.matchAll(/,\s+while\s+(\p{L}+ing)\b/giu)) {
    if (!main || !modals.has(main.verb.auxiliary.toLowerCase())) continue
    const left = body.slice(0, match.index)
    const base = infinitive(match[1]!)
    if (!base || !standsAlone(left)) continue
    const rest = body.slice(match.index + match[0].length)
    found.push({left: leftPart(left), right: finish(`${main.subject} ${main.verb.auxiliary} ${wording.whileAlso} ${base}${rest}`), joiner: 'while'})
  }

  // "X so that Y" → "X. This is so that Y."
  for (const match of body.matchAll(/,?\s+so that\s+/gi)) {
    const left = body.slice(0, match.index)
    const right = body.slice(match.index + match[0].length)
    if (standsAlone(left) && standsAlone(right)) found.push({left: leftPart(left), right: finish(`${wording.soThat} ${right}`), joiner: 'so that'})
  }
  return found.filter((cut) => !commaSplice.test(cut.left) && !commaSplice.test(cut.right) && !/^['‘“"]/.test(cut.right) && standsAlone(cut.left) && standsAlone(cut.right) && wordCount(cut.left) >= 4 && wordCount(cut.right) >= 4)
}

/** Whether a piece starts with a verb (no subject of its own: "and fully engage …"). */
function verbFirst(text: string): boolean {
  const verb = verbsOf(text)[0]
  return verb !== undefined && text.slice(0, verb.start).trim() === ''
}

/** "recognising" → "recognise", through compromise's conjugation; undefined when it cannot tell. */
function infinitive(gerund: string): string | undefined {
  const base = nlp(`we are ${gerund}`).verbs().toInfinitive().text().replace(/^we\s+/i, '').trim()
  return /^\p{L}+$/u.test(base) && base.toLowerCase() !== gerund.toLowerCase() ? base : undefined
}

/**
 * The split rule: a sentence of more words than `wording.above` is cut at the safe point that leaves the most even
 * halves (a semicolon; "and"/"but" between clauses with their own verb; ", which …"; ", while …ing"; "so that"), the
 * subject restored where the second half shares it, then each half again. A sentence with no safe point stays whole:
 * the checker flags it for the writer. Returns the sentences and each cut made.
 */
export function splitSentence(text: string, wording: SplitWording, depth = 0): {sentences: string[]; cuts: Array<{before: string; after: string[]}>} {
  if (wordCount(text) <= wording.above || depth > 4 || /\?\s*$/.test(text)) return {sentences: [text], cuts: []}
  const options = cuts(text, wording)
  if (options.length === 0) return {sentences: [text], cuts: []}
  const best = options.reduce((a, b) => (Math.max(wordCount(a.left), wordCount(a.right)) <= Math.max(wordCount(b.left), wordCount(b.right)) ? a : b))
  const left = splitSentence(best.left, wording, depth + 1)
  const right = splitSentence(best.right, wording, depth + 1)
  return {sentences: [...left.sentences, ...right.sentences], cuts: [{before: text, after: [best.left, best.right]}, ...left.cuts, ...right.cuts]}
}
