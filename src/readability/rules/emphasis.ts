import type {RawFinding, Rule} from './rule.js'

export const emphasisRule: Rule = {
  id: 'bold-emphasis-only',
  summary: 'Use bold for emphasis: no italics, no underlining, no BLOCK CAPITALS',
  standard: 'People First easy read guidance; GOV.UK style guide',
  check({sentence, words}) {
    const findings: RawFinding[] = []
    for (const {start, end, kind} of sentence.emphasis) {
      if (start >= end) continue
      findings.push({
        ruleId: 'bold-emphasis-only',
        severity: 'warning',
        message: `Unexpected ${kind === 'italic' ? 'italic' : 'underlined'} text, expected bold or plain text: ${kind === 'italic' ? 'italics are' : 'underlining is'} hard to read`,
        start,
        end,
        expected: 'bold'
      })
    }
    // A run of words in capitals is one finding.
    for (let index = 0; index < words.length; index++) {
      if (words[index]!.kind !== 'capitals') continue
      let last = index
      while (words[last + 1]?.kind === 'capitals') last++
      const shown = sentence.text.slice(words[index]!.start, words[last]!.end)
      findings.push({
        ruleId: 'bold-emphasis-only',
        severity: 'warning',
        message: `Unexpected block capitals "${shown}", expected "${shown.toLowerCase()}": write in small letters and use bold to make words stand out`,
        start: words[index]!.start,
        end: words[last]!.end,
        expected: shown.toLowerCase()
      })
      index = last
    }
    return findings
  }
}
