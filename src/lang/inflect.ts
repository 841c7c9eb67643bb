// A verb's forms from its plain form and back, for the rules that write a verb again in another form (", helping
// residents" → "This helps residents"; "Riverside Division serves" → "we serve"). The plain form comes from the
// English layer's lemma of the word read as a verb; the form in -s from English's few spelling rules.
import {readSentence} from './reading.js'

/** The forms in -s that follow no rule. */
const irregularPresent: Readonly<Record<string, string>> = {be: 'is', have: 'has', do: 'does', go: 'goes'}

/** "help" → "helps", "reach" → "reaches", "carry" → "carries", "have" → "has". */
export function presentOf(plain: string): string {
  const lower = plain.toLowerCase()
  if (irregularPresent[lower]) return irregularPresent[lower]
  if (/(?:s|x|z|ch|sh|o)$/.test(lower)) return `${plain}es`
  if (/[^aeiou]y$/.test(lower)) return `${plain.slice(0, -1)}ies`
  return `${plain}s`
}

/** The lemma of `word` read as the verb after `lead` ("we are helping", "it serves"); undefined when it reads as no verb. */
function lemmaReadAsVerb(lead: string, word: string): string | undefined {
  const read = readSentence(`${lead} ${word}`).words.at(-1)
  return read && (read.pos === 'VERB' || read.pos === 'AUX') && read.value === word ? read.lemma : undefined
}

/** "helping" → {infinitive: "help", present: "helps"}; undefined when the word reads as no verb in -ing. */
export function formsOf(gerund: string): {infinitive: string; present: string} | undefined {
  if (!/^\p{L}+ing$/u.test(gerund)) return undefined
  const infinitive = lemmaReadAsVerb('we are', gerund)
  if (!infinitive || infinitive === gerund.toLowerCase() || !/^\p{L}+$/u.test(infinitive)) return undefined
  return {infinitive, present: presentOf(infinitive)}
}

/** "serves" → "serve": the plain form of a verb in -s; undefined when the word reads as no such verb. */
export function plainOfPresent(verb: string): string | undefined {
  const plain = lemmaReadAsVerb('it', verb)
  return plain && plain !== verb && presentOf(plain) === verb ? plain : undefined
}
