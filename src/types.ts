/**
 * The node kinds easyread adds to mdast, and the stage results it keeps in `file.data`.
 * Both are added to the unified types through declaration merging, never with `any`.
 */
import type {BlockContent, Paragraph, List, PhrasingContent} from 'mdast'
import type {SentenceReport, ReadabilitySummary} from './readability/types.js'
import type {GlossaryUse} from './glossary/types.js'
import type {Change} from './simplify/types.js'

/** The repeated blocks of a full plan, in the order a plan gives them. */
export type PlanBlockKind = 'objective' | 'activity' | 'milestones' | 'update' | 'measures'

/** One labelled block of a plan ("Objective: …", "Key milestones:" with its list). */
export interface PlanBlock {
  type: 'planBlock'
  kind: PlanBlockKind
  /** The label as the plan wrote it, without the colon ("Key milestones"). */
  label: string
  /** Its paragraphs and lists; after the layout stage, its rows (`easyRow`) and the callouts the glossary added. */
  children: Array<Paragraph | List | TermCallout | EasyRow>
  position?: import('unist').Position
}

/** A use of a glossary term inside a sentence; `first` marks the use that gets explained. */
export interface TermUse {
  type: 'termUse'
  termId: string
  first: boolean
  children: PhrasingContent[]
  position?: import('unist').Position
}

/** The short gloss after a dash that explains a term inside a list item. */
export interface TermGloss {
  type: 'termGloss'
  termId: string
  value: string
  position?: import('unist').Position
}

/** The box that explains a term, placed after the sentence that first uses it. */
export interface TermCallout {
  type: 'termCallout'
  termId: string
  /** The words as the plan wrote them, for the bold lead of the box. */
  term: string
  means: string
  picture?: string
  position?: import('unist').Position
}

/** A picture chosen for a row: a Noto emoji icon, or an image file the user gave (`--pictures`). */
export type RowPicture =
  | {kind: 'icon'; icon: string; alt: string; word: string; source: 'glossary' | 'table' | 'keyword'}
  | {kind: 'file'; file: string; format: 'png' | 'svg'; alt: string; word: string; source: 'user'}

/** One easy-read row (layout stage): one idea (a sentence, or a short list with its lead-in) with its callouts and a picture. */
export interface EasyRow {
  type: 'easyRow'
  picture?: RowPicture
  children: Array<Paragraph | List | TermCallout>
  position?: import('unist').Position
}

declare module 'mdast' {
  interface TextData {
    /** The plan's text of the node's place, where the reader's value differs from it (`keepSourceText`). */
    source?: string
  }
  interface ParagraphData {
    /**
     * Set by the sentence split: the source paragraph had `sentences` sentences and this is number `index` (0-based),
     * starting at `start` in the user's file (when the paragraph had a position).
     */
    sentenceOf?: {sentences: number; index: number; start?: {line: number; column: number}}
    /** Set by the readability stage: this sentence's index in `file.data.sentences`. */
    sentence?: number
    /** The picture a writer chose in the workbench for the row this starts (a draft's picture mark). */
    chosenPicture?: string
  }
  interface ListData {
    chosenPicture?: string
  }
  interface RootContentMap {
    easyRow: EasyRow
    planBlock: PlanBlock
    termCallout: TermCallout
    termUse: TermUse
    termGloss: TermGloss
  }
  interface BlockContentMap {
    easyRow: EasyRow
    planBlock: PlanBlock
    termCallout: TermCallout
  }
  interface PhrasingContentMap {
    termUse: TermUse
    termGloss: TermGloss
  }
}

declare module 'vfile' {
  interface DataMap {
    /** The document's title: from the plan, the options, or the file name. */
    title: string
    /** Each sentence with its scores and verdict, in document order. */
    sentences: SentenceReport[]
    readability: ReadabilitySummary
    /** Every glossary term found, with where it was first used. */
    glossary: GlossaryUse[]
    /** The cover picture the layout stage chose from the title, if any. */
    coverPicture: RowPicture
    /** The Word document's page count (LibreOffice), when it was measured. */
    pages: {count: number; limit: number}
    /** A PDF plan: for each page, the document line before its first line (places show as "page 4, line 12"). */
    pdfPages: number[]
    /** Every change the simplify stage made (rule, before, after, place), in document order; absent when it did not run. */
    changes: Change[]
  }
}

export type {BlockContent}
