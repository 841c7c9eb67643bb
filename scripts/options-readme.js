// Rewrite the README's option table from the option table (src/options/table.ts), through the built dist/.
// Run: npm run docs:options
import {readFileSync, writeFileSync} from 'node:fs'
import {withOptionsTable} from '../dist/options/markdown.js'

const readme = new URL('../README.md', import.meta.url)
const before = readFileSync(readme, 'utf8')
const after = withOptionsTable(before)
if (after !== before) writeFileSync(readme, after)
console.log(after === before ? 'README.md: the option table is up to date' : 'README.md: the option table was rewritten')
