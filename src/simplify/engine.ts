import type {Paragraph} from 'mdast'
import type {Position} from 'unist'
import type {Change, RuleId} from './types.js'
import {rule, rules, splitRules, sureAt} from './rules/index.js'

/** Rules turned on or off by id, as the config (`rules: {tail-including: off}`) and `--rule id=off` give them. */
export type RuleSwitches = Readonly<Record<RuleId, 'on' | 'off'>>

/** A change offered to the writer under a sentence: the rule and the suggested text. */
export interface Suggestion {
  rule: RuleId
  text: string
}

declare module 'mdast' {
  interface ParagraphData {
    /** Changes the simplify stage offers for this sentence, not made (written under it in the draft). */
    suggestions?: Suggestion[]
  }
}

/**
 * The simplify stage's engine: which rules are on, and for each change its rule, family and confidence, then made
 * (confidence at least `sureAt`) or offered. Every change goes into one list, in document order.
 */
export function createEngine(switches: RuleSwitches = {}) {
  const off = new Set(Object.entries(switches).filter(([, value]) => value === 'off').map(([id]) => id))
  const changes: Change[] = []
  return {
    changes,
    on: (id: RuleId) => !off.has(id),
    splitRules: splitRules.filter((entry) => !off.has(entry.id)),
    /** Whether a change of this confidence is made (else offered). */
    sure: (confidence: number) => confidence >= sureAt,
    /** Record a change; its confidence defaults to its rule's. Returns it. */
    record(id: RuleId, before: string, after: string, position: Position | undefined, confidence = rule(id).confidence, status: Change['status'] = confidence >= sureAt ? 'made' : 'offered'): Change {
      const change: Change = {
        rule: id,
        family: rule(id).family,
        confidence,
        status,
        before,
        after,
        ...(position ? {line: position.start.line, column: position.start.column, endLine: position.end.line, endColumn: position.end.column} : {})
      }
      changes.push(change)
      return change
    }
  }
}

export type Engine = ReturnType<typeof createEngine>

/** Offer `suggestion` under the sentence `paragraph`. */
export function offer(paragraph: Paragraph, suggestion: Suggestion): void {
  paragraph.data = {...paragraph.data, suggestions: [...(paragraph.data?.suggestions ?? []), suggestion]}
}

/** The ids of every rule, for the check of `rules:` and `--rule`. */
export const ruleIds: readonly RuleId[] = rules.map((entry) => entry.id)
