import {existsSync} from 'node:fs'
import {copyFile, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import JSZip from 'jszip'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import type {Browser, Page} from 'playwright-core'
import {axeViolations, launchBrowser} from '../helpers/browser.js'
import {temporaryFolder} from '../helpers/cli.js'
import {fullPlan} from '../helpers/paths.js'
import {startWorkbench} from '../../src/server/index.js'

/**
 * The seed plan copied into a fresh folder and opened in the workbench with every sentence kept (`select: false`):
 * these tests are about the editor on a long draft, not what the select stage leaves out (its left-out comments
 * would fill the first screens of the draft and take out sentences the tests edit).
 */
async function openPlan() {
  const folder = await temporaryFolder('easyread-workbench-')
  const plan = path.join(folder, 'plan.txt')
  await copyFile(fullPlan, plan)
  return {...(await startWorkbench(plan, {select: false}, {})), folder, plan}
}

let opened: Awaited<ReturnType<typeof openPlan>>
let browser: Browser
let page: Page
/** The line typed into: the row the picture is chosen for. */
let target = 0
const foreign: string[] = []

/** Press a button or control from the keyboard alone: focus it, then Enter. */
async function press(selector: string): Promise<void> {
  await page.locator(selector).first().focus()
  await page.keyboard.press('Enter')
}

/** The page's editor, as the page gives it to tests (CodeMirror's EditorView, typed only as far as used here). */
interface View {
  state: {doc: {toString: () => string; lineAt: (pos: number) => {number: number}; line: (n: number) => {from: number}}; selection: {main: {head: number}}}
  domAtPos: (pos: number) => {node: Node}
}
declare const easyreadWorkbench: {view: View}

/** The draft as the editor holds it now. */
const editorText = () => page.evaluate(() => easyreadWorkbench.view.state.doc.toString())

/** The line the cursor is on. */
const cursorLine = () => page.evaluate(() => easyreadWorkbench.view.state.doc.lineAt(easyreadWorkbench.view.state.selection.main.head).number)

/** The verdict mark of a line of the draft (the line must be in view: the cursor's line is). */
const verdictOf = (line: number) => page.evaluate((number) => {
  const {view} = easyreadWorkbench
  const node = view.domAtPos(view.state.doc.line(number).from).node
  return (node instanceof Element ? node : node.parentElement)?.closest('.cm-line')?.getAttribute('data-verdict')
}, line)

beforeAll(async () => {
  opened = await openPlan()
  browser = await launchBrowser()
  const context = await browser.newContext({viewport: {width: 1500, height: 950}})
  // Nothing may come from the network: every request the page makes is to the workbench itself.
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url())
    if (url.host === `127.0.0.1:${opened.server.port}` || url.protocol === 'data:') return route.continue()
    foreign.push(route.request().url())
    return route.abort()
  })
  page = await context.newPage()
  await page.goto(opened.server.url)
  await page.waitForSelector('body[data-ready="true"]', {timeout: 120_000})
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await opened?.server.close()
})

describe('the workbench on the seed plan, in Chromium', () => {
  test('the page shows the draft one sentence a line, each marked fail, warn or pass, with its reasons', async () => {
    const counts = await page.evaluate(() => Object.fromEntries(['fail', 'warn', 'pass'].map((kind) => [kind, document.querySelectorAll(`.cm-line[data-verdict="${kind}"]`).length])))
    expect(counts.fail).toBeGreaterThan(0)
    expect(counts.pass).toBeGreaterThan(0)
    const failing = page.locator('.cm-line[data-verdict="fail"]').first()
    expect(await failing.getAttribute('title')).toMatch(/^fails: /)
    expect(await page.locator('.cm-finding').count()).toBeGreaterThan(0)
    expect(await page.locator('#problems li button').count()).toBeGreaterThan(0)
  })

  test('axe-core finds no violations on the page, and the page asked nothing of the network', async () => {
    expect(await axeViolations(page)).toEqual([])
    expect(foreign).toEqual([])
  })

  // The changes panel's own axe check is in changes.test.ts, on a draft with all three kinds of change (and a page small enough for axe).
  test('axe-core finds no violations with the glossary and pictures panels open', async () => {
    for (const panel of ['glossary', 'pictures', 'problems']) {
      await press(`.tab[aria-controls="${panel}-panel"]`)
      expect(await page.locator(`#${panel}-panel`).isVisible()).toBe(true)
      if (panel !== 'problems') expect(await axeViolations(page), panel).toEqual([])
    }
  }, 300_000)

  test('the keyboard alone reaches every control: Tab walks from the top through the bar, the editor and the panels', async () => {
    await page.locator('#save').focus()
    const reached: string[] = []
    for (let step = 0; step < 16; step++) {
      reached.push(await page.evaluate(() => {
        const here = document.activeElement as HTMLElement
        return here.id || here.getAttribute('aria-controls') || here.className
      }))
      await page.keyboard.press('Tab')
    }
    for (const control of ['save', 'export', 'count-pages', 'problems-panel', 'changes-panel', 'glossary-panel', 'pictures-panel']) expect(reached, control).toContain(control)
    expect(reached.some((name) => name.includes('cm-content'))).toBe(true)
    // Every control of the page is a native button or input (keyboard operable as it is), none a clickable div or span.
    expect(await page.evaluate(() => document.querySelectorAll('[onclick], [role="button"], div[tabindex="-1"][aria-label], button[tabindex="-1"], input[tabindex="-1"]').length)).toBe(0)
  })

  test('F8 walks to the next problem, and typing a failing sentence until it passes changes its mark', async () => {
    await page.locator('.cm-content').focus()
    await page.keyboard.press('Control+Home')
    await page.keyboard.press('F8')
    const line = await cursorLine()
    expect(line).toBeGreaterThan(1)
    expect(await verdictOf(line)).toMatch(/fail|warn/)
    // F8 stops at warnings too: walk on to the first failing sentence.
    while ((await verdictOf(await cursorLine())) !== 'fail') await page.keyboard.press('F8')
    const failing = await cursorLine()
    // Ctrl+L selects the whole line with its line break (Shift+End would stop at the end of a wrapped line's first row).
    await page.keyboard.press('Control+l')
    await page.keyboard.type('We want to keep you safe.', {delay: 20})
    await page.keyboard.press('Enter')
    await page.keyboard.press('ArrowUp')
    await page.waitForFunction((number) => {
      const {view} = easyreadWorkbench
      const node = view.domAtPos(view.state.doc.line(number).from).node
      return (node instanceof Element ? node : node.parentElement)?.closest('.cm-line')?.getAttribute('data-verdict') === 'pass'
    }, failing, {timeout: 30_000})
    expect((await editorText()).split('\n')[failing - 1]).toBe('We want to keep you safe.')
    target = failing
  })

  test('a change can be undone and taken again, from the changes panel', async () => {
    await press('.tab[aria-controls="changes-panel"]')
    await page.waitForSelector('body[data-changes="tracked"]')
    const first = page.locator('#changes li.change-made[data-state="made"]:has(button:text-is("Undo"))').first()
    await first.waitFor()
    const key = (await first.getAttribute('data-key'))!
    const entry = page.locator(`#changes li[data-key="${key}"]`)
    const before = (await first.locator('p').nth(0).textContent())!.replace(/^Before: /, '')
    const after = (await first.locator('p').nth(1).textContent())!.replace(/^After: /, '')
    expect(before).not.toBe(after)
    const text = await editorText()
    await first.locator('button:text-is("Undo")').focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => entry.getAttribute('data-state'), {timeout: 15_000}).toBe('undone')
    expect((await editorText()).replace(/\s+/g, ' ')).toContain(before.replace(/\s+/g, ' '))
    await entry.locator('button:text-is("Take")').focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => entry.getAttribute('data-state'), {timeout: 15_000}).toBe('made')
    expect((await editorText()).replace(/\s+/g, ' ').replace(/\*\*/g, '')).toContain(after.replace(/\s+/g, ' ').replace(/\*\*/g, ''))
    // Undone and taken again, the draft is as it was (the words around the change untouched).
    expect(await editorText()).toBe(text)
  })

  test('an explanation edited in the glossary panel is saved to the writer’s glossary file and judged', async () => {
    await press('.tab[aria-controls="glossary-panel"]')
    // "wellbeing": a term the build explains in a box (not an everyday term, nor one the plan explains itself), so that the export shows the edit.
    const item = page.locator('#glossary li.term').filter({has: page.locator('h3', {hasText: /^wellbeing$/})})
    const box = item.locator('textarea')
    await box.focus()
    await page.keyboard.press('Control+A')
    await page.keyboard.type('A plan says what the police will do in your area.')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await item.locator('.said').filter({hasText: 'Saved to'}).waitFor({timeout: 60_000})
    const file = path.join(opened.folder, 'easyread-glossary', 'terms.yml')
    expect(await readFile(file, 'utf8')).toContain('means: A plan says what the police will do in your area.')
  })

  test('a picture chosen by word for the row at the cursor is put in the draft', async () => {
    // The cursor is still on the line typed into (the changes panel's buttons move it only for their own change).
    expect((await editorText()).split('\n')[(await cursorLine()) - 1]).toBe('We want to keep you safe.')
    target = await cursorLine()
    await press('.tab[aria-controls="pictures-panel"]')
    await page.locator('#picture-search').focus()
    await page.keyboard.type('bus')
    const choice = page.locator('#picture-results button[data-choice="bus"]')
    await choice.waitFor()
    await choice.focus()
    await page.keyboard.press('Enter')
    const now = (await editorText()).split('\n')
    expect(now[target - 1]).toBe('<!-- easyread-picture: bus -->')
    expect(now[target]).toBe('We want to keep you safe.')
  })

  test('save writes the draft atomically; a change on disk is shown and can be reloaded', async () => {
    await page.locator('.cm-content').focus()
    await page.keyboard.press('Control+s')
    // "Saved 21:05:03", not the glossary's "Saved the explanation of …" said before.
    await page.locator('#status').filter({hasText: /^Saved \d/}).waitFor()
    const saved = await readFile(opened.draftPath, 'utf8')
    expect(saved).toContain('<!-- easyread-picture: bus -->\nWe want to keep you safe.')
    await writeFile(opened.draftPath, saved.replace('We want to keep you safe.', 'We keep you safe every day.'))
    await page.locator('#disk-changed').waitFor({state: 'visible', timeout: 20_000})
    await press('#reload')
    expect(await editorText()).toContain('We keep you safe every day.')
    await page.keyboard.press('Control+s')
  })

  test('export writes HTML, Word and the report as build does, and the Word file has the edits and the page count', async () => {
    await press('#count-pages')
    await page.keyboard.press('Space')
    expect(await page.locator('#count-pages').isChecked()).toBe(true)
    await press('#export')
    await page.locator('#status').filter({hasText: 'Exported'}).waitFor({timeout: 240_000})
    expect(await page.locator('#status').textContent()).toMatch(/The Word file has \d+ pages/)
    const docx = path.join(opened.folder, 'plan.draft.docx')
    expect(existsSync(path.join(opened.folder, 'plan.draft.html'))).toBe(true)
    expect(existsSync(path.join(opened.folder, 'plan.draft.report.json'))).toBe(true)
    const xml = await (await JSZip.loadAsync(await readFile(docx))).file('word/document.xml')!.async('string')
    expect(xml).toContain('We keep you safe every day.')
    expect(xml).toContain('A plan says what the police will do in your area.')
    // The picture chosen is the row's picture in the Word file too.
    const row = xml.split('<w:tr>').find((part) => part.includes('We keep you safe every day.'))
    expect(row).toMatch(/<wp:docPr [^>]*descr="bus"/)
    const html = await readFile(path.join(opened.folder, 'plan.draft.html'), 'utf8')
    expect(html).toMatch(/<div class="row"><div class="row-picture"><svg[^>]*aria-label="bus"[^>]*><use href="#pic-bus">/)
  }, 400_000)
})
