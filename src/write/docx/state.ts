import type {ImageRun, IRunOptions, ParagraphChild, Paragraph, Table} from 'docx'
import type {Nodes} from 'mdast'
import type {VFile} from 'vfile'
import type {RenderedPicture} from './pictures.js'

/** What Word content a block handler gives. */
export type Block = Paragraph | Table

/** The shared state of one Word conversion, passed to every handler (as mdast-util-to-hast does). */
export interface DocxState {
  file: VFile
  /** Formatting that inline handlers pass down to the runs inside them (bold inside a term, a link's style). */
  run: IRunOptions
  /** Which list we are inside, for numbering and nesting. */
  list: {reference: string; instance: number; level: number} | undefined
  /** The next numbering instance: each list restarts its count. */
  nextInstance: number
  /** Callout boxes written so far: see the callout handler. */
  callouts: number
  /** The last top-level numbered list: a list that starts at its next number carries on its count (as the source does). */
  lastOrdered: {instance: number; count: number} | undefined
  /** A row's picture width in cm (the picture column narrows the words' column to match). */
  pictureWidth: number
  /** Rendered pictures (PNG at twice the size shown), by icon or file, so a picture used twice is rendered once. */
  pictures: Map<string, RenderedPicture>
  /** Each picture's run, by picture, size and alt text, so a picture used twice is hashed and held once (see `pictureRun`). */
  placements: Map<string, ImageRun>
  /** Each picture's bytes by the stand-in docx was given for them (see `pictureRun`). */
  pictureBytes: Map<string, Uint8Array>
  blocks: (node: Nodes) => Block[]
  /** A container's blocks, with each run of rows in one borderless two-column table. */
  children: (nodes: readonly Nodes[]) => Block[]
  inline: (node: Nodes) => ParagraphChild[]
}

export type BlockHandler<Node> = (state: DocxState, node: Node) => Block[]
export type InlineHandler<Node> = (state: DocxState, node: Node) => ParagraphChild[]
