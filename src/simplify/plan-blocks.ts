import {termsOf} from '../util/tagger.js'
import type {BlockWording} from './types.js'

/** Words that start an order but are not verbs to put after "We will" (a block that starts so is left alone). */
const notOrders = /^(?:we|i|our|the|this|these|a|an|how|what|when|where|who|why)\b/i

/**
 * Whether a block's text is an order that starts with a verb ("Keep people safe", "Support the implementation …"):
 * the tagger reads its first word as a verb in its plain form (not "-ing", not past).
 */
export function startsWithOrder(text: string): boolean {
  if (notOrders.test(text)) return false
  const first = termsOf(text)[0]?.tags
  return first !== undefined && first.has('Verb') && (first.has('Infinitive') || first.has('PresentTense')) && !first.has('Gerund') && !first.has('PastTense')
}

/**
 * The plan-blocks rule for a block's one sentence: an order becomes a sentence with a subject ("Keep people safe" →
 * "We want to keep people safe."), with the lead of its kind (glossary/simplify-headings.yml). Undefined: no change.
 */
export function blockSentence(text: string, wording: BlockWording): string | undefined {
  // A sentence with its own subject only needs its full stop ("We will be relentless …" → "… communities.").
  if (!wording.lead || !startsWithOrder(text)) return /[\p{L}\p{N})’”]\s*$/u.test(text) && /\s/.test(text.trim()) ? `${text.trimEnd()}.` : undefined
  const body = text.replace(/\s+$/, '').replace(/[.;:,]?$/, '')
  // The order's first word is a verb, not a name: it loses its capital after the lead.
  return `${wording.lead} ${body.charAt(0).toLowerCase()}${body.slice(1)}.`
}
