import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {unified} from 'unified'
import {termsOf} from '../util/tagger.js'
import pluralize from 'pluralize'
import type {GlossaryEntry} from './types.js'
import {createMatcher, type Matcher} from './match.js'
import {expandForms} from './forms.js'
import {collectSentences, type SentenceNode} from '../readability/sentences.js'
import {listForms, namesIn, wordsOf, type Word} from '../readability/words.js'
import {howHard} from '../readability/rules/hard-words.js'
import {zipf} from '../readability/frequency.js'
import {wordLists} from '../readability/lists.js'
import {planBlocks} from '../structure/plan-blocks.js'
import {oneSentencePerLine} from '../structure/sentences.js'
import {escapeRegExp} from '../util/regex.js'

/** A word, phrase or acronym the plan uses that no glossary entry covers. */
export interface Suggestion {
  term: string
  kind: 'acronym' | 'phrase' | 'word'
  uses: number
  line: number
  column: number
  /** What the acronym stands for: as the plan writes it out ("Core Operating System (COS)"), else from the acronym list. */
  expansion?: string
  /** The acronym list's plain words. */
  plain?: string
  /** The glossary entry this word is a form of, which its matching does not find ("proactively" → proactive). */
  formOf?: string
}

/** Small words that never start or end a phrase. */
const stopWords = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'with', 'by', 'at', 'from', 'our', 'we', 'will', 'is', 'are', 'be', 'that', 'this', 'their', 'its', 'as', 'which', 'who'])
/** Roman numerals ("Elizabeth II") and postcode districts ("ML1", "EH12") are written in capitals but are no acronyms. */
const notAcronym = /^(?:[IVX]{1,4}|[A-Z]{1,2}\d{1,2}[A-Z]?)$/
/** Capitalised words, then an acronym in brackets: "the Scottish Police Authority (SPA)". */
const writtenOut = /((?:[\p{Lu}][\p{L}'’-]*\s+(?:(?:of|and|for|the|against|in|on|to|&)\s+)*)+)\(\s*(\p{Lu}[\p{Lu}\d&]+)s?\s*\)/gu

/**
 * The hard words, phrases and acronyms of a plan that the glossary does not explain, most used first:
 * - acronyms: 2 or more capitals (not Roman numerals or postcodes), with what they stand for where known;
 * - words that are hard by the checker's own test (`howHard`: long or rare, on no easy-word list, British spellings
 *   judged as American ones), their forms counted together ("develop", "developing", "developed");
 * - phrases of 2 or 3 words used at least twice that hold a hard word and read as a thing (adjectives or nouns
 *   ending in a noun: "displaced demand", "high intensity users"), the longest kept when a shorter one is only
 *   ever part of it.
 * Words inside a glossary term's match are covered; names (capitalised inside a sentence) are left out.
 */
export async function suggestTerms(tree: Root, file: VFile, entries: readonly GlossaryEntry[], american: ReadonlyMap<string, string>): Promise<Suggestion[]> {
  const shaped = (await unified().use(planBlocks).use(oneSentencePerLine).run(tree, file)) as Root
  const matcher = createMatcher(entries)
  const sentences = collectSentences(shaped)
  const names = namesIn(sentences.map((sentence) => sentence.text), american)
  const found = new Map<string, Suggestion>()
  const expansions = new Map<string, string>()
  const note = (term: string, kind: Suggestion['kind'], at: {line: number; column: number}) => {
    const key = kind === 'acronym' ? term : term.toLowerCase()
    const known = found.get(key)
    if (known) known.uses++
    else found.set(key, {term: key, kind, uses: 1, line: at.line, column: at.column})
  }
  for (const sentence of sentences) {
    for (const match of sentence.text.matchAll(writtenOut)) {
      const expansion = expansionOf(match[1]!, match[2]!)
      if (expansion && !expansions.has(match[2]!)) expansions.set(match[2]!, expansion)
    }
    const covered = matcher.find(sentence.text).map((match) => [match.start, match.end] as const)
    const isCovered = (word: Word) => covered.some(([from, to]) => word.start < to && word.end > from)
    const words = wordsOf(sentence.text, names)
    const place = (offset: number) => sentence.places[offset] ?? {line: sentence.line, column: sentence.column}
    words.forEach((word) => {
      if (isCovered(word)) return
      const bare = word.value.replace(/['’]?s$/, '')
      if (word.kind === 'acronym' || word.kind === 'capitals') {
        if (/^\p{Lu}[\p{Lu}\d&]+$/u.test(bare) && (bare.match(/\p{Lu}/gu) ?? []).length >= 2 && !notAcronym.test(bare)) note(bare, 'acronym', place(word.start))
        return
      }
      if (word.kind === 'word' && howHard(word, american) && !wordLists.easy.has(word.value.toLowerCase())) note(word.value, 'word', place(word.start))
    })
    for (const phrase of phrasesOf(sentence, words, isCovered, american)) note(phrase.text, 'phrase', place(phrase.start))
  }
  const suggestions = [...found.values()]
  for (const suggestion of suggestions) if (suggestion.kind === 'acronym') Object.assign(suggestion, acronymFacts(suggestion.term, expansions))
  return [...groupForms(suggestions.filter((each) => each.kind === 'word'), matcher, american), ...longestPhrases(suggestions.filter((each) => each.kind === 'phrase' && each.uses >= 2)), ...suggestions.filter((each) => each.kind === 'acronym')]
    .sort((a, b) => b.uses - a.uses || a.line - b.line || a.column - b.column)
}

/** Runs of 2 or 3 uncovered words with a hard word that the tagger reads as a thing: adjectives or nouns, ending in a noun. */
function phrasesOf(sentence: SentenceNode, words: Word[], isCovered: (word: Word) => boolean, american: ReadonlyMap<string, string>): Array<{text: string; start: number}> {
  const tags = new Map(termsOf(sentence.text).map((term) => [term.start, term.tags]))
  const thing = (word: Word, last: boolean) => {
    const tagged = tags.get(word.start) ?? new Set<string>()
    if (['Pronoun', 'Adverb', 'Infinitive', 'PresentTense', 'Modal'].some((tag) => tagged.has(tag))) return false
    return last ? tagged.has('Noun') : ['Noun', 'Adjective', 'PastTense', 'Gerund'].some((tag) => tagged.has(tag))
  }
  const phrases: Array<{text: string; start: number}> = []
  words.forEach((_, index) => {
    for (const length of [2, 3]) {
      const run = words.slice(index, index + length)
      if (run.length < length || run.some((each) => each.kind !== 'word' || isCovered(each) || stopWords.has(each.value.toLowerCase()))) continue
      // Words of one phrase follow each other with only a space or a hyphen between them.
      if (run.some((each, at) => at > 0 && !/^(?:\s+|-)$/.test(sentence.text.slice(run[at - 1]!.end, each.start)))) continue
      if (!run.every((each, at) => thing(each, at === run.length - 1)) || !run.some((each) => howHard(each, american))) continue
      phrases.push({text: sentence.text.slice(run[0]!.start, run.at(-1)!.end), start: run[0]!.start})
    }
  })
  return phrases
}

/** A phrase that is only ever part of a longer suggested phrase ("intensity users" of "high intensity users") goes. */
function longestPhrases(phrases: Suggestion[]): Suggestion[] {
  return phrases.filter((phrase) => !phrases.some((other) => other !== phrase && other.uses >= phrase.uses && new RegExp(`(?:^|[\\s-])${escapeRegExp(phrase.term)}(?:$|[\\s-])`).test(other.term)))
}

/**
 * Forms of one word count together, under its plainest form ("developing", "developed" → develop); a word whose
 * plain form is a glossary term is kept with a note, since the glossary's matching does not find it.
 */
function groupForms(words: Suggestion[], matcher: Matcher, american: ReadonlyMap<string, string>): Suggestion[] {
  const byForm = new Map<string, Suggestion>()
  const groups: Suggestion[] = []
  const written: string[] = []
  for (const word of [...words].sort((a, b) => a.line - b.line || a.column - b.column)) {
    const forms = [word.term, ...listForms(word.term, american)]
    const group = forms.map((form) => byForm.get(form)).find(Boolean)
    if (group) {
      group.uses += word.uses
      const plain = plainestOf([group.term, word.term], american)
      group.term = plain
    } else {
      groups.push({...word, term: plainestOf([word.term], american)})
      written.push(word.term)
    }
    for (const form of [...forms, ...expandForms(word.term)]) if (!byForm.has(form)) byForm.set(form, group ?? groups.at(-1)!)
  }
  return groups.map((group, index) => {
    const entry = [group.term, ...listForms(group.term, american)].map((form) => matcher.find(form)[0]?.entry).find(Boolean)
    // Suggested as the plan writes it: the alias to add ("proactively"), not the term the glossary has.
    return entry ? {...group, term: written[index]!, formOf: entry.term} : group
  })
}

/** The shortest real word among the words and their plain forms ("improvements" → improvement, "ensuring" → ensure). */
function plainestOf(words: string[], american: ReadonlyMap<string, string>): string {
  const candidates = words.flatMap((word) => [word, pluralize.singular(word), ...listForms(word, american)]).filter((form) => /^[\p{L}'’-]{3,}$/u.test(form))
  const real = candidates.filter((form) => zipf(form, american) >= 1.5)
  return (real.length > 0 ? real : words).sort((a, b) => a.length - b.length || a.localeCompare(b))[0]!
}

/** The capitalised words before "(ABC)" whose first letters spell it, small joining words allowed between them. */
function expansionOf(before: string, acronym: string): string | undefined {
  const words = before.trim().split(/\s+/)
  const letters = acronym.replace(/[^\p{Lu}]/gu, '')
  let initials = ''
  for (let index = words.length - 1; index >= 0; index--) {
    const word = words[index]!
    if (!/^\p{Lu}/u.test(word)) continue
    initials = word[0]! + initials
    if (initials === letters) return words.slice(index).join(' ')
    if (!letters.endsWith(initials)) return undefined
  }
  return undefined
}

function acronymFacts(term: string, expansions: ReadonlyMap<string, string>): Pick<Suggestion, 'expansion' | 'plain'> {
  const known = wordLists.acronyms.get(term)
  const expansion = expansions.get(term) ?? known?.expansion
  return {...(expansion ? {expansion} : {}), ...(known?.plain ? {plain: known.plain} : {})}
}

/** The suggestions as glossary entries to fill in, each with a comment saying how often and where it is used. */
export function toYamlSkeletons(suggestions: readonly Suggestion[], planName: string): string {
  const count = (kind: Suggestion['kind']) => suggestions.filter((each) => each.kind === kind).length
  const lines = [
    `# ${suggestions.length} words, phrases and acronyms in ${planName} that no glossary entry explains, most used first:`,
    `# ${count('acronym')} acronyms, ${count('phrase')} phrases, ${count('word')} words.`,
    '# Fill in `means` (1 or 2 short sentences in easy words) and `short`, then add the entries to a glossary file.',
    ''
  ]
  for (const suggestion of suggestions) {
    const note = suggestion.formOf ? `; a form of the glossary term "${suggestion.formOf}": add it to that entry's aliases instead` : ''
    lines.push(`# ${suggestion.kind}, used ${suggestion.uses} ${suggestion.uses === 1 ? 'time' : 'times'}, first at line ${suggestion.line}, column ${suggestion.column}${note}`)
    lines.push(`- term: ${quote(suggestion.term)}`)
    if (suggestion.expansion) lines.push(`  aliases: [${quote(suggestion.expansion)}]`)
    lines.push(`  means: ${quote(suggestion.expansion ? `${suggestion.term} stands for ${suggestion.expansion}.` : '')}`)
    lines.push(`  short: ${quote(suggestion.plain ?? '')}`)
    lines.push('')
  }
  return lines.join('\n')
}

/** A YAML scalar: plain where that is safe, else double-quoted. */
function quote(value: string): string {
  return /^[\p{L}\d][\p{L}\d ,.'’()-]*$/u.test(value) && !/[:#]/.test(value) && !/^(?:yes|no|true|false|null|on|off)$/i.test(value) ? value : JSON.stringify(value)
}
