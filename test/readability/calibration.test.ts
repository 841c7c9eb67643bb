import {readFile} from 'node:fs/promises'
import {beforeAll, describe, expect, test} from 'vitest'
import type {VFile} from 'vfile'
import {prepare} from '../../src/index.js'
import {checkPlan} from '../../src/readability/check.js'
import {easyReadPlan, fullPlan} from '../helpers/paths.js'

let easy: VFile
let full: VFile

beforeAll(async () => {
  const {options, data} = await prepare({})
  easy = (await checkPlan(easyReadPlan, options, data)).file
  full = (await checkPlan(fullPlan, options, data)).file
}, 180_000)

const share = (file: VFile, count: number) => count / file.data.readability!.sentences

// Default settings (reading age 9). The thresholds come from the standards (README "Readability"), not these files.
describe('calibration on the two seeds', () => {
  test('the hand-made easy-read plan: at most 5% of sentences fail, at least 80% pass with no warning', () => {
    const summary = easy.data.readability!
    expect(summary.sentences).toBeGreaterThan(100)
    expect(share(easy, summary.fail)).toBeLessThanOrEqual(0.05)
    expect(share(easy, summary.pass)).toBeGreaterThanOrEqual(0.8)
    // "Pass" means no finding at all.
    for (const sentence of easy.data.sentences!) if (sentence.verdict === 'pass') expect(sentence.findings).toEqual([])
  })
  test('the full plan: at least 60% of sentences warn or fail, at least 35% fail', () => {
    const summary = full.data.readability!
    expect(summary.sentences).toBeGreaterThan(300)
    expect(share(full, summary.warn + summary.fail)).toBeGreaterThanOrEqual(0.6)
    expect(share(full, summary.fail)).toBeGreaterThanOrEqual(0.35)
  })
  test('every verdict is explained: a failing sentence has a reason that fails, a warning one that warns', () => {
    for (const file of [easy, full]) {
      for (const sentence of file.data.sentences!) {
        if (sentence.verdict === 'pass') expect(sentence.reasons.filter((reason) => reason.verdict !== 'note')).toEqual([])
        else expect(sentence.reasons[0]!.verdict).toBe(sentence.verdict)
      }
    }
  })
  test('the explicit rules decide most failures of the full plan; the formulas alone fail only far above the target', () => {
    const failing = full.data.sentences!.filter((sentence) => sentence.verdict === 'fail')
    const byFormulaOnly = failing.filter((sentence) => sentence.reasons.filter((reason) => reason.verdict === 'fail').every((reason) => reason.ruleId === 'reading-age'))
    expect(byFormulaOnly.length / failing.length).toBeLessThan(0.5)
    for (const sentence of byFormulaOnly) expect(Math.min(sentence.readingAge, sentence.passageReadingAge)).toBeGreaterThan(18)
  })
})

describe('places in the user’s file', () => {
  test('a word finding’s line and column point at its words in the seed (not only at its sentence)', async () => {
    const lines = (await readFile(fullPlan, 'utf8')).split('\n')
    const wordRules = new Set(['no-passive', 'explain-acronyms', 'no-contractions', 'numbers-as-digits', 'hard-words', 'bold-emphasis-only'])
    const findings = full.data.sentences!.flatMap((sentence) => sentence.findings).filter((finding) => wordRules.has(finding.ruleId))
    expect(findings.length).toBeGreaterThan(200)
    const exact = findings.filter((finding) => lines[finding.line - 1]!.slice(finding.column - 1).startsWith(finding.actual))
    // All but the words after a plan block's label ("Objective: …"), whose cut text keeps only the paragraph's start.
    expect(exact.length / findings.length).toBeGreaterThan(0.99)
    const sample = findings.find((finding) => finding.actual === 'are underpinned')
    expect(sample && `${sample.line}:${sample.column}`).toBe('43:7')
  })
  test('every finding is a vfile message with its place, rule id, source, actual and expected', () => {
    const findings = easy.data.sentences!.flatMap((sentence) => sentence.findings)
    const ruleIds = new Set(findings.map((finding) => finding.ruleId))
    const messages = easy.messages.filter((message) => message.source === 'easyread' && ruleIds.has(message.ruleId ?? ''))
    expect(messages.length).toBe(findings.length)
    for (const message of messages) {
      expect(message.line).toBeGreaterThan(0)
      expect(message.column).toBeGreaterThan(0)
      expect(message.ruleId).toMatch(/^[a-z-]+$/)
      expect(typeof message.actual).toBe('string')
      expect(Array.isArray(message.expected)).toBe(true)
    }
  })
})
