import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {describe, expect, test, vi} from 'vitest'

// The build indexes where each icon lies in the Noto set's file (src/layout/icons.ts), so a page with a few pictures
// reads a few kilobytes instead of parsing 25 MB. Every icon and alias must come out exactly as from the whole set.
const require = createRequire(import.meta.url)
const setFile = require.resolve('@iconify-json/noto/icons.json')

async function iconsModule(cache: 'on' | 'off') {
  vi.resetModules()
  // From the sources the build's index is taken only when asked for (src/util/data-cache.ts).
  process.env.EASYREAD_DATA_CACHE = cache
  try {
    const icons = await import('../../src/layout/icons.js')
    icons.hasIcon('police-car')
    return icons
  } finally {
    delete process.env.EASYREAD_DATA_CACHE
  }
}

describe('the index of the emoji set', () => {
  test('finds every icon of the set, and every icon and alias renders the same as from the whole set', async () => {
    const set = JSON.parse(readFileSync(setFile, 'utf8')) as {icons: Record<string, unknown>; aliases: Record<string, unknown>}
    const names = [...Object.keys(set.icons), ...Object.keys(set.aliases)]
    const whole = await iconsModule('off')
    const indexed = await iconsModule('on')
    const index = indexed.indexIcons(setFile)
    expect(index).not.toBeNull()
    expect([...index!.names].sort()).toEqual(Object.keys(set.icons).sort())
    expect(index!.ranges).toHaveLength(2 * index!.names.length)
    const differ = names.filter((name) => indexed.iconSvg(name) !== whole.iconSvg(name))
    expect(differ).toEqual([])
    for (const name of ['no-such-icon', 'police-car-', '']) {
      expect(indexed.hasIcon(name), name).toBe(false)
      expect(whole.hasIcon(name), name).toBe(false)
    }
  }, 60_000)
})
