// Workbench benchmark (part of `npm run bench`; prints numbers, never fails on speed), in Debian's Chromium on the
// seed plan:
// 1. start-up: `easyread edit` drafting the plan and judging and laying out the draft before it prints the address;
// 2. time to first usable page: from navigation to the editor showing the draft with every line's verdict (median of 5),
//    and to every change of the draft found (anchored) for the changes panel, which is done when the page is idle;
// 3. keystroke pause to verdict, for one sentence edited 60 times: from the request sent after the writer's pause to
//    the new mark in the editor (median and 95th percentile), and from the last keystroke (which adds the pause).
import {copyFileSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {performance} from 'node:perf_hooks'
import {chromium} from 'playwright-core'
import {startWorkbench} from '../dist/server/index.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const seed = process.env.BENCH_PLAN ?? path.resolve(root, '..', 'shared', 'seeds', '000_473ab78beabed092.txt')
const edits = Number(process.env.BENCH_EDITS ?? 60)
const work = mkdtempSync(path.join(tmpdir(), 'easyread-bench-workbench-'))
const plan = path.join(work, 'plan.txt')
copyFileSync(seed, plan)

const sorted = (values) => [...values].sort((a, b) => a - b)
const median = (values) => sorted(values)[values.length >> 1]
const p95 = (values) => sorted(values)[Math.min(values.length - 1, Math.ceil(values.length * 0.95) - 1)]
const ms = (value) => `${value.toFixed(0)} ms`

const started = performance.now()
const {server} = await startWorkbench(plan, {}, {})
const startup = performance.now() - started
const browser = await chromium.launch({executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage']})
try {
  const firstPage = []
  const changesFound = []
  let page
  for (let run = 0; run < 5; run++) {
    const context = await browser.newContext({viewport: {width: 1500, height: 950}})
    page = await context.newPage()
    const start = performance.now()
    await page.goto(server.url)
    await page.waitForSelector('body[data-ready="true"]', {timeout: 120_000})
    firstPage.push(performance.now() - start)
    await page.waitForSelector('body[data-changes="tracked"]', {timeout: 120_000})
    changesFound.push(performance.now() - start)
    if (run < 4) await context.close()
  }
  // One failing sentence, edited again and again: a new word each time, so no verdict comes from the cache.
  await page.locator('.cm-content').focus()
  await page.keyboard.press('Control+Home')
  await page.keyboard.press('F8')
  await page.keyboard.press('End')
  const fromRequest = []
  const fromKey = []
  for (let edit = 0; edit < edits; edit++) {
    const before = await page.evaluate(() => easyreadWorkbench.stats.verdicts.length)
    await page.keyboard.type(` w${edit}`)
    const typed = await page.evaluate(() => performance.now())
    await page.waitForFunction((count) => easyreadWorkbench.stats.verdicts.length > count, before, {timeout: 120_000}).catch(async (error) => {
      throw new Error(`no verdict after edit ${edit}: the page says "${await page.locator('#status').textContent()}"`, {cause: error})
    })
    const last = await page.evaluate(() => easyreadWorkbench.stats.verdicts.at(-1))
    fromRequest.push(last.shown - last.sent)
    fromKey.push(last.shown - typed)
  }
  console.log(`Workbench on the seed plan (${path.basename(seed)}), Chromium ${browser.version()}:`)
  console.log(`  start-up (draft the plan, judge and lay out the draft): ${(startup / 1000).toFixed(1)} s`)
  console.log(`  first usable page (editor with the draft and every verdict): median ${ms(median(firstPage))} of 5 (goal: 2 s)`)
  console.log(`  every change found in the draft (the changes panel, filled when the page is idle): median ${ms(median(changesFound))}`)
  console.log(`  pause to verdict, ${edits} edits of one sentence: median ${ms(median(fromRequest))}, p95 ${ms(p95(fromRequest))} (goal: 100 ms at p95)`)
  console.log(`  last keystroke to verdict (adds the 250 ms pause): median ${ms(median(fromKey))}, p95 ${ms(p95(fromKey))}`)
} finally {
  await browser.close()
  await server.close()
  rmSync(work, {recursive: true, force: true})
}
