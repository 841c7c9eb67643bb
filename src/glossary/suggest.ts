import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {unified} from 'unified'
import type {GlossaryEntry} from './types.js'
import {createMatcher} from './match.js'
import {collectSentences} from '../readability/sentences.js'
import {wordsOf} from '../readability/words.js'
import {howHard} from '../readability/rules/hard-words.js'
import {wordLists} from '../readability/lists.js'
import {planBlocks} from '../structure/plan-blocks.js'
import {oneSentencePerLine} from '../structure/sentences.js'

/** A word, phrase or acronym the plan uses that no glossary entry covers. */
export interface Suggestion {
  term: string
  kind: 'acronym' | 'phrase' | 'word'
  uses: number
  line: number
  column: number
  /** What easyread already knows: the acronym list's expansion and plain words. */
  expansion?: string
  plain?: string
}

/** Small words that never start or end a phrase. */
const stopWords = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'with', 'by', 'at', 'from', 'our', 'we', 'will', 'is', 'are', 'be', 'that', 'this', 'their', 'its', 'as', 'which', 'who'])

/**
 * The hard words, phrases and acronyms of a plan that the glossary does not explain, most used first:
 * acronyms (2 or more capitals); words that are hard by the checker's own test (long or rare, on no easy-word list);
 * and phrases of 2 or 3 words, used at least twice, that hold a hard word and no small joining word.
 * Words inside a glossary term's match are covered; names (capitalised inside a sentence) are left out.
 */
export async function suggestTerms(tree: Root, file: VFile, entries: readonly GlossaryEntry[], american: ReadonlyMap<string, string>): Promise<Suggestion[]> {
  const shaped = (await unified().use(planBlocks).use(oneSentencePerLine).run(tree, file)) as Root
  const matcher = createMatcher(entries)
  const found = new Map<string, Suggestion>()
  const note = (term: string, kind: Suggestion['kind'], line: number, column: number) => {
    const key = kind === 'acronym' ? term : term.toLowerCase()
    const known = found.get(key)
    if (known) known.uses++
    else found.set(key, {term: kind === 'acronym' ? term : term.toLowerCase(), kind, uses: 1, line, column, ...acronymFacts(kind, term)})
  }
  for (const sentence of collectSentences(shaped)) {
    const covered = matcher.find(sentence.text).map((match) => [match.start, match.end] as const)
    const isCovered = (start: number) => covered.some(([from, to]) => start >= from && start < to)
    const words = wordsOf(sentence.text)
    const place = (offset: number) => sentence.places[offset] ?? {line: sentence.line, column: sentence.column}
    words.forEach((word, index) => {
      if (isCovered(word.start)) return
      const at = place(word.start)
      const bare = word.value.replace(/['’]?s$/, '')
      if (word.kind === 'acronym' || word.kind === 'capitals') {
        // Two or more capitals: "Q2" and "Y1" are plan codes, not acronyms.
        if (/^\p{Lu}[\p{Lu}\d&]+$/u.test(bare) && (bare.match(/\p{Lu}/gu) ?? []).length >= 2) note(bare, 'acronym', at.line, at.column)
        return
      }
      // A capitalised word is most often a name ("Lanarkshire"), even at a sentence's start.
      if (word.kind !== 'word' || /^\p{Lu}/u.test(word.value)) return
      if (howHard(word, american) && !wordLists.easy.has(word.value.toLowerCase())) note(word.value, 'word', at.line, at.column)
      for (const length of [2, 3]) {
        const run = words.slice(index, index + length)
        if (run.length < length || run.some((each) => each.kind !== 'word' || isCovered(each.start) || stopWords.has(each.value.toLowerCase()))) continue
        if (!run.some((each) => howHard(each, american))) continue
        note(sentence.text.slice(run[0]!.start, run.at(-1)!.end), 'phrase', at.line, at.column)
      }
    })
  }
  return [...found.values()]
    .filter((suggestion) => suggestion.kind !== 'phrase' || suggestion.uses >= 2)
    .sort((a, b) => b.uses - a.uses || a.line - b.line || a.column - b.column)
}

function acronymFacts(kind: Suggestion['kind'], term: string): Pick<Suggestion, 'expansion' | 'plain'> {
  if (kind !== 'acronym') return {}
  const known = wordLists.acronyms.get(term)
  return known ? {expansion: known.expansion, ...(known.plain ? {plain: known.plain} : {})} : {}
}

/** The suggestions as glossary entries to fill in, each with a comment saying how often and where it is used. */
export function toYamlSkeletons(suggestions: readonly Suggestion[], planName: string): string {
  const lines = [`# ${suggestions.length} words, phrases and acronyms in ${planName} that no glossary entry explains, most used first.`, '# Fill in `means` (1 or 2 short sentences in easy words) and `short`, then add the entries to a glossary file.', '']
  for (const suggestion of suggestions) {
    lines.push(`# ${suggestion.kind}, used ${suggestion.uses} ${suggestion.uses === 1 ? 'time' : 'times'}, first at line ${suggestion.line}, column ${suggestion.column}`)
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
