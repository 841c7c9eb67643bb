import type {TermCallout} from '../types.js'
import {createMatcher} from '../glossary/match.js'

/**
 * A callout's text cut into parts, with the term itself marked so writers can show it in bold:
 * "A **councillor** is …". When the explanation does not name the term, the term leads it ("**Hotspot**: …").
 */
export function explanationParts(callout: TermCallout): Array<{text: string; term: boolean}> {
  const matcher = createMatcher([{id: callout.termId, term: callout.term, aliases: [callout.termId.replace(/-/g, ' ')], means: '', source: {file: '', line: 0, column: 0}}])
  const found = matcher.find(callout.means)[0]
  if (!found) return [{text: capitalise(callout.term), term: true}, {text: `: ${callout.means}`, term: false}]
  return [
    {text: callout.means.slice(0, found.start), term: false},
    {text: callout.means.slice(found.start, found.end), term: true},
    {text: callout.means.slice(found.end), term: false}
  ].filter((part) => part.text !== '')
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
