import type {PartOfSpeech, PlainWord} from './types.js'
import {keepCase, overlaps, type Edit, type Ranges} from './edits.js'
import {termsOf, verbsOf, type Term} from './clauses.js'
import {createPhraseFinder} from '../util/regex.js'

export type PlainWordFinder = (text: string, protectedRanges: Ranges) => Edit[]

/** Words that start with a vowel letter but a consonant sound, and the reverse: for "a"/"an" before a new word. */
const consonantSound = /^(?:uni|use|usu|eu|one|once)/i
const vowelSound = /^(?:hour|honest|honour)/i
/** An amount: digits, a sum of money, a number word or a fraction ("3 weeks", "£2 million", "ten", "a third"). */
const amountNext = /^\s+(?:[£$€]?\d|(?:an?\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|half|third|quarter|fifth|tenth|dozen)\b)/i

function needsAn(word: string): boolean {
  return vowelSound.test(word) || (/^[aeiou]/i.test(word) && !consonantSound.test(word))
}

/** How sure a swap is whose sense or reading the rule cannot be sure of: offered, not made. */
const unsure = 0.5

const posTags: Record<PartOfSpeech, string> = {noun: 'Noun', verb: 'Verb', adjective: 'Adjective', adverb: 'Adverb'}

/**
 * Whether the sentence reads the office word in the part of speech its swap needs: `sure` when the tagger reads it so
 * and no other way, `unsure` when it reads it so among others (a noun that may be a verb), `no` when it does not.
 * An entry with no `pos` whose plain words are a phrase ("carry out", "very important") needs a single word read as a
 * verb or an adjective, the way such phrases stand: never a noun ("the implement").
 */
function reading(entry: PlainWord, term: Term | undefined): 'sure' | 'unsure' | 'no' {
  if (!term || /\s/.test(entry.from)) return 'sure'
  const wanted = entry.pos ? [posTags[entry.pos]] : /\s/.test(entry.to) ? ['Verb', 'Adjective', 'Adverb'] : undefined
  if (!wanted) return 'sure'
  // "grants, retained Business Rates income": a past participle read as a describing word still says what the verb
  // does ("kept income"); a describing word in -ing names a kind ("mitigating steps"), and stays.
  // A phrase cannot stand there ("through set up arrangements").
  if (entry.pos === 'verb' && /ed$/i.test(entry.from) && !/\s/.test(entry.to) && term.tags.has('Adjective') && !term.tags.has('Verb')) return 'unsure'
  if (!wanted.some((tag) => term.tags.has(tag))) return 'no'
  const others = Object.values(posTags).filter((tag) => !wanted.includes(tag) && term.tags.has(tag))
  return others.length > 0 ? 'unsure' : 'sure'
}

/**
 * Whether `rest` (the words after the office word, which ends at `offset`) is someone and then "to" and a verb: one to
 * four words with no verb among them ("residents", "our partners"), then "to" and a word read as a verb.
 */
function takesObjectTo(rest: string, offset: number, terms: readonly Term[]): boolean {
  const match = /^(\s+(?:[\p{L}'’-]+\s+){1,4})to\s+(?:\p{L}+ly\s+)?(\p{L}+)/u.exec(rest)
  if (!match) return false
  const verbAt = offset + match[0].length - match[2]!.length
  const between = terms.filter((term) => term.start >= offset && term.end <= offset + match[1]!.length)
  const verb = terms.find((term) => term.start === verbAt)
  // "facilitate school-to-school support and to ensure …": a "to" after "and" opens a second aim, not what the someone does.
  if (/\b(?:and|or)\s+$/i.test(match[1]!)) return false
  return verb !== undefined && verb.tags.has('Verb') && between.every((term) => !term.tags.has('Verb') || term.tags.has('Noun'))
}

/**
 * Whether an "-ed" or "-ing" word stands before a noun as a describing word ("retained receipts", "Mitigating actions"):
 * a noun or a name ("retained Right to Buy …") follows, and what comes before is no subject, helper or adverb that would make it a verb ("we retained staff").
 */
function describesNoun(text: string, start: number, end: number, terms: readonly Term[]): boolean {
  if (!/(?:ed|ing)$/i.test(text.slice(start, end))) return false
  const next = terms.find((term) => term.start >= end)
  if (!next || !/^\s+$/.test(text.slice(end, next.start)) || !(next.tags.has('Noun') || /^\p{Lu}/u.test(next.text)) || next.tags.has('Pronoun') || next.tags.has('Determiner')) return false
  const previous = terms.filter((term) => term.end <= start).at(-1)
  if (!previous || /[,;:(]\s*$/.test(text.slice(0, start))) return true
  return !['Pronoun', 'Verb', 'Adverb', 'Modal', 'Auxiliary'].some((tag) => previous.tags.has(tag)) || previous.tags.has('Noun') && !previous.tags.has('Pronoun') && !previous.tags.has('Verb')
}

/**
 * The plain-words rule: each office word of the list ("utilise", "in order to") becomes its everyday word ("use",
 * "to"), as whole words, keeping case, and fixing "a"/"an" before it. Never inside a quotation or a protected stretch
 * (a glossary term of several words), never in a name (a capitalised word that does not start the sentence), and
 * never where it would say a word twice ("improve and enhance"). An entry can say where it holds (see PlainWord):
 * elsewhere the word stays; a swap that depends on the sense (`offer: true`), or on a reading the tagger is not sure
 * of, is offered with a confidence of 0.5, not made.
 */
export function createPlainWords(list: readonly PlainWord[], labels: ReadonlySet<string> = new Set()): PlainWordFinder {
  // A word the plan uses as a label ("Objective A", "Priority 2") names its parts: "our four objectives" → "aims"
  // would lose the link to "Objective A–D", so it stays, in every form.
  const kept = list.filter((entry) => !labels.has(entry.from.toLowerCase()) && !labels.has(entry.from.toLowerCase().replace(/s$/, '')))
  if (kept.length === 0) return () => []
  const byWords = new Map(kept.map((entry) => [entry.from.toLowerCase().replace(/\s+/g, ' '), entry]))
  // The longest phrase first where two start at one place ("carry out" before "carry").
  const findPhrases = createPhraseFinder([...byWords.keys()].sort((a, b) => b.length - a.length))
  return (text, protectedRanges) => {
    const edits: Edit[] = []
    // The tagger's reading is made only for a sentence that has an office word: most sentences have none.
    let read: readonly Term[] | undefined
    for (const match of findPhrases(text)) {
      const terms = (read ??= termsOf(text))
      const start = match.index
      const end = start + match.text.length
      if (overlaps(start, end, protectedRanges)) continue
      const atStart = /^[\s"“‘(]*$/.test(text.slice(0, start))
      if (!atStart && /^\p{Lu}/u.test(match.text)) continue
      const entry = byWords.get(match.phrase)!
      const to = entry.to
      // "ensure long term solutions" → "make sure long term solutions" never: "make sure" needs a clause after it.
      const rest = /^[^,.;:!?]*/.exec(text.slice(end))![0]
      if (entry.clause && !/^\s+that\b/i.test(rest) && !verbsOf(rest).some((verb) => !verb.nonFinite)) continue
      // "an approximately round number" → "an about round number" never: "about" needs an amount after it, and no
      // article before it ("an approximately 10% rise").
      if (entry.amount && (!amountNext.test(rest) || /(?:^|\s)(?:an?|the)\s+$/i.test(text.slice(0, start)))) continue
      // "most significant" is not "most big"; "identified as" is not "found as"; "an opportunity to" is "a chance to",
      // but "training opportunities" are not "training chances".
      const previousWord = /(\p{L}+)\s+$/u.exec(text.slice(0, start))?.[1]?.toLowerCase()
      const nextWord = /^\s+(\p{L}+)/u.exec(text.slice(end))?.[1]?.toLowerCase()
      // A word or a phrase before it: "criteria to reside" is a term of its own, not "criteria to live".
      const textBefore = ` ${text.slice(0, start).toLowerCase().replace(/\s+/g, ' ').trimEnd()}`
      if (entry.notAfter?.some((words) => textBefore.endsWith(` ${words}`))) continue
      if (nextWord && entry.notBefore?.includes(nextWord)) continue
      if (entry.onlyBefore && !(nextWord && entry.onlyBefore.includes(nextWord))) continue
      if (entry.onlyAfter && !(previousWord && entry.onlyAfter.includes(previousWord))) continue
      // "enable residents to take part" → "help residents to take part"; "facilitate access to advice" is no "help access".
      if (entry.objectTo && !takesObjectTo(rest, end, terms)) continue
      let sense = reading(entry, terms.find((term) => term.start <= start && term.end >= end))
      if (sense === 'no') continue
      // "retained Right to Buy receipts" → "kept …", "Mitigating actions" → "Reducing actions": a verb's plain word
      // before a noun may read as a verb, or say something else; only offered.
      if (entry.pos === 'verb' && describesNoun(text, start, end, terms)) sense = 'unsure'
      // "improve and enhance" → "improve and improve" never: the office word stays where its plain word is its neighbour.
      const before = /(\p{L}+)\s+(?:and|or)\s+$/iu.exec(text.slice(0, start))?.[1]
      const next = /^\s+(?:and|or)\s+(\p{L}+)/iu.exec(text.slice(end))?.[1]
      if ([before, next].some((word) => word?.toLowerCase() === to.toLowerCase())) continue
      let after = keepCase(match.text, to)
      let from = start
      // "an additional" → "an extra", "a approximately" never: the article follows the new word's first sound.
      const article = /(?:^|\s)(an?)\s+$/i.exec(text.slice(0, start))
      if (article && to !== '') {
        const wanted = needsAn(to) ? 'an' : 'a'
        if (article[1]!.toLowerCase() !== wanted) {
          from = start - article[0].length + article[0].indexOf(article[1]!)
          after = `${keepCase(article[1]!, wanted)} ${after}`
        }
      }
      edits.push({start: from, end, after, rule: 'plain-word', ...(entry.offer || sense === 'unsure' ? {confidence: unsure} : {})})
    }
    return edits
  }
}

/**
 * The words a plan uses as labels of its parts: a capitalised word, then a letter or a number, then a colon, a full
 * stop, a bracket, a dash or the end of the line ("Objective A:", "Priority 2 –", "(Outcome 3)"), lower case.
 */
export function labelWords(text: string): Set<string> {
  const labels = new Set<string>()
  for (const match of text.matchAll(/(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+(?:[A-Z]|\d{1,2}(?:\.\d{1,2})?)(?=\s*(?:[:.)–—]|-\s|$))/gmu)) labels.add(match[1]!.toLowerCase())
  return labels
}
