import type {Finding, Reason, RetextSignal, Verdict} from './types.js'

/**
 * How far above the target the formulas' reading age may go. Formulas need about 100 words to be stable
 * (EASY-READ.md) and one short sentence can score years too high, so a sentence is judged mainly on the explicit
 * rules. The formulas count only when the sentence's own median and its passage's (at least 100 words around it)
 * are both far off: they warn above the target + 5 years (at the default age of 9, above 14: past lower-secondary
 * level, where WCAG 2.x SC 3.1.5 asks for a simpler version even for everyone), and fail above the target + 9
 * (at age 9, above 18: past the end of school, US grade 13).
 */
export const readingAgeMargin = {warn: 5, fail: 9} as const

/** The worst of two verdicts. */
export function worse(a: Verdict, b: Verdict): Verdict {
  const order: Verdict[] = ['pass', 'warn', 'fail']
  return order.indexOf(a) >= order.indexOf(b) ? a : b
}

/**
 * A sentence's verdict at the target reading age, and what decided it: every rule's finding (an error fails,
 * a warning warns), the formulas' median reading age, and retext-readability's verdict (a note only).
 */
export function decide(findings: readonly Finding[], readingAge: number, passageAge: number, retext: RetextSignal, age: number): {verdict: Verdict; reasons: Reason[]} {
  const reasons: Reason[] = findings.map((finding) => ({ruleId: finding.ruleId, verdict: finding.severity === 'error' ? 'fail' : 'warn', reason: finding.message}))
  // Both must be far off: the lower of the two decides.
  const judged = Math.min(readingAge, Number.isFinite(passageAge) ? passageAge : readingAge)
  const said = `The formulas give a reading age of ${readingAge.toFixed(1)} for the sentence and ${passageAge.toFixed(1)} for its passage`
  if (judged > age + readingAgeMargin.fail) {
    reasons.push({ruleId: 'reading-age', verdict: 'fail', reason: `${said}: more than ${readingAgeMargin.fail} years above the target of ${age}`})
  } else if (judged > age + readingAgeMargin.warn) {
    reasons.push({ruleId: 'reading-age', verdict: 'warn', reason: `${said}: more than ${readingAgeMargin.warn} years above the target of ${age}`})
  }
  // retext-readability leans towards "hard" (American word lists, SMOG that never votes, repeated easy words
  // counted as difficult): its verdict is shown beside ours and never changes it.
  if (retext.hard) reasons.push({ruleId: 'retext-readability', verdict: 'note', reason: `retext-readability: ${retext.formulas} of ${retext.of} formulas find it hard at age ${age}`})
  const rank = {fail: 0, warn: 1, note: 2}
  reasons.sort((a, b) => rank[a.verdict] - rank[b.verdict])
  const verdict = reasons.reduce<Verdict>((worst, reason) => (reason.verdict === 'note' ? worst : worse(worst, reason.verdict)), 'pass')
  return {verdict, reasons}
}
