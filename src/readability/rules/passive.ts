import type {RawFinding, Rule} from './rule.js'
import type {Word} from '../words.js'
import {wordLists} from '../lists.js'
import {explanationStart} from './length.js'
import {definitionStart} from '../../glossary/explained.js'

const beForms = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being'])
/** Words that may stand between "be" and its participle: "is also provided", "will be regularly reviewed". */
const between = new Set(['not', 'also', 'still', 'always', 'often', 'never', 'now', 'then', 'already', 'usually', 'sometimes', 'being', 'all', 'both', 'only', 'just', 'then', 'soon', 'further'])

/** A past participle: irregular (from glossary/participles.yml) or regular (-ed), and not used as an adjective. */
export function isParticiple(word: string): boolean {
  const lower = word.toLowerCase()
  if (wordLists.participles.adjectives.has(lower)) return false
  if (wordLists.participles.irregular.has(lower)) return true
  return /^\p{L}{2,}ed$/u.test(lower) && !wordLists.participles.notParticiples.has(lower)
}

/** Verbs that name a thing with "be": "it is called", "these are known as": nobody does anything to it. */
const naming = new Set(['called', 'named', 'termed', 'known as'])

/**
 * Where a definition's explanation starts: after the dash of "**term** – explanation" or after "X means" /
 * "A X is a …". In the explanation a passive keeps the word explained, or the person it happens to, as the subject
 * ("work that is done to stop terrorism", "when you are hurt or frightened"), and the doer is anyone: a writer
 * would not turn it round, so it is not reported. -1 when the sentence explains nothing.
 */
function explanationFrom(text: string, words: readonly Word[]): number {
  const dash = explanationStart(text, words)
  return dash !== -1 ? words[dash]?.start ?? -1 : definitionStart(text)
}

export const passiveRule: Rule = {
  id: 'no-passive',
  summary: 'Use the active voice: "we will check", not "checks will be carried out"',
  standard: 'GOV.UK easy read and plain language guidance',
  check({sentence, words}) {
    const findings: RawFinding[] = []
    const explanation = explanationFrom(sentence.text, words)
    for (let index = 0; index < words.length; index++) {
      if (!beForms.has(words[index]!.value.toLowerCase())) continue
      let next = index + 1
      while (next < words.length && (between.has(words[next]!.value.toLowerCase()) || /^\p{L}+ly$/u.test(words[next]!.value)) && next - index <= 3) next++
      const participle = words[next]
      if (!participle || participle.kind !== 'word' || !isParticiple(participle.value)) continue
      const after = words[next + 1]?.value.toLowerCase()
      const names = naming.has(participle.value.toLowerCase()) ? after !== 'by' : naming.has(`${participle.value.toLowerCase()} ${after}`)
      if (names || (explanation !== -1 && words[index]!.start >= explanation)) {
        index = next
        continue
      }
      // Start at the auxiliary before "be" ("will be allocated", "has been agreed"), as the reader sees the phrase.
      const auxiliary = index > 0 && /^(will|would|can|could|may|might|must|shall|should|has|have|had|to)$/i.test(words[index - 1]!.value) && /^(be|been)$/i.test(words[index]!.value) ? index - 1 : index
      findings.push({
        ruleId: 'no-passive',
        severity: 'warning',
        message: `Unexpected passive voice "${words.slice(auxiliary, next + 1).map((word) => word.value).join(' ')}": say who does it ("we will check", not "checks will be carried out")`,
        start: words[auxiliary]!.start,
        end: participle.end
      })
      index = next
    }
    return findings
  }
}

