import type {Analysis, DocumentState, RawFinding, Rule} from './rule.js'
import type {Word} from '../words.js'
import {wordLists} from '../lists.js'

/** Small words an expansion may hold without a letter in the acronym: "Violence Against Women and Girls" (VAWG). */
const joiners = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to', 'at', 'by', 'with', '&', 'a', 'an'])

/**
 * Whether `candidates` (in reading order) spell the acronym's letters with their first letters, small joining words
 * aside; with `whole`, every candidate must be used (the words just before a bracket).
 */
function spells(acronym: string, candidates: readonly Word[], whole = false): boolean {
  const letters = acronym.replace(/['’]?s$/, '').replace(/[^\p{L}\d]/gu, '').toUpperCase()
  let at = 0
  let used = 0
  for (const word of candidates) {
    if (at === letters.length) break
    if (word.value[0]?.toUpperCase() === letters[at]) at++
    else if (!joiners.has(word.value.toLowerCase())) return false
    used++
  }
  return at === letters.length && (!whole || used === candidates.length)
}

/** "Violence Against Women and Girls (VAWG)" or "VAWG (Violence Against Women and Girls)". */
function writtenOutBeside({sentence, words}: Analysis, index: number): boolean {
  const word = words[index]!
  const text = sentence.text
  const before = text.slice(0, word.start).trimEnd()
  const after = text.slice(word.end).trimStart()
  const letters = word.value.replace(/[^\p{L}\d]/gu, '').length
  if (before.endsWith('(')) {
    // The words just before the bracket, as many as the acronym has letters plus a few joiners.
    const preceding = words.slice(Math.max(0, index - letters * 2), index).filter((candidate) => candidate.end <= before.length)
    for (let from = preceding.length - 1; from >= 0; from--) if (spells(word.value, preceding.slice(from), true)) return true
  }
  if (after.startsWith('(')) {
    const close = text.indexOf(')', word.end)
    const inside = words.filter((candidate) => candidate.start > word.end && (close === -1 || candidate.end <= close))
    if (spells(word.value, inside) || spells(word.value, inside.slice(0, letters * 2))) return true
  }
  return false
}

/** The acronym list's expansion, written in this sentence or the one before. */
function expansionNearby(acronym: string, sentence: string, state: DocumentState): boolean {
  const known = wordLists.acronyms.get(acronym.replace(/['’]?s$/, ''))
  if (!known) return false
  const expansion = known.expansion.toLowerCase()
  return sentence.toLowerCase().includes(expansion) || state.previousText.toLowerCase().includes(expansion)
}

export const acronymsRule: Rule = {
  id: 'explain-acronyms',
  summary: 'Use full words; explain an acronym where it is first used',
  standard: 'GOV.UK easy read guidance (no acronyms; explain one at first use)',
  check(analysis, state) {
    const findings: RawFinding[] = []
    const {sentence, words, explained} = analysis
    words.forEach((word, index) => {
      if (word.kind !== 'acronym') return
      const key = word.value.replace(/['’]?s$/, '')
      if (state.acronymsExplained.has(key)) return
      if (explained[index] || writtenOutBeside(analysis, index) || expansionNearby(word.value, sentence.text, state)) {
        state.acronymsExplained.add(key)
        return
      }
      if (state.acronymsReported.has(key)) return
      state.acronymsReported.add(key)
      const known = wordLists.acronyms.get(key)
      findings.push({
        ruleId: 'explain-acronyms',
        severity: 'error',
        message: known
          ? `Unexpected acronym "${key}" not explained at its first use, expected "${known.expansion}": write it out in full, or explain it`
          : `Unexpected acronym "${key}" not explained at its first use: write it out in full, or explain it`,
        start: word.start,
        end: word.end,
        ...(known ? {expected: known.expansion} : {})
      })
    })
    return findings
  }
}
