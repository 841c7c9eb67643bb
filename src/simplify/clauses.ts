import nlp from 'compromise'

/** A word as compromise tags it, with its offsets in the text. */
export interface Term {
  text: string
  start: number
  end: number
  tags: ReadonlySet<string>
}

/** A verb group ("will use", "fully engage"), with what the clause rules need to know about it. */
export interface VerbGroup {
  start: number
  end: number
  text: string
  /** "will", "must", "can", …; empty for a verb without a helper. */
  auxiliary: string
  negative: boolean
  /** The first verb word's tags. */
  head: ReadonlySet<string>
  /** "to" + verb, or a lone -ing form: these cannot head a clause. */
  nonFinite: boolean
}

interface CompromiseTerm {
  text: string
  tags: string[]
  offset: {start: number; length: number}
}

/**
 * `parse` with its answers kept for the last texts it saw: the split rule asks about the same pieces of a sentence
 * many times (each safe cut, then each piece again), and tagging is most of its time. The answers are never changed.
 */
function remembered<Result>(parse: (text: string) => Result, size = 2000): (text: string) => Result {
  const kept = new Map<string, Result>()
  return (text) => {
    const known = kept.get(text)
    if (known !== undefined) return known
    const result = parse(text)
    if (kept.size >= size) kept.delete(kept.keys().next().value!)
    kept.set(text, result)
    return result
  }
}

/** One reading of a text by compromise: its words with their tags, and its verb groups. */
interface Reading {
  terms: Term[]
  verbs: VerbGroup[]
}

/** Tag `text` once for both questions asked of it (its words, its verbs): parsing is the costly part. */
const read = remembered(function read(text: string): Reading {
  const doc = nlp(text)
  const json = doc.json({offset: true}) as Array<{terms: CompromiseTerm[]}>
  const terms = json.flatMap((sentence) => sentence.terms).map((term) => ({text: term.text, start: term.offset.start, end: term.offset.start + term.offset.length, tags: new Set(term.tags)}))
  const groups = doc.verbs().json({offset: true}) as Array<{text: string; offset: {start: number; length: number}; terms: CompromiseTerm[]; verb: {auxiliary: string; negative: boolean}}>
  const verbs = groups.map((verb) => {
    const start = verb.offset.start
    const head = verb.terms.find((term) => term.tags.includes('Verb') && !term.tags.includes('Auxiliary') && !term.tags.includes('Modal')) ?? verb.terms[0]!
    const headTags = new Set(head.tags)
    const toInfinitive = /\bto\s*$/i.test(text.slice(0, start))
    const loneGerund = verb.terms.filter((term) => term.tags.includes('Verb')).length === 1 && headTags.has('Gerund')
    // compromise's offset takes in the punctuation after the verb ("will design,"): the group ends at its last letter.
    const words = verb.text.replace(/[\s,;:.!?]+$/, '')
    return {start, end: start + Math.min(verb.offset.length, words.length), text: words, auxiliary: verb.verb.auxiliary.trim(), negative: verb.verb.negative, head: headTags, nonFinite: toInfinitive || loneGerund}
  })
  return {terms, verbs}
})

/**
 * The reading of `text`, shared with the same text without its end mark: the split rule asks both of "X." (is this
 * piece a sentence?) and of "X" (where can it be cut?). Dropping the end mark moves no word's offsets.
 */
function readingOf(text: string): Reading {
  return read(text.replace(/[\s.!:;,]+$/, ''))
}

/** The words of `text` as compromise tags them. The list is shared: never change it. */
export function termsOf(text: string): readonly Term[] {
  return readingOf(text).terms
}

/** The verb groups of `text`. The list is shared: never change it. */
export function verbsOf(text: string): readonly VerbGroup[] {
  return readingOf(text).verbs
}

const prepositions = /^(?:in|as|by|through|with|under|to|for|at|on|from|despite|across|throughout|only|after|before|during|since|if|when|while|although|because|where|once|working|having|following|regionally|nationally|locally)\b/i
const determinerFirst = /^(?:our|the|a|an|this|these|their|each|every|its|his|her)\s/i
const pronoun = /\b(we|i|they|it|he|she|this|there)\s*$/i

/** A clause's subject and main verb: the first verb that can head a clause, and the words before it that name who does it. */
export interface Clause {
  subject: string
  verb: VerbGroup
}

/**
 * The main clause of a sentence, or undefined when there is none we can trust: the subject must be a short plain
 * noun phrase ("We", "Lanarkshire Division", "The area"), or a pronoun right before the verb after an opening phrase
 * ("In doing so we will …" → "we").
 */
export function mainClause(text: string): Clause | undefined {
  const verb = verbsOf(text).find((candidate) => !candidate.nonFinite)
  if (!verb) return undefined
  const before = text.slice(0, verb.start).trim()
  // "Please note …": an order to the reader, with no subject.
  if (before === '' || /^please$/i.test(before)) return undefined
  const words = before.split(/\s+/)
  // "the Antonine Wall and has been …", "a move that creates …": no subject of its own.
  if (/\b(?:and|or|but|of|for|to|with|that|which|who|whom|whose|where)\b/i.test(words.at(-1)!) || /\b(?:that|which|who|whom|whose)\b/i.test(before)) return undefined
  // A noun group led by "our", "the", … may run longer ("our trusted relationship with the public and communities we serve").
  if (!prepositions.test(before) && !/[,;:()]/.test(before) && (words.length <= 6 || (words.length <= 10 && determinerFirst.test(before)))) return {subject: before, verb}
  const last = pronoun.exec(before)
  if (last) return {subject: last[1]!, verb}
  // "Throughout my time as Chief Constable, Police Scotland has …": after an opening phrase and its comma, a short name
  // or noun group right before the verb.
  const opened = /^[^,;:()]+,\s+([^,;:()]+)$/.exec(before)?.[1]
  if (opened && prepositions.test(before) && !prepositions.test(opened) && (/^\p{Lu}/u.test(opened) || determinerFirst.test(opened)) && opened.split(/\s+/).length <= 4 && !/\b(?:and|or|but|of|for|to|with|that|which|who|whom|whose|where)\b/i.test(opened)) return {subject: opened, verb}
  return afterOpening(text, verb)
}

/**
 * "Through intelligence led policing, we will identify …": a word of the opening phrase that the tagger took for a
 * verb ("led") hides the clause after the comma; its first verb, right after a pronoun, is the main one.
 */
function afterOpening(text: string, first: VerbGroup): Clause | undefined {
  if (!prepositions.test(text)) return undefined
  const comma = text.indexOf(',', first.end)
  const verb = verbsOf(text).find((candidate) => candidate.start > comma && !candidate.nonFinite)
  if (comma === -1 || !verb || /[,;:]/.test(text.slice(comma + 1, verb.start))) return undefined
  const last = pronoun.exec(text.slice(comma + 1, verb.start).trim())
  return last && text.slice(comma + 1, verb.start).trim().toLowerCase() === last[1]!.toLowerCase() ? {subject: last[1]!, verb} : undefined
}

/** Whether a piece of text is a clause that can stand alone: a subject and a verb that heads a clause. */
export function standsAlone(text: string): boolean {
  if (mainClause(text) !== undefined) return true
  // Looser: some verb that heads a clause, with words before it that do not end in a joining word ("… sets out").
  return verbsOf(text).some((verb) => {
    if (verb.nonFinite) return false
    const before = text.slice(0, verb.start).trim()
    return before !== '' && !/\b(?:and|or|but|of|for|to|with|that|which|who|whom|whose|where)$/i.test(before)
  })
}

/** A word as lower-case letters only, for lookups in the data's word lists ("Staff," → "staff"). */
export function bare(word: string | undefined): string {
  return (word ?? '').toLowerCase().replace(/[^\p{L}]/gu, '')
}

export function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length
}

/** The subject as it starts a sentence: "the area" → "The area"; "we" → "We". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
