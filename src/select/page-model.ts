import type {Nodes, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {pageMargin, pageSizes, pictureColumn, pictureDisplayPixels} from '../write/docx/page-geometry.js'
import {theme} from '../write/theme.js'
import type {FontSize, PageSize} from '../options.js'
import {blockText} from './units.js'

/** The type settings the page model needs (the build's options). */
export interface TypeSettings {
  fontSize: FontSize
  lineSpacing: number
  pageSize: PageSize
  /** The width of a row's picture in cm. Default: the Word writer's (3.5). */
  pictureWidth?: number
}

/**
 * How many real pages (LibreOffice's count of our Word file) one page of the model's raw estimate of the plan's body
 * makes: the rows never split across a page (the space left at a page's foot is lost), and the font's real widths.
 * The cover and the contents page are whole pages of their own (`fixedPages`), outside this factor.
 * Measured on 2026-12-01 by building each plan at the default type settings, counting its Word file with LibreOffice
 * (`countPagesInto`, as `--page-count` does), taking away the cover and the contents page and dividing by the raw
 * estimate of the rest: with the factor at 1.15, the seed plan 1.15 at 24 pages (24 real: at the edge) and 1.06 at
 * `--pages 40`, the riverside sample 1.02 to 1.05, the council sample 1.05 to 1.06; at 1.2 (taken: the largest with a
 * little room, as more kept makes more of the rows' lost page feet) the seed builds to 22 pages and 35 with
 * `--pages 40`, the samples to 21 and 22. `npm run eval` prints real / estimate for the seed and both sample plans;
 * measure again when the Word writer's layout changes (bigger pictures): test/select/budget.test.ts fails when
 * LibreOffice counts more pages than the budget, or fewer than the budget less 4.
 */
export const pagesPerEstimatedPage = 1.2

/** Twips (1/20 pt) per point. */
const twips = 20
/** Arial's mean character width, as a share of the type size (mixed-case English text, spaces included). */
const characterWidth = 0.5
/** Word's "auto" line height for Arial, as a multiple of the type size. */
const fontLine = 1.15

/** The heights (twips) of the things a page holds, at these type settings. */
export function pageModel(settings: TypeSettings) {
  const page = pageSizes[settings.pageSize]
  const bodyHeight = page.height - 2 * pageMargin - 700 // the footer with the page number
  const textWidth = page.width - 2 * pageMargin
  const wordsWidth = textWidth - pictureColumn(settings.pictureWidth)
  const line = settings.fontSize * fontLine * settings.lineSpacing * twips
  const lines = (text: string, width: number, size: number = settings.fontSize) => wrappedLines(text, Math.floor(width / (size * characterWidth * twips)))
  const paragraph = (text: string, width = wordsWidth) => lines(text, width) * line + 160
  const picture = pictureDisplayPixels(settings.pictureWidth) * 15 // 15 twips to a pixel at 96 to the inch
  return {
    bodyHeight,
    /** One row: a picture beside its words, with the cell's margins. */
    row: (wordsHeight: number) => Math.max(picture, wordsHeight) + 260,
    paragraph,
    /** A list's items, indented. */
    list: (items: readonly string[]) => items.reduce((sum, item) => sum + lines(item, wordsWidth - 720) * line, 0),
    /** A term's box: bordered, shaded, with space above and below. */
    box: (text: string) => lines(text, wordsWidth - 500) * line + 120 + 240 + 200,
    heading: (depth: number, text: string) => {
      const size = settings.fontSize * (theme.headingScale[depth as 1 | 2 | 3 | 4 | 5 | 6] ?? 1)
      return lines(text, textWidth, size) * size * fontLine * twips + 360 + 160
    },
    /** A plan block's label ("What we will do"), across the page. */
    label: (text: string) => lines(text, textWidth) * line + 240 + 80
  }
}

export type PageModel = ReturnType<typeof pageModel>

/** Lines a text takes when wrapped at `perLine` characters, word by word. */
function wrappedLines(text: string, perLine: number): number {
  let lines = 1
  let used = 0
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const length = word.length + (used > 0 ? 1 : 0)
    if (used + length > perLine && used > 0) {
      lines++
      used = word.length
    } else used += length
  }
  return lines
}

/** Twips of the plan's body → real pages, calibrated (the cover and the contents page apart: see `fixedPages`). */
export function toPages(height: number, model: PageModel): number {
  return (height / model.bodyHeight) * pagesPerEstimatedPage
}

/** A document of more pages than this gets a contents page (easy-read guides ask for one in longer documents). */
export const contentsAbove = 8

/**
 * The whole pages the Word document has besides its body: the cover, and the contents page when the body is
 * estimated at more than `contentsAbove` pages and has at least 2 sections (see write/docx/contents.ts).
 */
export function fixedPages(bodyPages: number, sections: number): number {
  return 1 + (hasContentsPage(bodyPages, sections) ? 1 : 0)
}

export function hasContentsPage(bodyPages: number, sections: number): boolean {
  return sections >= 2 && bodyPages > contentsAbove
}

/** The real pages (after the cover and the contents page) a run of blocks fills at these type settings. */
export function estimateBodyPages(nodes: readonly RootContent[], settings: TypeSettings): number {
  const model = pageModel(settings)
  return toPages(blocksHeight(nodes, model), model)
}

/** The height (twips) of a run of blocks as the Word writer lays them out: headings across, rows of a picture and words. */
export function blocksHeight(nodes: readonly RootContent[], model: PageModel): number {
  let height = 0
  let previous: RootContent | undefined
  for (const node of nodes) {
    height += blockHeight(node, previous, model)
    previous = node
  }
  return height
}

function blockHeight(node: RootContent, previous: RootContent | undefined, model: PageModel): number {
  switch (node.type) {
    case 'heading':
      return node.depth === 1 ? 0 : model.heading(node.depth, toString(node))
    case 'planBlock':
      return model.label(node.label) + blocksHeight(node.children, model)
    case 'easyRow':
      return model.row(node.children.reduce((sum, child) => sum + wordsHeight(child, model), 0))
    case 'paragraph':
      return model.row(wordsHeight(node, model))
    case 'list':
      // A list after its lead-in shares the lead-in's row.
      return previous?.type === 'paragraph' && /:\s*$/.test(toString(previous)) ? wordsHeight(node, model) : model.row(wordsHeight(node, model))
    case 'termCallout':
      return wordsHeight(node, model)
    default:
      return 'children' in node ? blocksHeight(node.children as RootContent[], model) : model.paragraph(toString(node))
  }
}

/** The height of a row's words: a sentence, a list, a box. */
export function wordsHeight(node: Nodes, model: PageModel): number {
  if (node.type === 'list') return model.list(node.children.map(blockText))
  if (node.type === 'termCallout') return model.box(`${node.term} ${node.means}`)
  return model.paragraph(blockText(node))
}
