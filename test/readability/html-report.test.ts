import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import type {Browser} from 'playwright-core'
import {runCli, temporaryFolder} from '../helpers/cli.js'
import {easyReadPlan, fullPlan} from '../helpers/paths.js'
import {axeViolations, launchBrowser, withPage} from '../helpers/browser.js'
import {elements, hasClass, parsePage, textOf} from '../helpers/html.js'

let browser: Browser
let report: string
let html: string

beforeAll(async () => {
  const folder = await temporaryFolder('easyread-report-')
  report = path.join(folder, 'report.html')
  const result = runCli(['check', easyReadPlan, fullPlan, '--format', 'html', '--out', report])
  expect(result.code).toBe(1)
  html = await readFile(report, 'utf8')
  browser = await launchBrowser()
}, 60_000)

afterAll(async () => {
  await browser?.close()
})

describe('the HTML report (easyread check --format html)', () => {
  test('every sentence is marked with an icon and a word, not colour alone', () => {
    const tree = parsePage(html)
    const sentences = elements(tree, (element) => hasClass(element, 'sentence'))
    // Every sentence `easyread check` scores: 137 in the easy-read plan and 367 in the full one, with the heading-like
    // lines ("Outcome") not scored (README's calibration table, asserted in calibration.test.ts).
    expect(sentences).toHaveLength(137 + 367)
    for (const sentence of sentences) {
      const verdict = ['pass', 'warn', 'fail'].find((name) => hasClass(sentence, name))!
      const mark = elements({type: 'root', children: [sentence]}, (element) => hasClass(element, 'mark'))[0]!
      expect(textOf(mark)).toBe({pass: '✔ Pass', warn: '⚠ Warn', fail: '✖ Fail'}[verdict])
    }
  })

  test('it passes axe (WCAG 2.2 A and AA, best practices) at desktop and phone widths', async () => {
    for (const width of [1280, 375]) {
      const violations = await withPage(browser, {file: report}, width, (page) => axeViolations(page))
      expect(violations).toEqual([])
    }
  }, 60_000)

  test('focusing a sentence with the keyboard shows its scores and the rules that decided it', async () => {
    await withPage(browser, {file: report}, 1280, async (page) => {
      const failing = page.locator('.sentence.fail').first()
      const details = failing.locator('.details')
      expect(await details.isVisible()).toBe(false)
      await failing.locator('p').first().focus()
      expect(await details.isVisible()).toBe(true)
      const text = await details.innerText()
      expect(text).toMatch(/Fail \((sentence-length|one-idea|reading-age|explain-acronyms)\)/)
      expect(text).toContain('Flesch-Kincaid grade')
      expect(text).toContain('Spache')
      // The sentence is described by its details, for screen readers.
      const described = await failing.locator('p').first().getAttribute('aria-describedby')
      expect(described).toBe(await details.getAttribute('id'))
      // Hover shows them too.
      const other = page.locator('.sentence.warn').first()
      await other.hover()
      expect(await other.locator('.details').isVisible()).toBe(true)
    })
  }, 60_000)

  test('the summary and the five hardest sentences link to the marked sentences', () => {
    const tree = parsePage(html)
    const links = elements(tree, (element) => element.tagName === 'a')
    expect(links).toHaveLength(10)
    const ids = new Set(elements(tree, (element) => hasClass(element, 'sentence')).map((element) => String(element.properties.id)))
    for (const link of links) expect(ids.has(String(link.properties.href).slice(1))).toBe(true)
  })
})
