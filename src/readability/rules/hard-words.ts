import type {RawFinding, Rule} from './rule.js'
import {listForms, onDaleChall, onSpache, type Word} from '../words.js'
import {zipf, zipfBands} from '../frequency.js'
import {explanationStart} from './length.js'
import {definitionStart} from '../../glossary/explained.js'

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

/**
 * Where the words a sentence explains end: the term before the dash of "term – explanation", or the subject of
 * "X means …" / "A X is a …"; 0 when it explains nothing.
 */
function definedUpTo(text: string, words: readonly Word[]): number {
  const dash = explanationStart(text, words)
  if (dash > 0) return words[dash - 1]!.end
  return Math.max(0, definitionStart(text))
}

/**
 * The rule over each sentence's words, as described above. A word the sentence itself explains is not reported,
 * there or later. A hard word is reported at its first use in the
 * document only: the writer explains it there (or swaps it everywhere), and a text about one topic ("independent"
 * in a plan about living independently) is not flagged at every line. Later uses, in any common form
 * ("develop", "developing"), are left alone; a glossary term explained earlier counts as familiar anyway.
 */
export const hardWordsRule: Rule = {
  id: 'hard-words',
  summary: 'Use easy words; explain a hard word where it is first used (a glossary term)',
  standard: 'GOV.UK easy read guidance; Department of Health (2010): say what hard words mean',
  check({sentence, words, explained}, state) {
    const findings: RawFinding[] = []
    const defined = definedUpTo(sentence.text, words)
    words.forEach((word, index) => {
      if ((word.kind !== 'word' && word.kind !== 'capitals') || explained[index]) return
      const hardness = howHard(word, state.american)
      if (!hardness) return
      const rare = hardness === 'rare'
      const forms = listForms(word.value, state.american)
      if (forms.some((form) => state.hardWordsReported.has(form))) return
      for (const form of forms) state.hardWordsReported.add(form)
      // The word the sentence explains ("**accessible** - can be easily reached …", "Wellbeing means …").
      if (word.end <= defined) return
      findings.push({
        ruleId: 'hard-words',
        severity: 'warning',
        message: `Unexpected ${rare ? 'rare' : 'long'} word "${word.value}": use an easier word, or explain it (add it to the glossary); later uses are not reported again`,
        start: word.start,
        end: word.end
      })
    })
    return findings
  }
}
