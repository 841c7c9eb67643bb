import type {SplitWording} from './types.js'
import {standsAlone, termsOf, verbsOf, wordCount, type Term} from './clauses.js'
import {isName, type ListLayout} from './lists.js'

/** Tags of the words a noun group is made of ("the public", "community representatives", "Police Scotland's values"). */
const groupTags = ['Noun', 'Adjective', 'Determiner', 'Possessive', 'Value', 'Acronym', 'ProperNoun']
const longestItem = 5

function inGroup(term: Term): boolean {
  return groupTags.some((tag) => term.tags.has(tag)) && !term.tags.has('Preposition') && !term.tags.has('Conjunction') && !(term.tags.has('Verb') && !term.tags.has('Noun'))
}

/**
 * A short noun group with a noun in it and no verb of its own: "stakeholders", "the local public"; a name of up to 8
 * words ("the Safer South Lanarkshire Board"); or one "-ing" word used as a noun ("prevention, engineering and …").
 */
export function isThing(item: string): boolean {
  // "in libraries, at the museum and at festivals": places with their prepositions are no things of one list.
  if (item === '' || /\b(?:and|or)\b/i.test(item) || /^(?:at|in|on|to|from|by|with|for|through|into|across|within)\s/i.test(item)) return false
  // "diabetes that our residents experience": a clause of its own that may belong to every thing of the series.
  if (/\b(?:that|which|who|whom|whose)\b/i.test(item)) return false
  if (isName(item)) return wordCount(item) <= 8
  if (wordCount(item) > longestItem) return false
  if (/^\p{L}+ing$/iu.test(item)) return true
  return verbsOf(item).every((verb) => /^including$/i.test(verb.text)) && termsOf(item).some((term) => term.tags.has('Noun') && !term.tags.has('Pronoun'))
}

/**
 * Whether the last thing ends in words that belong to every thing of the series, not to the last one: "… our
 * activity, estates and fleet on the environment" (a place or purpose no other thing has), "… colleagues, citizens
 * and communities alike" (an adverb).
 */
function sharedEnding(items: readonly string[]): boolean {
  const last = termsOf(items.at(-1)!)
  const hasPreposition = (thing: string) => termsOf(thing).some((term) => term.tags.has('Preposition'))
  return last.at(-1)?.tags.has('Adverb') === true || /\s(?:alike|too|together|both)$/i.test(items.at(-1)!) || (hasPreposition(items.at(-1)!) && !items.slice(0, -1).some(hasPreposition))
}

/**
 * The thing-series rule of the lists family: a long sentence that ends in a series of 3 or more things ("We have
 * consulted with the public, stakeholders, community representatives and partners") → "We have consulted with:" and
 * one bullet a thing. Only for sentences longer than `wording.above` words (a short one reads well as it is); each
 * thing is a noun group of at most 5 words with a noun in it and no verb ("modern, visible and accessible policing"
 * is a series of adjectives, not of things); the series is joined by commas and one last "and", and runs to the end of
 * the sentence; the lead-in stands alone and ends in a verb or a preposition ("… consulted with:", "… our values of:").
 */
export function seriesListLayout(text: string, wording: SplitWording): ListLayout | undefined {
  if (/\?\s*$/.test(text) || /[;:()]/.test(text) || wordCount(text) <= wording.above) return undefined
  const body = text.replace(/[.!]\s*$/, '')
  const last = /(?:,\s*|\s+)and\s+([^,]+)$/i.exec(body)
  if (!last || !isThing(last[1]!.trim())) return undefined
  // "the Children's Wellbeing and Schools Bill": an "and" between capitalised words is inside a name.
  if (/\p{Lu}[\p{L}'’]*\s*$/u.test(body.slice(0, last.index)) && /^\p{Lu}/u.test(last[1]!.trim())) return undefined
  // A comma inside a number ("14,000") cuts no series.
  const parts = body.slice(0, last.index).split(/\s*,(?!\d{3}\b)\s*/)
  const items = [last[1]!.trim()]
  let at = parts.length - 1
  while (at > 0 && isThing(parts[at]!.trim())) items.unshift(parts[at--]!.trim())
  // The first thing is the noun group that ends the words before the first comma of the series.
  const opening = parts.slice(0, at + 1).join(', ')
  const terms = termsOf(opening)
  let first = terms.length
  while (first > 0 && inGroup(terms[first - 1]!) && !/[,;]/.test(opening.slice(terms[first - 1]!.end, terms[first]?.start ?? opening.length))) first--
  if (first === terms.length || first === 0) return undefined
  const item = opening.slice(terms[first]!.start).trim()
  const before = terms[first - 1]!
  if (!isThing(item) || !(before.tags.has('Verb') || before.tags.has('Preposition'))) return undefined
  items.unshift(item)
  // "legislation, including the X Act": an example of the thing before it is no thing of the series.
  if (sharedEnding(items) || items.some((thing) => /^(?:including|such as)\b/i.test(thing))) return undefined
  const lead = opening.slice(0, terms[first]!.start).trim()
  // "…, from registered providers and voluntary groups to health services, the police and …": the end of a range.
  if (/\bfrom\s[^,;:]+\sto$/i.test(lead)) return undefined
  // "the findings of the State of Our Parks reports, …": a name goes on past "of" into the first thing.
  if (/\p{Lu}[\p{L}'’]*\s+of$/u.test(lead) && /^\p{Lu}/u.test(item)) return undefined
  if (items.length < 3 || wordCount(lead) < 4 || !standsAlone(lead)) return undefined
  return {lead: `${lead}:`, items}
}

/**
 * The "-ing" series of the lists family: a long sentence that ends in 3 or more things to do after a preposition ("a
 * role to play in improving X, making Y and getting rid of Z") → "… a role to play in:" and one bullet each
 * ("improving X"). Each item starts with an "-ing" word and has at most `wording.above` words; the series is joined by
 * commas and one last "and", and runs to the end of the sentence.
 */
export function gerundListLayout(text: string, wording: SplitWording): ListLayout | undefined {
  if (/\?\s*$/.test(text) || /[;:()]/.test(text) || wordCount(text) <= wording.above) return undefined
  const body = text.replace(/[.!]\s*$/, '')
  for (const match of body.matchAll(/\b(?:in|by|on|for|through|from|at|of)\s+(?=\p{L}+ing\s)/giu)) {
    const lead = body.slice(0, match.index + match[0].length).trim()
    const parts = body.slice(match.index + match[0].length).split(/\s*,\s*/)
    const last = /^(.*?)\s+and\s+(\p{L}+ing\s.*)$/iu.exec(parts.at(-1)!)
    if (!last) continue
    const items = [...parts.slice(0, -1), last[1]!, last[2]!].map((item) => item.trim())
    const gerunds = items.every((item) => /^\p{L}+ing\s/iu.test(item) && termsOf(item)[0]?.tags.has('Verb') === true && wordCount(item) <= wording.above)
    if (items.length < 3 || !gerunds || wordCount(lead) < 4 || !standsAlone(lead)) continue
    return {lead: `${lead}:`, items}
  }
  return undefined
}
