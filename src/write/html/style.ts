import type {Options} from '../../options.js'

/** A sans-serif stack after the chosen font, so the page stays plain where that font is missing. */
const fallbackFonts = '"Helvetica Neue", Helvetica, "Liberation Sans", Arimo, sans-serif'

/**
 * The page's CSS: large plain type (the body size in points, as browsers take `pt`), line spacing 1.5 or more,
 * left aligned, bold the only emphasis, callouts as framed boxes, plenty of white space.
 */
export function pageStyle(options: Pick<Options, 'font' | 'fontSize' | 'lineSpacing'>): string {
  return `
:root { color-scheme: light; --ink: #1a1a1a; --paper: #ffffff; --accent: #0b4f8a; --callout: #fff4cc; --callout-edge: #8a6d00; }
* { box-sizing: border-box; }
html { font-family: "${options.font}", ${fallbackFonts}; font-size: ${options.fontSize}pt; line-height: ${options.lineSpacing}; color: var(--ink); background: var(--paper); }
body { margin: 0; padding: 1.5rem 1rem 3rem; }
main, footer { max-width: 46rem; margin: 0 auto; }
p, li { text-align: left; margin: 0 0 0.75em; hyphens: none; overflow-wrap: normal; word-break: normal; }
em, i, cite, dfn, var, address { font-style: normal; }
u, ins { text-decoration: none; }
strong, b, .term { font-weight: 700; }
h1, h2, h3, h4, h5, h6 { line-height: 1.3; margin: 1.5em 0 0.6em; color: var(--accent); }
h1 { font-size: 1.75rem; margin-top: 0.5em; }
h2 { font-size: 1.45rem; }
h3 { font-size: 1.2rem; }
h4, h5, h6 { font-size: 1rem; }
a { color: var(--accent); text-decoration: underline; text-underline-offset: 0.15em; }
a:focus-visible, [tabindex]:focus-visible { outline: 3px solid #000; outline-offset: 2px; }
ul, ol { padding-left: 1.5em; margin: 0 0 1em; }
.plan-block { margin: 1em 0 1.25em; }
.plan-label { margin-bottom: 0.25em; }
.callout { background: var(--callout); border: 3px solid var(--callout-edge); border-radius: 0.4rem; padding: 0.6em 0.9em; margin: 0 0 1em; }
.callout p { margin: 0; }
.gloss { font-weight: 400; }
table { border-collapse: collapse; margin: 0 0 1em; }
th, td { border: 1px solid #555; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
footer { margin-top: 3rem; border-top: 2px solid #999; padding-top: 1rem; font-size: 0.8rem; }
`.trim()
}
