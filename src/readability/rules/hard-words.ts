import type {RawFinding, Rule} from './rule.js'
import {onDaleChall, onSpache, type Word} from '../words.js'
import {zipf, zipfBands} from '../frequency.js'

/**
 * A hard word is long or rare, and familiar by no list: not on the Dale-Chall or Spache list of familiar words (in
 * any common form or British spelling), not on easyread's everyday-word list (glossary/easy-words.yml), not a
 * glossary term. Rare: below 3 on the Zipf frequency scale (fewer than 1 in a million words of everyday speech,
 * SUBTLEX-US); long: 3 or more syllables and not a common word (below Zipf 4). Names, numbers and acronyms have
 * their own handling. Each hard word is a warning: say it in easy words, or explain it.
 * `howHard` says whether a word is hard, and why; `easyread glossary suggest` asks the same question.
 */
export function howHard(word: Pick<Word, 'value' | 'syllables'>, american: ReadonlyMap<string, string>): 'rare' | 'long' | undefined {
  if (!/\p{L}{3,}/u.test(word.value)) return undefined
  if (onDaleChall(word.value, american) || onSpache(word.value, american)) return undefined
  const frequency = zipf(word.value, american)
  if (frequency < zipfBands.rare) return 'rare'
  return word.syllables >= 3 && frequency < zipfBands.common ? 'long' : undefined
}

/** The rule over each sentence's words, as described above. */
export const hardWordsRule: Rule = {
  id: 'hard-words',
  summary: 'Use easy words; explain a hard word where it is first used (a glossary term)',
  standard: 'GOV.UK easy read guidance; Department of Health (2010): say what hard words mean',
  check({words, explained}, state) {
    const findings: RawFinding[] = []
    const seen = new Set<string>()
    words.forEach((word, index) => {
      if ((word.kind !== 'word' && word.kind !== 'capitals') || explained[index]) return
      const hardness = howHard(word, state.american)
      if (!hardness) return
      const rare = hardness === 'rare'
      const key = word.value.toLowerCase()
      if (seen.has(key)) return
      seen.add(key)
      findings.push({
        ruleId: 'hard-words',
        severity: 'warning',
        message: `Unexpected ${rare ? 'rare' : 'long'} word "${word.value}": use an easier word, or explain it (add it to the glossary)`,
        start: word.start,
        end: word.end
      })
    })
    return findings
  }
}
