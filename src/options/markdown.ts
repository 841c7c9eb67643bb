import {optionTable, shownDefault, type OptionRow} from './table.js'

/** The markers between which the README's option table stands (`npm run docs:options` rewrites it). */
export const markers = {start: '<!-- options:start (made by npm run docs:options from src/options/table.ts) -->', end: '<!-- options:end -->'}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/</g, '&lt;')
const code = (text: string) => '`' + text + '`'

function flagCell(row: OptionRow): string {
  if (row.commands.length === 0) return '(config only)'
  const flag = code(`--${row.flag}${row.value ? ` ${row.value}` : ''}`)
  return row.short ? `${code(`-${row.short}`)}, ${flag}` : flag
}

/** The README's table of every option, made from the option table: one line a row. */
export function optionsMarkdown(): string {
  const lines = ['| option | commands | config key | values | default | meaning |', '|---|---|---|---|---|---|']
  for (const row of optionTable) {
    const values = row.values ? row.values.join(', ') : ''
    lines.push(`| ${flagCell(row)} | ${row.commands.join(', ')} | ${row.config ? code(row.config) : ''} | ${cell(values)} | ${cell(shownDefault(row) ?? '')} | ${cell(row.help)} |`)
  }
  return lines.join('\n')
}

/** The README with its option table replaced by a fresh one; throws when the markers are missing. */
export function withOptionsTable(readme: string): string {
  const start = readme.indexOf(markers.start)
  const end = readme.indexOf(markers.end)
  if (start < 0 || end < start) throw new Error(`The README has no option table between ${markers.start} and ${markers.end}`)
  return readme.slice(0, start + markers.start.length) + '\n' + optionsMarkdown() + '\n' + readme.slice(end)
}
