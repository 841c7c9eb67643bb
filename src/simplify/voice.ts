import type {Root} from 'mdast'
import type {Node} from 'unist'
import {visit} from 'unist-util-visit'
import {toString} from 'mdast-util-to-string'
import {formsOf, plainOfPresent} from '../lang/inflect.js'
import type {PlanBlock} from '../types.js'
import type {VoiceWording} from './types.js'
import {capitalise} from './clauses.js'
import {escapeRegExp} from '../util/regex.js'

/** A name in Title Case, without a possessive: "Lanarkshire Division", "Riverside Police Service". */
const name = String.raw`\p{Lu}[\p{L}-]*(?:\s+(?:of\s+|and\s+)?\p{Lu}[\p{L}-]*){0,4}`
/** A question a plan asks of the body that wrote it: "How effective is X at …?", "How well does X …?". */
const asked = new RegExp(String.raw`^How\s+(?:\p{L}+\s+)?(?:is|does)\s+(${name})(?=\s+\p{Ll})`, 'u')

/**
 * The names the plan's own body goes by, found from its performance measures: a name that "How … is X …?" or "How …
 * does X …?" asks about at least `seen` times is the body that wrote the plan (no one measures another body's work).
 */
export function planVoice(tree: Root, seen: number): string[] {
  const counts = new Map<string, number>()
  visit(tree, (node: Node) => {
    if (node.type !== 'planBlock' || (node as PlanBlock).kind !== 'measures') return
    visit(node, 'paragraph', (paragraph) => {
      const found = asked.exec(toString(paragraph).trim())
      if (found) counts.set(found[1]!, (counts.get(found[1]!) ?? 0) + 1)
    })
  })
  return [...counts].filter(([, times]) => times >= seen).map(([found]) => found)
}

/** "is" → "are", "serves" → "serve": the verb after "we"; undefined when the word is no verb of a subject. */
function plural(verb: string): string | undefined {
  const known: Record<string, string> = {is: 'are', was: 'were', has: 'have', does: 'do'}
  const lower = verb.toLowerCase()
  if (known[lower]) return known[lower]
  if (/^(?:will|can|must|should|may|might|could|would|shall)$/.test(lower)) return lower
  return plainOfPresent(lower)
}

/** A name as a pattern: its words as written, any spacing between them. */
function escaped(text: string): string {
  return escapeRegExp(text).replace(/\s+/g, '\\s+')
}

/** The patterns of the voice rule for one name, made once. */
function patternsFor(name: string) {
  const body = escaped(name)
  return {
    askedAt: new RegExp(String.raw`^How\s+(?:effective|effectively|successful|well)\s+is\s+${body}\s+(?:at|in)\s+(\p{L}+ly\s+)?(\p{L}+ing)(?:\s+and\s+(\p{L}+ing))?\b`, 'u'),
    // "How is X using …", "How well does X know …"; not "How successful is X is showing …" (the plan's slip).
    asked: new RegExp(String.raw`^How(?:\s+(\p{L}+))?\s+(?:(is)\s+${body}\s+(?=\p{L}+ing\b)|(does)\s+${body}\s+)`, 'u'),
    belongingTo: new RegExp(String.raw`^The\s+(\p{Ll}+(?:\s+and\s+\p{Ll}+)?)\s+of\s+${body}\b`, 'u'),
    subject: new RegExp(String.raw`(^|[,;]\s+)${body}\s+(\p{Ll}+)\b`, 'gu'),
    possessive: new RegExp(String.raw`(^|\s)${body}['’]s\b`, 'gu')
  }
}

/**
 * The voice rule: the body that wrote the plan speaks as "we", as easy read does. Its performance questions become
 * questions we ask ourselves ("How effective is Lanarkshire Division at finding X?" → "How well do we find X?", "How
 * is X using …" → "How are we using …"); the name as a subject at the start of a clause becomes "we" with the verb to
 * match ("As we enter 2023, X remains focused" → "…, we remain focused"); "X's" and "The work of X" become "our".
 * The name anywhere else ("the officers in X") stays. Returns a function that gives each sentence in that voice,
 * unchanged when no name is in it.
 */
export function createVoice(names: readonly string[], wording: VoiceWording): (sentence: string) => string {
  const patterns = names.map(patternsFor)
  const we = wording.we
  const question = new RegExp(String.raw`^How(?:\s+\p{L}+)?\s+(?:do|are)\s+${escaped(we)}\s`, 'u')
  return (sentence) => {
    let text = sentence
    for (const pattern of patterns) {
      text = text
        .replace(pattern.askedAt, (whole, adverb: string | undefined, gerund: string, second: string | undefined) => {
          const bases = [gerund, second].filter((word) => word !== undefined).map((word) => formsOf(word.toLowerCase())?.infinitive)
          return bases.every((base) => base !== undefined) ? `${wording.howWell} do ${we} ${adverb ?? ''}${bases.join(' and ')}` : whole
        })
        .replace(pattern.asked, (_, how: string | undefined, is: string | undefined, does: string | undefined) => {
          const asked = how === undefined ? 'How' : /^(?:effective|effectively|successful|well)$/i.test(how) ? wording.howWell : `How ${how}`
          return `${asked} ${plural(is ?? does!)} ${we} `
        })
        .replace(pattern.belongingTo, (_, what: string) => `${capitalise(wording.our)} ${what}`)
        .replace(pattern.subject, (whole, before: string, verb: string) => {
          const matching = plural(verb)
          return matching ? `${before}${before === '' ? capitalise(we) : we} ${matching}` : whole
        })
        .replace(pattern.possessive, (_, before: string) => `${before}${before === '' ? capitalise(wording.our) : wording.our}`)
    }
    // A question now asked of "we" speaks of "our" things: "How well do we know its data?" → "… our data?"
    if (question.test(text) && !question.test(sentence)) {
      text = text.replace(/\bits\b/g, wording.our).replace(/\bit\s+(\p{Ll}+)\b/gu, (whole, verb: string) => {
        const matching = plural(verb)
        return matching ? `${we} ${matching}` : whole
      })
    }
    return text
  }
}
