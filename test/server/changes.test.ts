import {readFile} from 'node:fs/promises'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import type {Browser, Page} from 'playwright-core'
import {axeViolations, launchBrowser} from '../helpers/browser.js'
import {openSample} from '../helpers/workbench.js'
import {buildWith, prepare} from '../../src/index.js'
import {hunks, tokens} from '../../src/server/client/change-text.js'

/**
 * The changes panel in Chromium, on the sample plan drafted as `easyread edit` drafts it (the select stage on, so
 * the draft has sentences left out beside its made and offered changes).
 */
let opened: Awaited<ReturnType<typeof openSample>>
let browser: Browser
let page: Page

interface Held {
  key: string
  kind: 'made' | 'offered' | 'left-out'
  rule: string
  before: string
  after: string
  range?: {from: number; to: number}
}
declare const easyreadWorkbench: {
  view: {state: {doc: {toString: () => string; sliceString: (from: number, to: number) => string}}; dispatch: (spec: unknown) => void; focus: () => void}
  changes: () => Held[]
}

const editorText = () => page.evaluate(() => easyreadWorkbench.view.state.doc.toString())
const held = () => page.evaluate(() => easyreadWorkbench.changes())
const wordsAt = (range: {from: number; to: number}) => page.evaluate(({from, to}) => easyreadWorkbench.view.state.doc.sliceString(from, to), range)
const entry = (key: string) => page.locator(`#changes li[data-key="${key}"]`)
/** Bold marks and spacing aside: how the draft's words are compared with a change's. */
const plain = (text: string) => tokens(text).map((token) => token.word).join(' ')

/** Press one of an entry's buttons from the keyboard: focus it, then Enter. */
async function press(key: string, label: string): Promise<void> {
  await entry(key).locator('button', {hasText: new RegExp(`^${label}$`)}).focus()
  await page.keyboard.press('Enter')
}

beforeAll(async () => {
  opened = await openSample()
  browser = await launchBrowser()
  page = await (await browser.newContext({viewport: {width: 1500, height: 950}})).newPage()
  await page.goto(opened.server.url)
  await page.waitForSelector('body[data-ready="true"][data-changes="tracked"]', {timeout: 120_000})
  await page.locator('.tab[aria-controls="changes-panel"]').focus()
  await page.keyboard.press('Enter')
  await page.locator('#changes li').first().waitFor()
}, 300_000)

afterAll(() => Promise.all([browser?.close(), opened?.server.close()]))

describe('the changes panel: every change made, offered or left out, to take or leave', () => {
  test('every offered change and every sentence left out in the draft is on the panel (axe-core finds no violations), and every made change of the record', async () => {
    const draft = await readFile(opened.draftPath, 'utf8')
    const offered = [...draft.matchAll(/<!-- easyread-suggest \[[^\]]+\]: (.*?) -->/g)].map((match) => match[1])
    const leftOut = [...draft.matchAll(/<!-- easyread-left-out \[[^\]]+\]: (.*?) -->/g)].map((match) => match[1])
    const record = JSON.parse(await readFile(opened.draftPath.replace(/\.draft\.md$/, '.changes.json'), 'utf8')) as Array<{status: string}>
    expect(offered.length).toBeGreaterThan(0)
    expect(leftOut.length).toBeGreaterThan(0)
    const items = await held()
    expect(items.filter((item) => item.kind === 'offered').map((item) => item.after)).toEqual(offered)
    expect(items.filter((item) => item.kind === 'left-out').map((item) => item.after)).toEqual(leftOut)
    expect(items.filter((item) => item.kind === 'made')).toHaveLength(record.filter((change) => change.status === 'made').length)
    expect(await page.locator('#changes li.change-offered button', {hasText: /^Take$/}).count()).toBe(offered.length)
    expect(await page.locator('#changes li.change-offered button', {hasText: /^Leave$/}).count()).toBe(offered.length)
    expect(await page.locator('#changes li.change-left-out button', {hasText: /^Restore$/}).count()).toBe(leftOut.length)
    // The panel with all three kinds passes axe-core too.
    expect(await axeViolations(page)).toEqual([])
    // A made change the panel cannot find says so, rather than offering buttons that do nothing.
    for (const missing of items.filter((item) => item.kind === 'made' && !item.range).slice(0, 3)) {
      await expect.poll(() => entry(missing.key).locator('.context').textContent()).toMatch(/^Not found in the draft: .* can no longer be taken or undone here\.$/)
      expect(await entry(missing.key).locator('button').count()).toBe(0)
    }
  })

  test('an offered change taken puts its words in the sentence and removes its comment; undone, the draft is as it was', async () => {
    const before = await editorText()
    const offer = (await held()).find((item) => item.kind === 'offered')!
    await press(offer.key, 'Take')
    await expect.poll(() => entry(offer.key).getAttribute('data-state')).toBe('taken')
    const now = await editorText()
    expect(plain(await wordsAt((await held()).find((item) => item.key === offer.key)!.range!))).toBe(plain(offer.after))
    expect(now).not.toContain(`easyread-suggest [${offer.rule}]: ${offer.after} -->`)
    await press(offer.key, 'Undo')
    await expect.poll(() => entry(offer.key).getAttribute('data-state')).toBe('offered')
    expect(await editorText()).toBe(before)
  })

  test('an offered change left keeps the sentence and removes only its comment', async () => {
    const before = await editorText()
    const offer = (await held()).filter((item) => item.kind === 'offered').at(-1)!
    const sentence = await wordsAt(offer.range!)
    await press(offer.key, 'Leave')
    await expect.poll(() => entry(offer.key).getAttribute('data-state')).toBe('left')
    const now = await editorText()
    expect(now).toContain(sentence)
    expect(now).not.toContain(`${offer.after} -->`)
    expect(now.length).toBeLessThan(before.length)
    await press(offer.key, 'Undo')
    expect(await editorText()).toContain(`${offer.after} -->`)
  })

  test('a made change is undone on its sentence as the writer edited it (the edit kept), and taken again', async () => {
    const items = await held()
    // A change of whole sentences (not a word swap), with a word it did not touch to edit.
    const change = items.find((item) => item.kind === 'made' && item.range && tokens(item.after).length > 8 && !item.after.includes('easyread'))!
    const words = tokens(change.after).map((token) => token.word)
    const touched = new Set(hunks(tokens(change.before).map((token) => token.word), words).flatMap((hunk) => [hunk.start - 1, hunk.start, hunk.start + hunk.insert.length]))
    const kept = words.findIndex((word, index) => index > 0 && !touched.has(index) && /^[a-z]{4,}$/.test(word) && words.indexOf(word) === index && !tokens(change.before).slice(1).some((other, at) => at + 1 !== tokens(change.before).findIndex((one) => one.word === word) && other.word === word))
    expect(kept).toBeGreaterThan(0)
    // The writer puts the cursor on that word (selected) and types another in its place.
    const word = words[kept]!
    const text = await wordsAt(change.range!)
    const at = change.range!.from + tokens(text).find((token) => token.word === word)!.from
    await page.evaluate(([from, to]) => {
      easyreadWorkbench.view.dispatch({selection: {anchor: from, head: to}})
      easyreadWorkbench.view.focus()
    }, [at, at + word.length])
    await page.keyboard.type('zebra')
    await expect.poll(() => entry(change.key).getAttribute('data-state'), {timeout: 10_000}).toBe('made, edited')
    expect(await entry(change.key).locator('.state').textContent()).toBe('Now: made (its sentence edited since).')
    await press(change.key, 'Undo')
    await expect.poll(() => entry(change.key).getAttribute('data-state')).toBe('undone, edited')
    const undone = await wordsAt((await held()).find((item) => item.key === change.key)!.range!)
    expect(plain(undone)).toBe(plain(change.before).replace(new RegExp(`\\b${word}\\b`), 'zebra'))
    await press(change.key, 'Take')
    await expect.poll(() => entry(change.key).getAttribute('data-state')).toBe('made, edited')
    expect(plain(await wordsAt((await held()).find((item) => item.key === change.key)!.range!))).toBe(plain(change.after).replace(new RegExp(`\\b${word}\\b`), 'zebra'))
  })

  test('a change beside another that was taken is still found and undone; one whose own words were reworded says it can no longer apply', async () => {
    const items = await held()
    const inside = (a: Held, b: Held) => a.range && b.range && b.range.from <= a.range.from && a.range.to <= b.range.to
    const offer = items.find((item) => item.kind === 'offered' && items.some((other) => other.kind === 'made' && inside(other, item)))!
    const made = items.find((item) => item.kind === 'made' && inside(item, offer))!
    await press(offer.key, 'Take')
    await expect.poll(() => entry(offer.key).getAttribute('data-state')).toBe('taken')
    await press(made.key, 'Undo')
    await expect.poll(() => entry(made.key).getAttribute('data-state')).toBe('undone')
    expect(plain(await wordsAt((await held()).find((item) => item.key === made.key)!.range!))).toBe(plain(made.before))
    await press(made.key, 'Take')
    await expect.poll(() => entry(made.key).getAttribute('data-state')).toBe('made')
    // The writer rewrites the words the change made: nothing is changed for them, and the panel says why.
    const range = (await held()).find((item) => item.key === made.key)!.range!
    await page.evaluate(([from, to]) => easyreadWorkbench.view.dispatch({changes: {from, to, insert: 'something else entirely'}}), [range.from, range.to])
    await expect.poll(() => entry(made.key).locator('.state').textContent(), {timeout: 10_000}).toMatch(/can no longer apply/)
    expect(await entry(made.key).locator('button', {hasText: /^(Undo|Take)$/}).count()).toBe(0)
  })

  test('a sentence left out is restored as text, and the export keeps it', async () => {
    const dropped = (await held()).find((item) => item.kind === 'left-out' && item.after.split(' ').length > 6)!
    await press(dropped.key, 'Restore')
    await expect.poll(() => entry(dropped.key).getAttribute('data-state')).toBe('restored')
    const now = await editorText()
    expect(now).not.toContain(`: ${dropped.after} -->`)
    expect(now.split('\n')).toContain(dropped.after)
    // Saved from the page (Ctrl+S), then built as `easyread build` builds the draft: the restored sentence is in the easy read.
    await page.locator('.cm-content').focus()
    await page.keyboard.press('Control+s')
    await page.locator('#status').filter({hasText: /^Saved \d/}).waitFor()
    expect(await readFile(opened.draftPath, 'utf8')).toBe(now)
    const {options, data} = await prepare({formats: ['html']})
    const html = (await buildWith(opened.draftPath, options, data)).outputs.html as string
    expect(html.replace(/<[^>]+>/g, '')).toContain(dropped.after.replace(/\*\*/g, '').slice(0, 40))
    await press(dropped.key, 'Undo')
    await expect.poll(() => entry(dropped.key).getAttribute('data-state')).toBe('left out')
  })

  test('take all and undo all of a rule, in one edit, saying how many', async () => {
    const rule = 'plain-word, made'
    const before = await editorText()
    await page.locator(`button[aria-label="Undo all of ${rule}"]`).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('#status').textContent()).toMatch(new RegExp(`^Undid \\d+ changes? of ${rule}`))
    const undone = Number(/Undid (\d+)/.exec((await page.locator('#status').textContent())!)![1])
    expect(undone).toBeGreaterThan(1)
    expect(await editorText()).not.toBe(before)
    await page.locator(`button[aria-label="Take all of ${rule}"]`).focus()
    // The panel is drawn again 400 ms after the edit: the focus stays on the button of the same name.
    await page.waitForTimeout(600)
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Take all of ${rule}`)
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('#status').textContent()).toMatch(new RegExp(`^Took ${undone} changes of ${rule}`))
    expect(await editorText()).toBe(before)
  })
})
