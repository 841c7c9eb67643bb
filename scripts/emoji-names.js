// The emoji names easyread uses, from emojibase-data (49 MB installed) cut down to one small table that ships in
// glossary/emoji-names.json: for each emoji that has a Noto icon, its English name, and whether the keyword search
// may use it. Run `node scripts/emoji-names.js` after updating emojibase-data or @iconify-json/noto (a test fails
// until the table matches them again).
import {readFile, writeFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const require = createRequire(import.meta.url)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const tablePath = path.join(root, 'glossary', 'emoji-names.json')

/** Faces (0), skin-tone parts (2) and flags (9) are never found by keyword: a face guesses a feeling the sentence may not have. */
const notSearched = new Set([0, 2, 9])

/**
 * The table: `names` maps a Noto icon to its emoji's name (the first emoji of the icon, for alt text), and `search`
 * maps an emoji's name in lower case to its icon (the first emoji of that name outside faces, skin tones and flags).
 */
export async function emojiNames() {
  const emoji = JSON.parse(await readFile(require.resolve('emojibase-data/en/data.json'), 'utf8'))
  const chars = JSON.parse(await readFile(require.resolve('@iconify-json/noto/chars.json'), 'utf8'))
  const iconOf = (hexcode) => chars[hexcode.toLowerCase()] ?? chars[hexcode.toLowerCase().replace(/-fe0f/g, '')]
  const names = {}
  const search = {}
  for (const {label, hexcode, group} of emoji) {
    const icon = iconOf(hexcode)
    if (!icon) continue
    names[icon] ??= label
    const lower = label.toLowerCase()
    if (group !== undefined && !notSearched.has(group)) search[lower] ??= icon
  }
  const version = async (name) => JSON.parse(await readFile(require.resolve(`${name}/package.json`), 'utf8')).version
  return {source: `emojibase-data ${await version('emojibase-data')} (MIT) names, @iconify-json/noto ${await version('@iconify-json/noto')} icons`, names, search}
}

/** The table as its file holds it: one entry a line, so that a change shows as a small diff. */
export function toJson(table) {
  const lines = (object) => Object.entries(object).map(([key, value]) => `    ${JSON.stringify(key)}: ${JSON.stringify(value)}`).join(',\n')
  return `{\n  "source": ${JSON.stringify(table.source)},\n  "names": {\n${lines(table.names)}\n  },\n  "search": {\n${lines(table.search)}\n  }\n}\n`
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const table = await emojiNames()
  await writeFile(tablePath, toJson(table))
  console.log(`wrote ${path.relative(root, tablePath)}: ${Object.keys(table.names).length} names, ${Object.keys(table.search).length} searchable`)
}
