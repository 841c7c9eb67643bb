import path from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import type {Browser} from 'playwright-core'
import {axeViolations, launchBrowser, withPage} from '../helpers/browser.js'
import {runCli, temporaryFolder} from '../helpers/cli.js'
import {fullPlan} from '../helpers/paths.js'

let browser: Browser
let page: string

beforeAll(async () => {
  // Every sentence kept (--select off): these tests measure the layout of the whole plan, not what selection keeps.
  const folder = await temporaryFolder()
  const result = runCli(['build', fullPlan, '--out', folder, '--format', 'html', '--select', 'off', '--title', 'Lanarkshire Local Police Plan 2023-26'])
  expect(result.stderr).toBe('')
  expect(result.code).toBe(0)
  page = path.join(folder, '000_473ab78beabed092.html')
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** Each row with a picture: the picture's box and the words' box, in CSS pixels. */
interface RowBoxes {
  picture: {left: number; right: number; top: number; bottom: number}
  words: {left: number; right: number; top: number; bottom: number}
}

describe('the full plan’s easy-read page in Chromium', () => {
  test('axe-core finds no WCAG 2.2 A/AA or best-practice violations, at 1280 px and at 375 px', async () => {
    for (const width of [1280, 375]) {
      const violations = await withPage(browser, {file: page}, width, axeViolations)
      expect(violations).toEqual([])
    }
  })

  test('body text is at least 16 pt (21.33 px), in the chosen sans-serif font, never italic or justified', async () => {
    const styles = await withPage(browser, {file: page}, 1280, (tab) =>
      tab.$$eval('main p, main li', (elements) => elements.map((element) => {
        const style = getComputedStyle(element)
        return {size: parseFloat(style.fontSize), family: style.fontFamily, italic: style.fontStyle, align: style.textAlign, line: parseFloat(style.lineHeight) / parseFloat(style.fontSize)}
      }))
    )
    expect(styles.length).toBeGreaterThan(300)
    for (const style of styles) {
      expect(style.size).toBeGreaterThanOrEqual((16 * 96) / 72 - 0.01)
      expect(style.family).toMatch(/^"?Arial"?,.*sans-serif$/)
      expect(style.italic).toBe('normal')
      expect(style.align).toMatch(/^(left|start)$/)
      expect(style.line).toBeGreaterThanOrEqual(1.5 - 0.01)
    }
  })

  test('at 1280 px every picture sits left of its words; at 375 px above them, and nothing scrolls sideways', async () => {
    const measure = (width: number) =>
      withPage(browser, {file: page}, width, async (tab) => ({
        overflow: await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
        rows: await tab.$$eval('.row', (rows) => rows.flatMap((row) => {
          const picture = row.querySelector('.picture')
          const words = row.querySelector('.row-words')
          if (!picture || !words) return []
          const box = (element: Element) => {
            const rect = element.getBoundingClientRect()
            return {left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom}
          }
          return [{picture: box(picture), words: box(words)}]
        }))
      }))
    const wide = await measure(1280)
    expect(wide.overflow).toBe(0)
    expect(wide.rows.length).toBeGreaterThan(50)
    for (const row of wide.rows as RowBoxes[]) {
      expect(row.picture.right).toBeLessThanOrEqual(row.words.left)
      expect(row.picture.top).toBeLessThan(row.words.bottom)
      expect(row.picture.right - row.picture.left).toBeGreaterThan(80)
    }
    const narrow = await measure(375)
    expect(narrow.overflow).toBe(0)
    expect(narrow.rows.length).toBe(wide.rows.length)
    for (const row of narrow.rows as RowBoxes[]) {
      expect(row.picture.bottom).toBeLessThanOrEqual(row.words.top)
      expect(row.words.right).toBeLessThanOrEqual(375)
    }
  })

  test('every picture shows: each icon’s symbol is in the page and draws something', async () => {
    const drawn = await withPage(browser, {file: page}, 1280, (tab) =>
      tab.$$eval('svg.picture use', (uses) => uses.map((use) => {
        const id = (use.getAttribute('href') ?? '').slice(1)
        const symbol = document.getElementById(id)
        return {id, found: symbol?.tagName.toLowerCase() === 'symbol', shapes: symbol?.querySelectorAll('path, circle, ellipse, rect, polygon').length ?? 0, label: use.parentElement?.getAttribute('aria-label') ?? ''}
      }))
    )
    expect(drawn.length).toBeGreaterThan(50)
    for (const each of drawn) {
      expect(each.found).toBe(true)
      expect(each.shapes).toBeGreaterThan(0)
      expect(each.label.length).toBeGreaterThan(2)
    }
  })
})
