import {readFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import {chromium, type Browser, type Page} from 'playwright-core'
import {chromiumPath, requirePrograms} from './programs.js'

const require = createRequire(import.meta.url)

/** The flags Chromium needs as root on a machine with no network. */
const flags = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage']

export function launchBrowser(): Promise<Browser> {
  requirePrograms('chromium')
  return chromium.launch({executablePath: chromiumPath, args: flags, headless: true})
}

/** Open an HTML file (or string) in a fresh page of the given width, run `use`, then close the page. */
export async function withPage<T>(browser: Browser, html: {file?: string; content?: string}, width: number, use: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({viewport: {width, height: 900}, offline: true})
  const page = await context.newPage()
  try {
    if (html.file) await page.goto(`file://${html.file}`)
    else await page.setContent(html.content ?? '', {waitUntil: 'load'})
    return await use(page)
  } finally {
    await context.close()
  }
}

/** axe-core's WCAG 2.2 A and AA rules and best practices, run in the page; returns the violations. */
export async function axeViolations(page: Page): Promise<Array<{id: string; impact: string | null; help: string; nodes: number}>> {
  const source = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8')
  // Evaluated through the browser's debugging channel, which the page's Content-Security-Policy (no scripts) allows.
  await page.evaluate(source)
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as {axe: {run: (context: unknown, options: unknown) => Promise<{violations: Array<{id: string; impact: string | null; help: string; nodes: unknown[]}>}>}}).axe
    const result = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})
    return result.violations.map((violation) => ({id: violation.id, impact: violation.impact, help: violation.help, nodes: violation.nodes.length}))
  })
}
