import {defaultOptions, type Options} from '../../options.js'
import {pictureShare, theme} from '../theme.js'

/** A sans-serif stack after the chosen font, so the page stays plain where that font is missing. */
const fallbackFonts = '"Helvetica Neue", Helvetica, "Liberation Sans", Arimo, sans-serif'

/** Below this width a row stacks: the picture above its words (40em is 640 px at the browser's default size). */
const stackBelow = '40em'

/**
 * The page's CSS: large plain type (the body size in points, as browsers take `pt`), line spacing 1.5 or more,
 * left aligned, bold the only emphasis, callouts as framed boxes, plenty of white space. Each row is a CSS grid:
 * a fixed picture column on the left and the words on the right; on a narrow screen the picture goes above.
 */
export function pageStyle(options: Pick<Options, 'font' | 'fontSize' | 'lineSpacing'> & Partial<Pick<Options, 'colours' | 'pageSize' | 'pictureWidth'>>): string {
  const colours = options.colours ?? defaultOptions.colours
  const page = options.pageSize === 'Letter' ? 'letter' : 'A4'
  // The row's picture column takes the share of the width it takes in Word (picture and gap), the picture the rest.
  const pictureWidth = options.pictureWidth ?? defaultOptions.pictureWidth
  const column = percent(pictureShare(pictureWidth, options.pageSize))
  const picture = percent(pictureWidth / (pictureWidth + theme.pictureGap))
  const scale = theme.headingScale
  const space = theme.space
  return `
:root { color-scheme: light; --ink: #${colours.text}; --paper: #${colours.background}; --accent: #${colours.heading}; --callout: #${colours.callout}; --callout-edge: #${theme.calloutEdge}; --picture: 5.5rem; }
* { box-sizing: border-box; }
html { font-family: "${options.font}", ${fallbackFonts}; font-size: ${options.fontSize}pt; line-height: ${options.lineSpacing}; color: var(--ink); background: var(--paper); }
body { margin: 0; padding: 1.5rem 1rem 3rem; }
main, footer { max-width: 48rem; margin: 0 auto; }
p, li, th, td { text-align: left; margin: 0 0 ${space.paragraphAfter}rem; hyphens: none; overflow-wrap: break-word; word-break: normal; }
em, i, cite, dfn, var, address { font-style: normal; }
u, ins { text-decoration: none; }
strong, b, .term { font-weight: 700; }
h1, h2, h3, h4, h5, h6 { line-height: ${theme.headingLineSpacing}; margin: ${space.headingBefore}rem 0 ${space.headingAfter}rem; color: var(--accent); }
h1 { font-size: ${scale[1]}rem; margin: 0; }
h2 { font-size: ${scale[2]}rem; }
h3 { font-size: ${scale[3]}rem; }
h4 { font-size: ${scale[4]}rem; }
h5 { font-size: ${scale[5]}rem; }
h6 { font-size: ${scale[6]}rem; }
.cover-note { font-size: 1.3rem; font-weight: 700; margin: 0.5rem 0 0; }
a { color: var(--accent); text-decoration: underline; text-underline-offset: 0.15em; overflow-wrap: anywhere; }
a:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--ink); outline-offset: 2px; }
ul, ol { padding-left: 1.5em; margin: 0 0 0.75em; }
.sprite { position: absolute; width: 0; height: 0; overflow: hidden; }
.cover { display: grid; grid-template-columns: ${percent(pictureShare(pictureWidth * theme.coverPictureScale, options.pageSize))} minmax(0, 1fr); align-items: center; margin: 0.5rem 0 2rem; }
.row { display: grid; grid-template-columns: ${column} minmax(0, 1fr); align-items: start; margin: 0 0 1.25rem; }
.picture { display: block; width: ${picture}; height: auto; aspect-ratio: 1; object-fit: contain; }
.row-words { min-width: 0; }
.row-words > :last-child, .row-words > :last-child > :last-child { margin-bottom: 0; }
.plan-block { margin: 1em 0 1.25em; }
.plan-label { margin-bottom: 0.5em; color: var(--accent); }
.callout { background: var(--callout); color: var(--ink); border: 3px solid var(--callout-edge); border-radius: 0.4rem; padding: 0.6em 0.9em; margin: 0.25em 0 0.75em; }
.callout p { margin: 0; }
.gloss { font-weight: 400; }
table { border-collapse: collapse; margin: 0 0 1em; display: block; max-width: 100%; overflow-x: auto; }
th, td { border: 1px solid #555; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
footer { margin-top: 3rem; border-top: 2px solid #999; padding-top: 1rem; font-size: 0.8rem; }
@media (max-width: ${stackBelow}) {
  body { padding: 1rem 0.75rem 2rem; }
  .row, .cover { grid-template-columns: minmax(0, 1fr); row-gap: 0.4rem; }
  .row--no-picture .row-picture { display: none; }
  .picture { width: var(--picture); }
}
@media print {
  @page { size: ${page}; margin: 2cm; }
  .row, .callout { break-inside: avoid; }
  h1, h2, h3, .plan-label { break-after: avoid; }
}
`.trim()
}

function percent(share: number): string {
  return `${(share * 100).toFixed(2)}%`
}
