import {bare, mainClause, standsAlone, verbFirst, verbsOf, wordCount, modals, type Term} from './clauses.js'
import type {Cut, TailContext} from './tails.js'

// The cuts at "and" and "but" of the split rule: two clauses, a second verb that shares the first one's subject, and
// an aside after "and". Each right half is returned as words; split.ts capitalises it and gives it its end mark.

/** Words after a main verb that open a clause inside it: an "and" after them may belong to that inner clause. */
const inner = /\b(?:that|if|because|whether|when|where|how|what|who|which|whom|whose|while|although|though|unless|until|to)\b/i
/** Words a second subject may start with when "and" joins two clauses without a comma. */
const subjectStart = /^(?:our|the|we|it|this|they|their|i|he|she|there|these|those|each|every|all)\b/i

/**
 * "X and Y" or "X, but Y" where Y is a clause of its own ("… and we will use our resources" → "… We will use our
 * resources."; "But …" after "but"), or a verb that shares X's subject and helper, written again ("We will use X and
 * fully engage with Y" → "We will use X. We will fully engage with Y."; "… and is subject to …" → "The Commander is
 * subject to …").
 */
export function andCuts({body, terms, wording, leftPart}: TailContext): Cut[] {
  const found: Cut[] = []
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
      if (!pronounClause && closesSeries(left.slice(leftVerb.end))) continue
      // "we have seen A rise, B climb, and C placed in …": after a series of clauses that share the first verb, a verb
      // with no helper may be a participle or a bare form ("placed", "climb"), not a finite verb of its own.
      if (!pronounClause && comma && middle.includes(',') && own.verb.auxiliary === '' && !own.verb.head.has('PresentTense')) continue
      // "… and the Strategy agreed by the Board": a past participle with "by" after a noun names a thing, not a clause.
      if (own.verb.auxiliary === '' && own.verb.head.has('PastTense') && /^\s+by\b/i.test(right.slice(own.verb.end))) continue
      // "replaces A and the Action Plan adopted in 2020": an "-ed" word with no helper after a noun group may describe
      // the noun ("the plan adopted in 2020") rather than be its verb; a pronoun before it ("we adopted") is sure.
      const describes = own.verb.auxiliary === '' && /ed$/i.test(own.verb.text.trim()) && !/^(?:we|i|they|it|he|she|you)$/i.test(own.subject)
      found.push({left: leftPart(left), right: but ? `${wording.but} ${right}` : right, joiner: match[0].trim(), ...(describes ? {confidence: 0.6} : {})})
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
    // "We are under no illusion as to the extent of stress and strain the demands …": after a clause whose only verb
    // is "be", a plain form after "and" may as well be a noun of the phrase before it (a form in -s, "and extends to",
    // is no noun there); the cut is offered.
    const afterCopula = leftClause.verb.auxiliary === '' && leftClause.verb.head.has('Copula') && !ownHelper && !/[^s]s$/i.test(next.text)
    found.push({left: leftPart(left), right: but ? `${wording.but} ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}` : sentence, joiner: match[0].trim(), ...(afterCopula ? {confidence: 0.6} : {})})
  }
  return found
}

/**
 * Whether an "and" after `object` (the words after the first half's verb) closes a series of things: "include A, B,
 * and the proportion of C". The last piece after a comma is a short noun group with no verb
 * of its own (10 words at most); cut at the "and", the first sentence would lose its "and" and the second its verb.
 */
function closesSeries(object: string): boolean {
  const comma = object.lastIndexOf(',')
  if (comma === -1) return false
  const piece = object.slice(comma + 1).trim()
  if (wordCount(piece) < 1 || wordCount(piece) > 10) return false
  // "recovery rates", "staff costs": a plural noun last may be read as a verb; with nothing after it, it is the noun.
  const verbs = verbsOf(piece).filter((verb) => !verb.nonFinite && !(verb.end === piece.length && verb.auxiliary === '' && /[^s]s$/i.test(verb.text)))
  return verbs.length === 0
}

/**
 * An aside between "and" and a comma, put first in the new sentence: "X and, where possible, share Y" → "Where
 * possible, we will share Y"; "X and as such, have created Y" → "As such, we have created Y"; "X and, working with
 * others, we try Y" → "Working with others, we try Y".
 */
export function asideCuts({body, terms, leftPart}: TailContext): Cut[] {
  const found: Cut[] = []
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
    found.push({left: leftPart(left), right: `${aside}, ${sentence}`, joiner: 'and (aside)'})
  }
  return found
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

/** The word after `at`, skipping adverbs ("fully engage" → "engage"). */
function firstWordAfter(terms: readonly Term[], at: number): Term | undefined {
  const after = terms.filter((term) => term.start >= at)
  return after.find((term) => !term.tags.has('Adverb')) ?? after[0]
}
