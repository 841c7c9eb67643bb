import type {Heading, Paragraph, RootContent} from 'mdast'
import type {Unit} from './units.js'
import type {SelectData} from './types.js'

/**
 * How people will hear how the plan is going, said once: the schedules the plan's "Update expected" parts give
 * ("twice a year"), the one given most first, as a short section of its own. `often` is every schedule wording the
 * plan codes know (glossary/plan-codes.yml). Returns no nodes when the plan gives no schedule.
 */
export function reportingNodes(updates: readonly Unit[], often: readonly string[], wording: SelectData['reporting']): RootContent[] {
  const counts = new Map<string, number>()
  for (const unit of updates) {
    const found = often.filter((phrase) => unit.text.includes(phrase)).sort((a, b) => b.length - a.length)[0]
    if (found) counts.set(found, (counts.get(found) ?? 0) + 1)
  }
  if (counts.size === 0) return []
  const schedules = [...counts].sort((a, b) => b[1] - a[1]).map(([phrase]) => phrase)
  const line = (text: string): Paragraph => ({type: 'paragraph', children: [{type: 'text', value: text}]})
  const heading: Heading = {type: 'heading', depth: 2, children: [{type: 'text', value: wording.heading}]}
  return [heading, line(wording.first.replace('{often}', schedules[0]!)), ...schedules.slice(1).map((phrase) => line(wording.other.replace('{often}', phrase)))]
}
