import type {RuleId, RuleInfo} from '../types.js'
import type {SplitRule} from '../tails.js'
import {sectionLeftOut} from './section-left-out.js'
import {blockHeading} from './block-heading.js'
import {blockOrder} from './block-order.js'
import {planCode} from './plan-code.js'
import {acronym} from './acronym.js'
import {plainWord} from './plain-word.js'
import {voiceQuestion} from './voice-question.js'
import {voiceWe} from './voice-we.js'
import {listMarked} from './list-marked.js'
import {listVerbs} from './list-verbs.js'
import {listSeries} from './list-series.js'
import {listGerunds} from './list-gerunds.js'
import {splitSemicolon} from './split-semicolon.js'
import {splitAnd} from './split-and.js'
import {splitBut} from './split-but.js'
import {splitAndAside} from './split-and-aside.js'
import {splitComma} from './split-comma.js'
import {splitWhich} from './split-which.js'
import {splitWhile} from './split-while.js'
import {splitSoThat} from './split-so-that.js'
import {tailPurpose} from './tail-purpose.js'
import {tailPurposeFirst} from './tail-purpose-first.js'
import {tailIncluding} from './tail-including.js'
import {tailParticiple} from './tail-participle.js'
import {tailAppositive} from './tail-appositive.js'
import {tailRange} from './tail-range.js'
import {splitThat} from './split-that.js'
import {tailWith} from './tail-with.js'
import {splitWho} from './split-who.js'
import {tailSetOut} from './tail-set-out.js'
import {tailResult} from './tail-result.js'
import {tailSeries} from './tail-series.js'
import {splitIncludingAside} from './split-including-aside.js'

// The simplify stage's rule registry: every rule once, with its id, family and confidence. The engine (engine.ts) reads
// it to turn rules off, and to make a change (confidence at least `sureAt`) or only offer it to the writer.

/** The cuts of the split family, in the order they are tried (the first of two equally good splits wins). */
export const splitRules: readonly SplitRule[] = [splitSemicolon, splitAnd, splitBut, splitAndAside, splitComma, splitWhich, splitWhile, splitSoThat, tailPurpose, tailPurposeFirst, tailIncluding, tailParticiple, tailAppositive, tailRange, splitThat, tailWith, splitWho, tailSetOut, tailResult, tailSeries, splitIncludingAside]

/** Every rule, in the order the changes page lists them. */
export const rules: readonly RuleInfo[] = [sectionLeftOut, blockHeading, blockOrder, planCode, acronym, plainWord, voiceQuestion, voiceWe, listMarked, listVerbs, listSeries, listGerunds, ...splitRules]

/** A change whose confidence is below this is offered, not made. */
export const sureAt = 0.8

const byId = new Map(rules.map((rule) => [rule.id, rule]))

export function ruleById(id: RuleId): RuleInfo | undefined {
  return byId.get(id)
}

/** The rule `id`, which must be in the registry (a wrong id in easyread's own code is a bug). */
export function rule(id: RuleId): RuleInfo {
  const found = byId.get(id)
  if (!found) throw new TypeError(`No simplify rule "${id}"`)
  return found
}
