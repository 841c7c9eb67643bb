import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import type {Browser} from 'playwright-core'
import {axeViolations, launchBrowser, withPage} from '../helpers/browser.js'
import {runCli, temporaryFolder} from '../helpers/cli.js'

let browser: Browser
let folder: string

beforeAll(async () => {
  folder = await temporaryFolder('easyread-narrow-')
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('a 375-pixel screen never scrolls sideways (issue 20)', () => {
  test('a long address written out, a very long word and a four-column table', async () => {
    const text = '# Our plan\n\nRead the whole plan at https://www.example.invalid/plans/our-local-police-plan-for-every-street-and-every-town-2026.pdf today.\n\nWe will check every Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogochcommunityhall.\n'
    const table = '\n| Area | Officers | Calls answered | Cases closed in the year |\n|---|---|---|---|\n| North side of the river | 1,200 | 45,000 calls | 12,345 cases |\n'
    await writeFile(path.join(folder, 'plan.md'), `${text}${table}`)
    const result = runCli(['build', 'plan.md', '--out', 'out', '--format', 'html'], {cwd: folder})
    expect(result.code, result.stderr).toBe(0)
    const page = path.join(folder, 'out', 'plan.html')
    const overflow = await withPage(browser, {file: page}, 375, (tab) => tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
    expect(overflow).toBe(0)
    expect(await withPage(browser, {file: page}, 375, axeViolations)).toEqual([])
  })
})
