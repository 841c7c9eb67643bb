import {describe, expect, it} from 'vitest'
import type {PlanBlockKind} from '../../../src/types.js'
import type {PlainWord} from '../../../src/simplify/types.js'
import {ruleById, sureAt} from '../../../src/simplify/rules/index.js'
import {shippedSimplifyData} from '../../../src/simplify/load.js'
import {simplifyLines} from '../run.js'

/** Where a sentence sits and what the stage is given, as simplifyLines takes it. */
interface Setting {
  kind?: PlanBlockKind
  inList?: boolean
  we?: readonly string[]
  /** The shipped plain words (glossary/plain-words.yml) instead of none. */
  plainWords?: 'shipped'
}

/** A sentence the rule must change, and the lines it must give (sentences, or "- item" lines of a list). */
interface Invalid extends Setting {
  input: string
  output: string[]
}

/** A sentence whose change the rule is not sure of: left as it is, the change offered as "[rule-id] suggested text". */
interface Offered extends Setting {
  input: string
  offered: string
}

/** A sentence the rule must leave alone, as a string or with its setting. */
type Valid = string | (Setting & {input: string})

function settingOf(setting: Setting): Parameters<typeof simplifyLines>[1] {
  const plainWords: readonly PlainWord[] | undefined = setting.plainWords === 'shipped' ? shippedSimplifyData().plainWords : undefined
  return {kind: setting.kind, inList: setting.inList, we: setting.we, plainWords}
}

/**
 * A rule's table of cases, as remark-lint and textlint test their rules: each invalid sentence is changed by the rule
 * (a made change with its id) into exactly its output, and left alone with the rule turned off; each valid sentence
 * gets no change of the rule; each offered one stays as it is, with the rule's suggestion under it.
 */
export function ruleCases(id: string, cases: {invalid?: Invalid[]; valid?: Valid[]; offered?: Offered[]}): void {
  describe(`rule ${id}`, () => {
    it('is in the registry', () => {
      expect(ruleById(id)?.id).toBe(id)
    })
    for (const case_ of cases.invalid ?? []) {
      it(`changes: ${case_.input.slice(0, 80)}`, async () => {
        const {lines, changes} = await simplifyLines(case_.input, settingOf(case_))
        expect(lines).toEqual(case_.output)
        expect(changes.filter((change) => change.rule === id && change.status === 'made').length).toBeGreaterThan(0)
        const off = await simplifyLines(case_.input, {...settingOf(case_), rules: {[id]: 'off'}})
        expect(off.changes.filter((change) => change.rule === id)).toEqual([])
      })
    }
    for (const case_ of cases.offered ?? []) {
      it(`offers: ${case_.input.slice(0, 80)}`, async () => {
        const {offered, changes} = await simplifyLines(case_.input, settingOf(case_))
        expect(offered).toContain(`[${id}] ${case_.offered}`)
        const own = changes.filter((change) => change.rule === id)
        expect(own.some((change) => change.status === 'offered' && change.confidence < sureAt)).toBe(true)
        expect(own.filter((change) => change.status === 'made')).toEqual([])
      })
    }
    for (const valid of cases.valid ?? []) {
      const case_ = typeof valid === 'string' ? {input: valid} : valid
      it(`leaves alone: ${case_.input.slice(0, 80)}`, async () => {
        const {changes} = await simplifyLines(case_.input, settingOf(case_))
        expect(changes.filter((change) => change.rule === id)).toEqual([])
      })
    }
  })
}
