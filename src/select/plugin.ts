import type {Root, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import {toString} from 'mdast-util-to-string'
import type {GlossaryEntry} from '../glossary/types.js'
import {createMatcher} from '../glossary/match.js'
import {shippedSimplifyData} from '../simplify/load.js'
import {contentWords, createCues, createRepeatCheck} from './cues.js'
import {shippedSelectData} from './load.js'
import {openingNodes, planKind, planYears} from './opening.js'
import {blocksHeight, fixedPages, pageModel, toPages, type TypeSettings} from './page-model.js'
import {planPriorities, planSections, type Section} from './roles.js'
import {reportingNodes} from './reporting.js'
import {blockText, leftOutOf, sectionUnits, unitParts, type Unit} from './units.js'
import type {Budget, LeftOut, Role, SelectData} from './types.js'
import {chooseUnits} from './choose.js'
import {escapeRegExp} from '../util/regex.js'
import {UserError} from '../util/user-error.js'

export interface SelectOptions {
  /** Select at all. Default: true (`--select off` keeps everything). A draft is never selected again. */
  readonly enabled?: boolean
  /** Keep the document within this many Word pages, or words. Default: 24 pages. */
  readonly budget?: Budget
  /** The type settings the pages are estimated at. Default: 16 pt, line spacing 1.5, A4. */
  readonly type?: TypeSettings
  /** The glossary: a term's first use adds a box to the page. Default: none. */
  readonly glossary?: readonly GlossaryEntry[]
  /** Whether a term is an everyday word that gets no box (see everyday.ts). Default: none is. */
  readonly everyday?: (entry: GlossaryEntry) => boolean
  /** Names of the body that wrote the plan, for the opening. Default: the name its performance measures ask about. */
  readonly we?: readonly string[]
  /** The stage's data. Default: the shipped glossary/select.yml. */
  readonly data?: SelectData
}

const words = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length

/**
 * The select stage: keep what an easy read needs within a budget. Every section gets a role (roles.ts); every
 * sentence a score for what it carries; the plan's priorities, objectives and activities are kept, then the rest in
 * the order of need (select.yml) while the page model says it fits. It opens the document with "About this plan"
 * and says once how people will hear how the plan is going. Each sentence left out is recorded, with its role, the
 * reason and its place, in `file.data.leftOut`.
 */
export function select(options: SelectOptions = {}) {
  const data = options.data ?? shippedSelectData()
  const type = options.type ?? {fontSize: 16, lineSpacing: 1.5, pageSize: 'A4'}
  const budget = options.budget ?? {pages: 24}
  const carries = createCues(data.carries)
  const empty = createCues(data.empty)
  const matcher = createMatcher((options.glossary ?? []).filter((entry) => !options.everyday?.(entry)))
  return function (tree: Root, file: VFile) {
    if (options.enabled === false || file.data.draft) return
    const model = pageModel(type)
    const sections = planSections(tree, data)
    let order = 0
    const units = sections.flatMap((section) => {
      const found = sectionUnits(section, order)
      order += found.length
      return found
    })
    const wordsIn = units.reduce((sum, unit) => sum + words(unit.text), 0)
    score(units, sections, {carries, empty}, data)
    const pointsBack = new RegExp(`^\\W*(?:${data.pointsBack.map(escapeRegExp).join('|')})\\b`, 'i')
    units.forEach((unit, index) => {
      const before = units[index - 1]
      if (before && !unit.item && before.container === unit.container && pointsBack.test(unit.text)) unit.follows = before
    })
    // What the easy read adds: the opening, and the one section on how people will hear how it is going.
    const title = file.data.title ?? ''
    const kind = planKind(title, tree, data.opening.kinds)
    const body = options.we?.[0] ?? file.data.planBody ?? bodyFromTitle(title, kind.words)
    const facts = {kind, ...(body ? {body} : {}), years: planYears(title, tree), priorities: planPriorities(sections)}
    // A text that names no years and no priorities is no plan to open with "About this plan".
    const opening = facts.years || facts.priorities.length > 0 ? openingNodes(facts, data.opening) : []
    const updates = units.filter((unit) => unit.block?.kind === 'update')
    const reporting = reportingNodes(updates, Object.values(shippedSimplifyData().planCodes.often), data.reporting)
    for (const unit of updates) if (reporting.length > 0) unit.out = `said once, in “${data.reporting.heading}”`
    const seen = new Set<string>()
    for (const unit of units) {
      const terms = matcher.find(unit.text).filter((match) => !seen.has(match.entry.id))
      for (const match of terms) seen.add(match.entry.id)
      const box = terms[0] ? model.box(`${terms[0].entry.term} ${terms[0].entry.means}`) : 0
      unit.cost = 'pages' in budget ? (unit.item ? model.paragraph(unit.text) : blocksHeight(unit.nodes, model)) + box : words(unit.text)
    }
    const fixed = 'pages' in budget ? blocksHeight([...opening, ...reporting], model) : words(opening.map((node) => toString(node)).join(' '))
    // The budget in the model's own measure: real pages, less the cover and (in a longer document) the contents
    // page, → twips of the body's estimated page.
    // (taken as there: a document of a page budget's size has sections)
    const wholePages = 'pages' in budget ? fixedPages(budget.pages, 2) : 0
    const room = 'pages' in budget ? ((budget.pages - wholePages) * model.bodyHeight) / toPages(model.bodyHeight, model) : budget.words
    const used = chooseUnits(units, {room: room - fixed, need: data.need, most: data.most, firstPass: data.firstPass, heading: (section) => headingCost(section, model, budget), label: (unit) => ('pages' in budget ? model.label(unit.block!.label) : words(unit.block!.label))})
    if (units.length > 0 && !units.some((unit) => unit.keep) && opening.length === 0 && reporting.length === 0) nothingKept(file, units)
    const leftOut = apply(tree, sections, units, opening, reporting)
    file.data.leftOut = leftOut
    const bodyPages = toPages(fixed + used, model)
    const estimate = 'pages' in budget ? fixedPages(bodyPages, tree.children.filter((node) => node.type === 'heading' && node.depth === 2).length) + bodyPages : fixed + used
    const byRole: Partial<Record<Role, number>> = {}
    for (const record of leftOut) byRole[record.role] = (byRole[record.role] ?? 0) + 1
    file.data.select = {budget, estimate, wordsIn, wordsKept: units.filter((unit) => unit.keep).reduce((sum, unit) => sum + words(unit.text), 0), leftOut: byRole, kind: kind.name}
    const measure = 'pages' in budget ? `${estimate.toFixed(1)} of ${budget.pages} pages (estimated)` : `${Math.round(estimate)} of ${budget.words} words`
    file.info(`Select: kept ${units.filter((unit) => unit.keep).length} of ${units.length} sentences and lists, ${measure}; ${leftOut.length} left out, listed for the writer`, {ruleId: 'select', source: 'easyread'})
    if (estimate > ('pages' in budget ? budget.pages : budget.words)) file.message(`Select: what the plan must keep (its priorities, objectives and activities) is more than the budget: ${measure}`, {ruleId: 'select-budget', source: 'easyread'})
  }
}

/**
 * Every sentence left out and nothing of easyread's own to open with: an empty document would follow, and "the
 * plan has no sentences" would mislead. Stop with what happened, the reasons counted, and the way out.
 */
function nothingKept(file: VFile, units: readonly Unit[]): never {
  const reasons = new Map<string, number>()
  for (const unit of units) {
    const reason = unit.out ?? 'no room within the budget'
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1)
  }
  const why = [...reasons].map(([reason, count]) => `${count}: ${reason}`).join('; ')
  throw new UserError([{file: file.path, message: `Nothing to build: the select stage left out all ${units.length} of the plan’s sentences and lists (${why}). Build with --select off to keep them`, ruleId: 'select'}])
}

/** "Brookfield Council Plan 2025-2030" → "Brookfield Council": the title before "plan", when it names the kind of body. */
function bodyFromTitle(title: string, kindWords: readonly string[]): string | undefined {
  const before = /^(.+?)\s+plan\b/i.exec(title)?.[1]?.trim()
  return before && createCues(kindWords)(before) > 0 ? before : undefined
}

function headingCost(section: Section, model: ReturnType<typeof pageModel>, budget: Budget): number {
  if (!section.heading) return 0
  return 'pages' in budget ? model.heading(section.heading.depth, toString(section.heading)) : words(toString(section.heading))
}

/** Each unit's score, and what is kept or left out whatever the budget. */
function score(units: Unit[], sections: readonly Section[], cues: {carries: (text: string) => number; empty: (text: string) => number}, data: SelectData): void {
  const priorities = new Set(planPriorities(sections).map((text) => text.toLowerCase()))
  for (const unit of units) {
    unit.score = cues.carries(unit.text) + (/\d/.test(unit.text) ? 1 : 0) - 2 * cues.empty(unit.text)
 const namesPriorities = unit.nodes.some((node) => node.type === 'list' && node.children.some((item) => priorities.has(blockText(item).trim().toLowerCase())))
    // The priorities are listed in the opening: a list of them elsewhere says them again.
    if (namesPriorities) unit.out = 'the priorities are listed in “About this plan”'
    const blockIndex = unit.block ? unit.container.indexOf(unit.nodes[0]!) : -1
    unit.must = (unit.role === 'contact' && unit.score > 0) || unit.block?.kind === 'objective' || (unit.block?.kind === 'activity' && blockIndex === 0)
  }
  // Who wrote a foreword: its last short lines without a full stop (a name, a rank).
  for (const section of sections.filter((section) => section.role === 'foreword')) {
    const own = units.filter((unit) => unit.section === section)
    for (let index = own.length - 1; index >= 0 && words(own[index]!.text) <= 10 && !/[.!?]$/.test(own[index]!.text.trim()); index--) own[index]!.score += 3
  }
  // A second use of the same idea goes: compared with every earlier sentence, in document order.
  const earlier = createRepeatCheck(data.repeats)
  for (const unit of units) {
    const own = contentWords(unit.text)
    if (!unit.must && own.size >= 4 && earlier.repeats(own)) unit.out = 'says again what an earlier sentence says'
    else if (!unit.must && unit.score < 0) unit.out = 'thanks, praise or feelings, not what the plan will do'
    earlier.add(own)
  }
}

/**
 * Take out what was not kept (plan blocks left empty, and headings of sections with nothing kept), put in the
 * opening after the title and the reporting section before the first reporting or contact section; return the
 * records of everything left out, in document order.
 */
function apply(tree: Root, sections: readonly Section[], units: readonly Unit[], opening: RootContent[], reporting: RootContent[]): LeftOut[] {
  const leftOut: LeftOut[] = []
  const gone = new Set<RootContent>()
  const goneItems = new Map<RootContent, Set<number>>()
  for (const unit of units) {
    if (unit.keep) continue
    const reason = unit.out ?? (unit.must ? 'kept' : 'room: the budget was used by what the reader needs more')
    for (const part of unitParts(unit)) leftOut.push(leftOutOf(part, unit.role, reason))
    if (unit.item) {
      const items = goneItems.get(unit.item.list) ?? new Set()
      items.add(unit.item.index)
      goneItems.set(unit.item.list, items)
    } else for (const node of unit.nodes) gone.add(node)
  }
  for (const [list, items] of goneItems) {
    if (list.type !== 'list') continue
    list.children = list.children.filter((_, index) => !items.has(index))
    if (list.children.length === 0) gone.add(list)
  }
  const kept = new Set(units.filter((unit) => unit.keep).map((unit) => unit.section))
  const keptWithin = (section: Section): boolean => kept.has(section) || sections.some((other) => other.parent === section && keptWithin(other))
  const result: RootContent[] = []
  const reportingAt = sections.find((section) => section.heading && (section.role === 'reporting' || section.role === 'contact'))?.heading
  for (const section of sections) {
    if (section.heading && section.heading === reportingAt) result.push(...reporting)
    if (section.heading) {
      if (keptWithin(section)) result.push(section.heading)
      else leftOut.push({...leftOutOf(section.heading, section.role, 'a heading with nothing kept under it'), heading: true})
    }
    for (const node of section.nodes) {
      if (gone.has(node)) continue
      if (node.type === 'planBlock') {
        node.children = node.children.filter((child) => !gone.has(child as RootContent) && !(child.type === 'list' && child.children.length === 0))
        if (node.children.length === 0) continue
      }
      result.push(node)
      if (node.type === 'heading' && node.depth === 1) result.push(...opening)
    }
  }
  if (!result.some((node) => node.type === 'heading' && node.depth === 1)) result.unshift(...opening)
  if (!reportingAt) result.push(...reporting)
  tree.children = result
  leftOut.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
  return leftOut
}
