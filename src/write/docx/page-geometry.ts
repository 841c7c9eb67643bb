import {defaultOptions} from '../../options.js'
import {pageSizesCm, theme} from '../theme.js'

// The Word page's measures, apart from the styles so that the select stage's page model (and so `check`) can use
// them without loading the docx library.

/** Twips (twentieths of a point) in a centimetre. */
export const twipsPerCm = 1440 / 2.54
const twips = (cm: number) => Math.round(cm * twipsPerCm)

/** Page sizes in twips, portrait. */
export const pageSizes = {A4: {width: 11906, height: 16838}, Letter: {width: 12240, height: 15840}} as const
/** The theme's margins all round (2 cm). */
export const pageMargin = twips(theme.pageMargin)

/**
 * The row table's picture column (twips: the picture and the gap after it) and the picture's printed size (pixels
 * at 96 to the inch, as docx takes them), for a picture `width` cm wide (default 3.5: 132 pixels).
 */
export function pictureColumn(width: number = defaultOptions.pictureWidth): number {
  return twips(width + theme.pictureGap)
}
export function pictureDisplayPixels(width: number = defaultOptions.pictureWidth): number {
  return Math.round((width / 2.54) * 96)
}
/**
 * Pictures are rendered at twice the size a row shows them (264 pixels for a 3.5 cm picture, where 300 were
 * rendered before whatever the width): sharp on a high-density screen and at Word's 200% zoom, and printed at
 * 192 dots to the inch, which flat emoji drawings need no more than (the cover's larger copy prints at 120).
 */
export const pictureRenderScale = 2

/** The width of the text on the page, in twips. */
export function textWidth(pageSize: keyof typeof pageSizesCm = 'A4'): number {
  return pageSizes[pageSize].width - 2 * pageMargin
}
