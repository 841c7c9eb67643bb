import type {SplitWording} from './types.js'
import {bare, mainClause, termsOf, wordCount, type Term} from './clauses.js'
import type {ListLayout} from './lists.js'

/** Verbs that take "to" and a series of things to do: "We want to understand X and deliver Y". */
const wantTo = /^(?:want|wants|aim|aims|need|needs|plan|plans|hope|hopes|intend|intends|try|tries|seek|seeks|continue|continues)$/i
/** Words that open a clause inside an item: a bare "and" after them may belong to that inner clause. */
const inner = /\b(?:that|which|who|whom|whose|where|when|if|whether|because|while|to)\b/i
/** Words that open a clause with a subject of its own inside an item ("hubs where people can …"). */
const innerClause = /\b(?:that|which|who|whom|whose|where|when|if|whether|because|while)\b/i
/** Words that start a noun after "and" or a comma, so a word in `notVerbs` before them is a verb ("support victims"). */
const objectTags = ['Determiner', 'Possessive', 'Plural', 'Pronoun', 'Noun', 'Adjective']

/** Whether the term can start a verb phrase of the series: a plain verb ("offer", "support"), not "-ing", "-ed" or a noun. */
function startsVerbPhrase(term: Term, next: Term | undefined, wording: SplitWording): boolean {
  const tags = term.tags
  // "be clear about X": "be" is the one helper word that can start a thing to do.
  const be = /^be$/i.test(term.text)
  if (!tags.has('Verb') || !(tags.has('Infinitive') || tags.has('PresentTense') || be) || tags.has('Gerund') || tags.has('PastTense') || tags.has('Modal') || ((tags.has('Auxiliary') || tags.has('Copula')) && !be)) return false
  if (tags.has('Noun') && !tags.has('Infinitive')) return false
  // "… in a way that is open, and supports …": a verb with "-s" after "will" or "to" has a subject of its own.
  if (!tags.has('Infinitive') && /[^s]s$/i.test(term.text)) return false
  // "our officers and staff in Lanarkshire": a word plans use as a noun is a verb only before its own object.
  if (wording.notVerbs.includes(bare(term.text))) return next !== undefined && objectTags.some((tag) => next.tags.has(tag)) && !next.tags.has('Preposition')
  return true
}

/**
 * The verb-series rule of the lists family: "We will continue to develop our skills, offer advice about online safety
 * and support victims." → "We will:" + "continue to develop our skills", "offer advice about online safety", "support
 * victims". The lead-in is the subject and its helper ("We will", "Lanarkshire Division will also") or a verb that
 * takes "to" ("We want to"); the items are the verb phrases after it, joined by commas and a last "and" (an "or"
 * series keeps its sentence). Three or more items; two when the sentence is longer than `wording.above` words and
 * each item has 3 to `above` words. A bare "and" after an inner clause ("a plan that will encourage staff to try X
 * and evaluate Y") is not a joiner of the series.
 */
export function verbListLayout(text: string, wording: SplitWording): ListLayout | undefined {
  if (/\?\s*$/.test(text) || /[;:]/.test(text) || !/\sand\s/.test(text)) return undefined
  const body = text.replace(/[.!]\s*$/, '')
  const main = mainClause(body)
  if (!main) return undefined
  const terms = termsOf(body)
  const helper = main.verb.auxiliary !== ''
  let index = terms.findIndex((term) => term.start >= main.verb.start && !term.tags.has('Modal') && !term.tags.has('Auxiliary') && !term.tags.has('Adverb'))
  if (index === -1) return undefined
  // "we will fully engage …, and do …": the adverb belongs to the first item; "also" stays with the lead-in.
  let itemStart = index
  while (itemStart > 0 && terms[itemStart - 1]!.tags.has('Adverb') && terms[itemStart - 1]!.start >= main.verb.start && terms[itemStart - 1]!.text.toLowerCase() !== 'also') itemStart--
  // "We want to understand …": the lead-in runs through "to".
  if (!helper) {
    if (!wantTo.test(terms[index]!.text) || terms[index + 1]?.text.toLowerCase() !== 'to') return undefined
    index += 2
    itemStart = index
  }
  const first = terms[index]
  if (!first || !startsVerbPhrase(first, terms[index + 1], wording)) return undefined
  const starts: number[] = [terms[itemStart]!.start]
  const joiners: string[] = []
  for (let at = index + 1; at < terms.length; at++) {
    const term = terms[at]!
    const gap = body.slice(terms[at - 1]!.end, term.start)
    const joiner = /^\s*,\s*(?:(and|or)\s+)?$/.exec(gap) ? (/and|or/.exec(gap)?.[0] ?? ',') : /^\s+$/.test(gap) && /^(?:and|or)$/i.test(terms[at - 1]!.text) ? terms[at - 1]!.text.toLowerCase() : undefined
    if (!joiner || !startsVerbPhrase(term, terms[at + 1], wording)) continue
    const item = body.slice(starts.at(-1)!, term.start)
    if (joiner !== ',' && !/,\s*(?:and|or)\s+$/.test(item) && inner.test(item.replace(/\s+(?:and|or)\s*$/, ''))) continue
    // "turn them into hubs where people can get advice, use computers and meet others": after an inner clause with a
    // subject of its own, the verbs go on with that clause (people use the computers), not with ours.
    if (joiner === ',' && innerClause.test(item)) continue
    starts.push(term.start)
    joiners.push(joiner)
  }
  // Commas between the items and one "and" or "or" before the last: anything else is not a series we can lay out.
  if (joiners.length === 0 || joiners.slice(0, -1).some((joiner) => joiner !== ',') || joiners.at(-1) !== 'and') return undefined
  const items = starts.map((start, at) => body.slice(start, starts[at + 1] ?? body.length).replace(/(?:\s*,)?\s*(?:(?:and|or)\s*)?$/i, '').replace(/,\s*$/, '').trim())
  // "carry out a training framework, mentoring programme and go after …": a comma inside an item before the last joins
  // no verbs, so the words are not a clean series (here a thing is missing its "and"). The last item may hold a series
  // of its own ("providing services that are relevant, accessible and effective").
  if (items.some((item) => wordCount(item) < 2) || items.slice(0, -1).some((item) => item.includes(','))) return undefined
  // Two items make a list only when both are short; otherwise the split rule makes two sentences of them.
  if (items.length === 2 && (wordCount(body) <= wording.above || items.some((item) => wordCount(item) < 3 || wordCount(item) > wording.above))) return undefined
  const lead = body.slice(0, starts[0]).trim()
  if (wordCount(lead) < 1) return undefined
  return {lead: `${lead}:`, items}
}
