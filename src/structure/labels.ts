import type {PlanBlockKind} from '../types.js'

/** The labels of a plan's repeated blocks, as full plans write them, and the block kind each starts. */
export const planLabels: ReadonlyArray<{kind: PlanBlockKind; pattern: RegExp}> = [
  {kind: 'objective', pattern: /^objectives?\s*:/i},
  {kind: 'activity', pattern: /^activity\s*:/i},
  {kind: 'milestones', pattern: /^key milestones\s*:/i},
  {kind: 'update', pattern: /^update expected\s*:/i},
  {kind: 'measures', pattern: /^performance measures(?: and insights)?\s*:/i}
]

/** Any plan label at the start of a line. */
export const planLabelPattern = /^(?:objectives?|activity|key milestones|update expected|performance measures(?: and insights)?)\s*:/i
