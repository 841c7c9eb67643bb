import type {RawFinding, Rule} from './rule.js'
import {wordLists} from '../lists.js'

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

export const passiveRule: Rule = {
  id: 'no-passive',
  summary: 'Use the active voice: "we will check", not "checks will be carried out"',
  standard: 'GOV.UK easy read and plain language guidance',
  check({words}) {
    const findings: RawFinding[] = []
    for (let index = 0; index < words.length; index++) {
      if (!beForms.has(words[index]!.value.toLowerCase())) continue
      let next = index + 1
      while (next < words.length && (between.has(words[next]!.value.toLowerCase()) || /^\p{L}+ly$/u.test(words[next]!.value)) && next - index <= 3) next++
      const participle = words[next]
      if (!participle || participle.kind !== 'word' || !isParticiple(participle.value)) continue
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

