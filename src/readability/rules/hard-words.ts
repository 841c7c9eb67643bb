import type {RawFinding, Rule} from './rule.js'
import {onDaleChall, onSpache} from '../words.js'
import {zipf, zipfBands} from '../frequency.js'

/**
 * A hard word is long or rare, and familiar by no list: not on the Dale-Chall or Spache list of familiar words (in
 * any common form or British spelling), not on easyread's everyday-word list (glossary/easy-words.yml), not a
 * glossary term. Rare: below 3 on the Zipf frequency scale (fewer than 1 in a million words of everyday speech,
 * SUBTLEX-US); long: 3 or more syllables and not a common word (below Zipf 4). Names, numbers and acronyms have
 * their own handling. Each hard word is a warning: say it in easy words, or explain it.
 */
export const hardWordsRule: Rule = {
  id: 'hard-words',
  summary: 'Use easy words; explain a hard word where it is first used (a glossary term)',
  standard: 'GOV.UK easy read guidance; Department of Health (2010): say what hard words mean',
  check({words, explained}, state) {
    const findings: RawFinding[] = []
    const seen = new Set<string>()
    words.forEach((word, index) => {
      if ((word.kind !== 'word' && word.kind !== 'capitals') || explained[index]) return
      if (!/\p{L}{3,}/u.test(word.value)) return
      if (onDaleChall(word.value, state.american) || onSpache(word.value, state.american)) return
      const frequency = zipf(word.value, state.american)
      const rare = frequency < zipfBands.rare
      if (!rare && !(word.syllables >= 3 && frequency < zipfBands.common)) return
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
