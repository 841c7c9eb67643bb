/**
 * The look of an easy-read document, declared once and read by both writers (the HTML page's CSS and the Word
 * styles), so that the page and the Word file look alike: the size of each heading against the body type, the
 * spacing around paragraphs and headings, the callout's edge, and the picture beside each row.
 * Sizes are multiples of the body size (em in CSS, the body's half points times the scale in Word).
 */
export const theme = {
  /** Heading size against the body, by Markdown depth: depth 1 is the title (the cover), depth 2 a section. */
  headingScale: {1: 2, 2: 1.6, 3: 1.3, 4: 1.1, 5: 1, 6: 1} as Record<1 | 2 | 3 | 4 | 5 | 6, number>,
  /** Line spacing of headings (the body's is an option, 1.5 by default). */
  headingLineSpacing: 1.2,
  /** Space before and after a heading, and after a paragraph, in body lines (em). */
  space: {headingBefore: 1.25, headingAfter: 0.5, paragraphAfter: 0.5},
  /** The edge of a term's callout box; its fill is an option (`colours.callout`). */
  calloutEdge: '8A6D00',
  /** The gap between a row's picture and its words, in cm. */
  pictureGap: 0.5,
  /** The page's margins, in cm, all round. */
  pageMargin: 2,
  /** The cover's picture against a row's picture. */
  coverPictureScale: 1.6
} as const

/** Page sizes in cm, portrait. */
export const pageSizesCm = {A4: {width: 21, height: 29.7}, Letter: {width: 21.59, height: 27.94}} as const

/**
 * The share of the text's width a row's picture takes (its column with the gap): the Word table's picture column,
 * and the HTML row's first grid column, so a picture is as big beside its words on the page as on paper.
 */
export function pictureShare(pictureWidth: number, pageSize: keyof typeof pageSizesCm = 'A4'): number {
  const text = pageSizesCm[pageSize].width - 2 * theme.pageMargin
  return (pictureWidth + theme.pictureGap) / text
}
