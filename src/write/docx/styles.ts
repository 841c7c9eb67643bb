import {AlignmentType, BorderStyle, LevelFormat, LineRuleType, ShadingType, type INumberingOptions, type IStylesOptions} from 'docx'
import {defaultOptions, type Options} from '../../options.js'
import {theme} from '../theme.js'

export {pageMargin, pageSizes, pictureColumn, pictureDisplayPixels, pictureRenderScale, textWidth, twipsPerCm} from './page-geometry.js'

export type DocxStyleOptions = Pick<Options, 'font' | 'fontSize' | 'lineSpacing'> & Partial<Pick<Options, 'colours' | 'pageSize' | 'pictureWidth'>>

/** Word measures line spacing in 240ths of a line and type size in half points. */
const halfPoints = (points: number) => Math.round(points * 2)
/**
 * Line spacing as a multiple of the line. The rule is written out: without it LibreOffice takes the value as an
 * exact height in twips (1.5 became a fixed 18 pt, and a two-line title overlapped itself).
 */
const lineSpacing = (multiple: number) => ({line: Math.round(multiple * 240), lineRule: LineRuleType.AUTO})


/** The ids of our paragraph styles, shared by the handlers. */
export const styleIds = {callout: 'Callout', planLabel: 'PlanLabel', title: 'Title', subtitle: 'Subtitle', picture: 'Picture', colophon: 'Colophon'} as const

export const numberingReferences = {bullet: 'easyread-bullet', ordered: 'easyread-ordered'} as const

/**
 * Every style the document uses, declared once: plain sans-serif body type at the chosen size with 1.5 line
 * spacing, left aligned; our own heading styles (dark, bold, large; not docx's small blue defaults) with the
 * outline levels Word's navigation pane reads; a shaded, bordered style for term callouts.
 */
export function documentStyles(options: DocxStyleOptions): IStylesOptions {
  const size = halfPoints(options.fontSize)
  const palette = options.colours ?? defaultOptions.colours
  // Space in twips: a body line (the type size in points, 20 twips a point) times the theme's share.
  const lines = (share: number) => Math.round(share * options.fontSize * 20)
  const heading = (id: string, name: string, depth: keyof typeof theme.headingScale, level: number) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: {font: options.font, size: Math.round(size * theme.headingScale[depth]), bold: true, color: palette.heading},
    paragraph: {spacing: {before: lines(theme.space.headingBefore), after: lines(theme.space.headingAfter), ...lineSpacing(theme.headingLineSpacing)}, keepNext: true, keepLines: true, outlineLevel: level}
  })
  const edge = {style: BorderStyle.SINGLE, size: 18, color: theme.calloutEdge, space: 6}
  return {
    default: {
      document: {
        run: {font: options.font, size, color: palette.text, language: {value: 'en-GB'}},
        paragraph: {spacing: {...lineSpacing(options.lineSpacing), after: lines(theme.space.paragraphAfter)}, alignment: AlignmentType.LEFT}
      }
    },
    paragraphStyles: [
      {...heading(styleIds.title, 'Title', 1, 0), paragraph: {spacing: {before: 480, after: 480, ...lineSpacing(theme.headingLineSpacing)}, keepNext: true}},
      {id: styleIds.subtitle, name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: {size: Math.round(size * 1.3), bold: true}},
      {id: styleIds.picture, name: 'Row picture', basedOn: 'Normal', next: 'Normal', quickFormat: true, paragraph: {spacing: {before: 0, after: 0, ...lineSpacing(1)}, keepLines: true}},
      // docx's default Caption style is italic; easy read never uses italics, so ours replaces it.
      {id: 'Caption', name: 'caption', basedOn: 'Normal', next: 'Normal', run: {italics: false, bold: true}, paragraph: {spacing: {after: 200}}},
      {id: styleIds.colophon, name: 'Colophon', basedOn: 'Normal', next: 'Normal', quickFormat: true, paragraph: {keepLines: true}},
      // Markdown's level 2 (a section) is Word's Heading 1: the title is on the cover.
      heading('Heading1', 'Heading 1', 2, 0),
      heading('Heading2', 'Heading 2', 3, 1),
      heading('Heading3', 'Heading 3', 4, 2),
      heading('Heading4', 'Heading 4', 5, 3),
      heading('Heading5', 'Heading 5', 6, 4),
      heading('Heading6', 'Heading 6', 6, 5),
      {
        id: styleIds.callout,
        name: 'Term callout',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        paragraph: {
          border: {top: edge, bottom: edge, left: edge, right: edge},
          shading: {type: ShadingType.CLEAR, fill: palette.callout, color: 'auto'},
          indent: {left: 170, right: 170},
          spacing: {before: 120, after: 240},
          keepLines: true
        }
      },
      {id: styleIds.planLabel, name: 'Plan block label', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: {bold: true}, paragraph: {keepNext: true, spacing: {before: 240, after: 80}}}
    ]
  }
}

/** A bulleted and a numbered list; each list in the plan gets its own numbering instance, so numbers restart. */
export function documentNumbering(): INumberingOptions {
  const levels = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (level: number) => string) =>
    Array.from({length: 6}, (_, level) => ({
      level,
      format,
      text: text(level),
      alignment: AlignmentType.LEFT,
      style: {paragraph: {indent: {left: 720 * (level + 1), hanging: 360}}}
    }))
  return {
    config: [
      {reference: numberingReferences.bullet, levels: levels(LevelFormat.BULLET, (level) => (level % 2 === 0 ? '•' : '◦'))},
      {reference: numberingReferences.ordered, levels: levels(LevelFormat.DECIMAL, (level) => `%${level + 1}.`)}
    ]
  }
}
