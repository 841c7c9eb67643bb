import type {Acronym} from './types.js'
import {overlaps, type Edit, type Ranges} from './edits.js'
import {escapeRegExp} from '../util/regex.js'
import {termsOf} from './clauses.js'

export type AcronymFinder = (text: string, protectedRanges: Ranges) => Edit[]

/**
 * The acronyms rule: the first time the plan uses an acronym of the list, it is written out with the acronym after it
 * in brackets ("HMICS" → "His Majesty’s Inspectorate of Constabulary in Scotland (HMICS)"). Where the plan already
 * writes it out ("the Scottish Police Authority (SPA)", or the words in the same sentence), nothing changes.
 * Later uses stay short: the reader has met the full words. `explained` is the document's memory.
 */
export function createAcronyms(list: readonly Acronym[], explained: Set<string>): AcronymFinder {
  if (list.length === 0) return () => []
  const byAcronym = new Map(list.map((entry) => [entry.acronym, entry.expansion]))
  const describing = new Set(list.filter((entry) => entry.describes).map((entry) => entry.acronym))
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...byAcronym.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
  return (text, protectedRanges) => {
    const edits: Edit[] = []
    for (const match of text.matchAll(pattern)) {
      const acronym = match[0]
      if (explained.has(acronym)) continue
      explained.add(acronym)
      const expansion = byAcronym.get(acronym)!
      const start = match.index
      const end = start + acronym.length
      if (overlaps(start, end, protectedRanges)) continue
      // Part of a name ("United Nations COP26 climate summit", "Sir Iain Livingstone QPM", "SPA/Police Scotland"), or
      // followed by its own last word ("COS system"): writing it out there would garble the name.
      const previous = /(\S+)\s+$/.exec(text.slice(0, start))?.[1] ?? ''
      const next = /^\s+(\S+)/.exec(text.slice(end))?.[1] ?? ''
      if (/^\p{Lu}/u.test(previous) || /^\p{Lu}/u.test(next) || /\/$/.test(previous) || text[end] === '/' || text[start - 1] === '/') continue
      if (next.toLowerCase().replace(/\W/g, '') === expansion.split(/\s+/).at(-1)!.toLowerCase()) continue
      if (text.toLowerCase().includes(expansion.toLowerCase().replace(/’/g, "'")) || text.toLowerCase().includes(expansion.toLowerCase())) continue
      // "…Assessment (EqHRIA)": the words before the bracket already spell it; the plan explained it.
      if (text.slice(0, start).endsWith('(') && text.slice(end).startsWith(')')) continue
      // "including BAME and seldom heard voices": describing words in full with no noun after them read as a noun
      // that is not one, so the expansion is only offered there.
      const noun = termsOf(text).find((term) => term.start > end)
      const describesNothing = describing.has(acronym) && !(noun && /^\s+$/.test(text.slice(end, noun.start)) && noun.tags.has('Noun') && !noun.tags.has('Conjunction'))
      edits.push({start, end, after: `${expansion} (${acronym})`, rule: 'acronym', ...(describesNothing ? {confidence: 0.5} : {})})
    }
    return edits
  }
}
