import {standsAlone, verbsOf, wordCount} from './clauses.js'

/** A sentence that ends in a series, laid out as a lead-in line and a bulleted list. */
export interface ListLayout {
  lead: string
  items: string[]
}

/** "Armed Policing", "Dive & Marine Unit", "the Human Trafficking Unit": a name, whose words are never a verb of the sentence. */
export function isName(item: string): boolean {
  return item.split(/\s+/).every((word) => /^(?:\p{Lu}|&|of|and|the|for|in|on|to)/u.test(word)) && /\p{Lu}/u.test(item)
}

/** What may introduce a series at the end of a sentence; the lead-in line ends with it and a colon. */
const markers = /(?:,?\s+(such as|including|for example)\s+|\s*[;:]\s+)/gi

/**
 * The lists rule: a sentence that ends in a series of 3 or more short items after "such as", "including", a
 * semicolon or a colon ("… community concerns, such as violence, antisocial behaviour, theft or sexual crime.")
 * becomes a lead-in line ending with a colon ("… community concerns, such as:") and one bullet an item. The lead-in
 * must stand alone (a subject and a verb); the items must be short (5 words or fewer) with no verb of their own,
 * except a leading "-ing" form ("Protecting our communities"). An "or" series keeps its "or" meaning only after
 * "such as", "including" or "for example", so only those may end in "or".
 */
export function listLayout(text: string): ListLayout | undefined {
  if (/\?\s*$/.test(text)) return undefined
  const body = text.replace(/[.!]\s*$/, '')
  for (const match of body.matchAll(markers)) {
    const lead = body.slice(0, match.index)
    const series = body.slice(match.index + match[0].length)
    const last = /^(.*?)(?:,\s*|\s+)(and|or)\s+([^,]+)$/i.exec(series)
    if (!last) continue
    if (last[2]!.toLowerCase() === 'or' && !match[1]) continue
    const items = [...last[1]!.split(/\s*,\s*/), last[3]!].map((item) => item.trim())
    if (items.length < 3 || items.some((item) => item === '' || wordCount(item) > 5 || /\b(?:and|or)\b/i.test(item))) continue
    if (items.some((item) => !isName(item) && verbsOf(item).some((verb) => !(verb.start === 0 && verb.head.has('Gerund'))))) continue
    if (wordCount(lead) < 4 || !standsAlone(lead)) continue
    const leadLine = match[1] ? `${lead.replace(/,\s*$/, '')}${match[0].startsWith(',') ? ',' : ''} ${match[1]}:` : `${lead}:`
    return {lead: leadLine, items}
  }
  return undefined
}
