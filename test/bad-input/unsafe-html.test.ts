import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {Browser} from 'playwright-core'
import {Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun} from 'docx'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {runCli, temporaryFolder} from '../helpers/cli.js'
import {launchBrowser, withPage} from '../helpers/browser.js'

/** Markup that would run if it reached the page live; each sets `window.pwned` or opens a dialog. */
const corpus = [
  '<script>window.pwned = "script"</script>',
  '<img src="x" onerror="window.pwned = \'onerror\'">',
  '<svg><script>window.pwned = "svg"</script></svg>',
  '<svg onload="window.pwned = \'onload\'"></svg>',
  '<iframe srcdoc="<script>parent.pwned = 1</script>"></iframe>',
  '<body onload="window.pwned = \'body\'">',
  '<details open ontoggle="window.pwned = \'toggle\'"><summary>x</summary></details>',
  '<a href="javascript:window.pwned=\'raw-link\'" id="raw">raw link</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.pwned=\'mxss\'">',
  'Read [the plan](javascript:window.pwned=\'md-link\') today.',
  'Read [the plan](JAVASCRIPT:window.pwned=\'upper\') today.',
  'Read [the plan](java&#x09;script:window.pwned=\'entity\') today.',
  'Read [the plan](vbscript:msgbox) today.',
  'Read [the plan](data:text/html;base64,PHNjcmlwdD5wYXJlbnQucHduZWQ9MTwvc2NyaXB0Pg==) today.',
  'See ![a map](javascript:window.pwned=\'image\') here.',
  'Read [the plan][ref] today.\n\n[ref]: javascript:window.pwned=\'reference\'',
  '<object data="data:text/html,<script>parent.pwned=1</script>"></object>',
  '<form action="javascript:window.pwned=\'form\'"><button id="go">Go</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.pwned=1">',
  '<style>@import "javascript:window.pwned=1";</style>'
]

let browser: Browser
let folder: string

beforeAll(async () => {
  browser = await launchBrowser()
  folder = await temporaryFolder('easyread-unsafe-')
})
afterAll(async () => {
  await browser?.close()
})

/** Open the page, click every link and button, and report whether anything ran. */
async function runsNothing(page: string): Promise<{pwned: unknown; dialogs: number; links: string[]}> {
  return withPage(browser, {file: page}, 1280, async (tab) => {
    let dialogs = 0
    tab.on('dialog', (dialog) => {
      dialogs++
      void dialog.dismiss()
    })
    for (const handle of await tab.$$('main a, main button, main summary')) await handle.click({timeout: 2000}).catch(() => undefined)
    await tab.waitForTimeout(200)
    const pwned = await tab.evaluate(() => (window as unknown as {pwned?: unknown}).pwned)
    const links = await tab.$$eval('a[href]', (anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''))
    return {pwned, dialogs, links}
  })
}

describe('unsafe markup in a plan never runs in the easy-read page', () => {
  test('a Markdown plan full of payloads: nothing runs, links lose unsafe addresses, messages say what went', async () => {
    const plan = path.join(folder, 'payloads.md')
    await writeFile(plan, `# A plan with payloads\n\n${corpus.join('\n\n')}\n`)
    const result = runCli(['build', plan, '--out', folder, '--format', 'html,json'])
    expect(result.code).toBe(0)
    const outcome = await runsNothing(path.join(folder, 'payloads.html'))
    expect(outcome.pwned).toBeUndefined()
    expect(outcome.dialogs).toBe(0)
    expect(outcome.links.filter((href) => !/^(?:https?:|mailto:|tel:|#)/.test(href))).toEqual([])
    const html = await readFile(path.join(folder, 'payloads.html'), 'utf8')
    expect(html).not.toMatch(/<script|onerror=|onload=|ontoggle=|<iframe|<object|javascript:/i)
    const report = JSON.parse(await readFile(path.join(folder, 'payloads.report.json'), 'utf8')) as {messages: Array<{ruleId: string; message: string}>}
    const removed = report.messages.filter((message) => message.ruleId === 'unsafe-url').map((message) => message.message)
    expect(removed).toContain('Removed the link address "javascript:window.pwned=\'md-link\'" from the plan: easy-read pages only link to web pages, email addresses and phone numbers')
    expect(removed).toContain('Removed the picture "javascript:window.pwned=\'image\'" from the plan: an easy-read page is one file that loads nothing from elsewhere, so its pictures come from --pictures')
    expect(removed.length).toBeGreaterThanOrEqual(6)
    expect(report.messages.filter((message) => message.ruleId === 'raw-html').length).toBeGreaterThan(5)
  })

  test('a Word plan with a javascript: hyperlink: the words stay, the address goes', async () => {
    const document = new Document({sections: [{children: [
      new Paragraph({heading: HeadingLevel.TITLE, children: [new TextRun('Our plan')]}),
      new Paragraph({children: [new TextRun('Read '), new ExternalHyperlink({link: 'javascript:window.pwned="word"', children: [new TextRun('the full plan')]}), new TextRun(' today.')]}),
      new Paragraph({children: [new TextRun('<script>window.pwned = "word text"</script>')]})
    ]}]})
    const plan = path.join(folder, 'payloads-word.docx')
    await writeFile(plan, await Packer.toBuffer(document))
    const result = runCli(['build', plan, '--out', folder, '--format', 'html'])
    expect(result.code).toBe(0)
    const outcome = await runsNothing(path.join(folder, 'payloads-word.html'))
    expect(outcome.pwned).toBeUndefined()
    expect(outcome.dialogs).toBe(0)
    const html = await readFile(path.join(folder, 'payloads-word.html'), 'utf8')
    // The link stays a link (the reader kept it), without its address.
    expect(html).toMatch(/<a>the full plan<\/a>/)
    expect(html).not.toMatch(/<script|javascript:/i)
  })
})
