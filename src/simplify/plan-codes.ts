import type {PlanCodeWording} from './types.js'

const codePattern = /^\s*Y(\d)(?:\s*[-–]\s*Y?(\d))?\s*,\s*(.+?)\s*\.?\s*$/i

/**
 * The plan-codes rule: "Y1-3, Q2 & Q4" (years of the plan, then the quarters or how often) said in plain words:
 * "We will report on this twice a year, in each of the 3 years of the plan." Undefined when the text is not a code.
 */
export function planCodeSentence(text: string, wording: PlanCodeWording): string | undefined {
  const match = codePattern.exec(text)
  if (!match) return undefined
  const first = Number(match[1])
  const last = match[2] === undefined ? first : Number(match[2])
  if (last < first) return undefined
  const when = match[3]!.toLowerCase()
  let often = wording.often[when]
  if (often === undefined) {
    // "Q2 & Q4", "Q1 & 3", "Q1, Q2 and Q3": the number of different quarters.
    if (!/^q\d(?:\s*(?:&|,|and)\s*q?\d)*$/.test(when)) return undefined
    const quarters = new Set(when.match(/\d/g))
    if ([...quarters].some((quarter) => Number(quarter) < 1 || Number(quarter) > 4)) return undefined
    often = wording.often[String(quarters.size)]
  }
  if (often === undefined) return undefined
  const count = last - first + 1
  const years = count === 1 ? wording.years.one.replace('{year}', String(first)) : wording.years.many.replace('{count}', String(count))
  return wording.sentence.replace('{often}', often).replace('{years}', years)
}
