import type {Section} from './roles.js'
import type {Role, SelectData} from './types.js'
import type {Unit} from './units.js'

export interface ChooseOptions {
  /** What the budget leaves for the plan's own words, in the units' measure (twips of page, or words). */
  room: number
  need: SelectData['need']
  most: SelectData['most']
  /** How many of each section's best sentences that carry something are kept before the rest. */
  firstPass: number
  /** The cost of a section's heading, paid once, when the first unit under it is kept. */
  heading: (section: Section) => number
  /** The cost of a plan block's label, paid once. */
  label: (unit: Unit) => number
}

/**
 * Choose the units to keep: every `must` unit, then the others in the order of need (role, then score, then place in
 * the plan), each only while it fits the room that is left with the headings it brings, and within each role's most
 * for its section (a plan block's steps and questions count per block). Sets `keep`; returns the room used.
 */
export function chooseUnits(units: readonly Unit[], options: ChooseOptions): number {
  const opened = new Set<object>()
  let used = 0
  const extra = (unit: Unit): number => {
    let cost = 0
    for (let section: Section | undefined = unit.section; section && !opened.has(section); section = section.parent) cost += options.heading(section)
    if (unit.block && !opened.has(unit.block)) cost += options.label(unit)
    return cost
  }
  const take = (unit: Unit) => {
    used += unit.cost + extra(unit)
    for (let section: Section | undefined = unit.section; section; section = section.parent) opened.add(section)
    if (unit.block) opened.add(unit.block)
    unit.keep = true
  }
  for (const unit of units) if (unit.must) take(unit)
  const rank = (role: Role) => {
    const at = options.need.indexOf(role)
    return at === -1 ? options.need.length : at
  }
  // A plan block's list of steps is read after its activity: milestones rank with the measures.
  const need = (unit: Unit) => (unit.block?.kind === 'milestones' ? rank('measure') + 0.5 : rank(unit.role))
  const counted = new Map<string, number>()
  const owners = new Map<object, number>()
  const group = (unit: Unit): {key: string; most?: number} => {
    const kind = unit.block?.kind === 'milestones' ? 'milestones' : unit.role
    const owner: object = unit.block && (kind === 'milestones' || kind === 'measure') ? unit.block : unit.section
    if (!owners.has(owner)) owners.set(owner, owners.size)
    return {key: `${owners.get(owner)}:${kind}`, most: options.most[kind]}
  }
  const rest = units.filter((unit) => !unit.must && unit.out === undefined).sort((a, b) => need(a) - need(b) || b.score - a.score || a.order - b.order)
  const firsts = new Map<Section, number>()
  const tryTake = (unit: Unit, first: boolean) => {
    if (unit.keep || unit.out !== undefined) return
    if (first && (unit.score <= 0 || (firsts.get(unit.section) ?? 0) >= options.firstPass)) return
    // A sentence that points back comes with the one it points at.
    const chain: Unit[] = []
    for (let at: Unit | undefined = unit; at && !at.keep; at = at.follows) chain.unshift(at)
    if (chain.some((part) => part.out !== undefined)) return
    const {key, most} = group(unit)
    const count = counted.get(key) ?? 0
    if (most !== undefined && count + chain.length > most) {
      if (!first) unit.out = `an easy read keeps at most ${most} of these here`
      return
    }
    const cost = chain.reduce((sum, part) => sum + part.cost, 0) + extra(chain[0]!)
    if (used + cost > options.room) return
    counted.set(key, count + chain.length)
    if (first) firsts.set(unit.section, (firsts.get(unit.section) ?? 0) + 1)
    for (const part of chain) take(part)
  }
  for (const unit of rest) tryTake(unit, true)
  for (const unit of rest) tryTake(unit, false)
  return used
}
