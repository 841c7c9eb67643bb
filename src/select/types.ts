/** The role of a section of a plan: what it is for, and so how much of it an easy read keeps. */
export type Role = 'foreword' | 'introduction' | 'context' | 'priority' | 'action' | 'measure' | 'reporting' | 'contact' | 'other'

export const roles: readonly Role[] = ['foreword', 'introduction', 'context', 'priority', 'action', 'measure', 'reporting', 'contact', 'other']

/** A sentence (or list item, or heading) the select stage left out, with why and where it is in the user's file. */
export interface LeftOut {
  rule: 'select'
  role: Role
  reason: string
  text: string
  /** A heading left out because nothing under it was kept (the draft does not offer it back as a sentence). */
  heading?: boolean
  line?: number
  column?: number
  endLine?: number
  endColumn?: number
}

/** The wording of one kind of plan's opening (glossary/select.yml `opening.kinds`). */
export interface PlanKind {
  name: string
  words: readonly string[]
  what: string
  means: string
}

/** Everything the select stage reads from glossary/select.yml, checked. */
export interface SelectData {
  /** Role → heading words, in the order they are tried. */
  roles: ReadonlyArray<{role: Role; words: readonly string[]}>
  need: readonly Role[]
  /** At most this many sentences of a role (or `milestones`) in one section. */
  most: Readonly<Partial<Record<Role | 'milestones', number>>>
  carries: readonly string[]
  empty: readonly string[]
  repeats: number
  pointsBack: readonly string[]
  firstPass: number
  opening: {heading: string; years: string; made: string; priorities: string; priority: string; list: string; kinds: readonly PlanKind[]}
  reporting: {heading: string; first: string; other: string}
}

/** The budget the select stage keeps the document within. */
export type Budget = {pages: number} | {words: number}

/** What the select stage did, for the report. */
export interface SelectReport {
  budget: Budget
  /** The page model's estimate of the Word pages (or the words on the page, for a words budget), after selection. */
  estimate: number
  /** The words of the plan before and after selection (page text, boxes apart: see eval). */
  wordsIn: number
  wordsKept: number
  /** Sentences left out, by role. */
  leftOut: Partial<Record<Role, number>>
  /** The kind of plan the opening was worded for. */
  kind?: string
}

declare module 'vfile' {
  interface DataMap {
    /** Every sentence the select stage left out, in document order (rule `select`); never in `changes`. */
    leftOut: LeftOut[]
    select: SelectReport
    /** How many explanation boxes the document has (layout stage). */
    boxes: number
  }
}
