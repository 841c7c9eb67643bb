import {describe, expect, test} from 'vitest'
import {pageStyle} from '../../src/write/html/style.js'
import {documentStyles, pictureColumn, textWidth} from '../../src/write/docx/styles.js'
import {pictureShare, theme} from '../../src/write/theme.js'
import {defaultOptions} from '../../src/options.js'
import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {build} from '../../src/index.js'
import {temporaryFolder} from '../helpers/cli.js'

describe('one theme for the HTML page and the Word document', () => {
  const css = pageStyle(defaultOptions)
  const styles = documentStyles(defaultOptions)
  const wordSize = (id: string) => (styles.paragraphStyles ?? []).find((style) => style.id === id)?.run?.size as number

  test('each heading has the same size against the body in both', () => {
    const body = defaultOptions.fontSize * 2
    // Markdown's level 2 is the HTML h2 and Word's Heading 1 (the title is on the cover).
    for (const [depth, wordId] of [[2, 'Heading1'], [3, 'Heading2'], [4, 'Heading3']] as const) {
      const scale = theme.headingScale[depth]
      expect(css).toContain(`h${depth} { font-size: ${scale}rem; }`)
      expect(wordSize(wordId) / body).toBeCloseTo(scale, 1)
    }
    expect(theme.headingScale[2]).toBe(1.6)
  })

  test('a row’s picture takes the same share of the text’s width in both', () => {
    const share = pictureColumn(defaultOptions.pictureWidth) / textWidth('A4')
    expect(share).toBeCloseTo(pictureShare(defaultOptions.pictureWidth), 3)
    expect(css).toContain(`grid-template-columns: ${(pictureShare(defaultOptions.pictureWidth) * 100).toFixed(2)}% minmax(0, 1fr)`)
    // 3.5 cm and the gap of 0.5 cm: 2268 twips of 9638.
    expect(pictureColumn(3.5)).toBe(2268)
    expect(pictureColumn(5)).toBeGreaterThan(pictureColumn(3.5))
  })

  test('the callout’s edge colour is the theme’s in both', () => {
    expect(css).toContain(`--callout-edge: #${theme.calloutEdge}`)
    expect(JSON.stringify(styles)).toContain(theme.calloutEdge)
  })
})

test('the HTML cover says the title and “Easy read version”, beside its picture', async () => {
  const plan = path.join(await temporaryFolder(), 'plan.md')
  await writeFile(plan, '# Riverside police plan\n\nWe will keep you safe.\n')
  const html = String((await build(plan, {formats: ['html']})).outputs.html)
  expect(html).toMatch(/<header class="cover"><div class="cover-picture"><svg class="picture"[^>]*aria-label="[^"]+"[\s\S]*?<h1>Riverside police plan<\/h1><div class="cover-note">Easy read version<\/div><\/div><\/header>/)
})
