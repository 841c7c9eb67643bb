import {rowsOf, shownDefault, type CommandName, type OptionRow} from '../options/table.js'

/** Help is wrapped to this width, as man pages and eslint's help are. */
const width = 116

function wrap(text: string, indent: number, first: number): string[] {
  const lines: string[] = []
  let line = ''
  let room = width - first
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > room) {
      lines.push(line)
      line = word
      room = width - indent
    } else line = line === '' ? word : `${line} ${word}`
  }
  if (line !== '') lines.push(line)
  return lines
}

function flagWords(row: OptionRow): string {
  return `${row.short ? `-${row.short}, ` : '    '}--${row.flag}${row.value ? ` ${row.value}` : ''}`
}

/** A command's "Options:" section, from the option table: each flag, its value, help, allowed values and default. */
export function optionsHelp(command: CommandName): string {
  const rows = rowsOf(command)
  const column = Math.min(28, Math.max(...rows.map((row) => flagWords(row).length)) + 2)
  const lines = ['Options:']
  for (const row of rows) {
    const shown = shownDefault(row)
    const extra = [row.values ? `one of: ${row.values.join(', ')}` : '', shown ? `default: ${shown}` : ''].filter(Boolean).join('; ')
    const text = extra ? `${row.help} (${extra})` : row.help
    const flag = `  ${flagWords(row)}`
    const wrapped = wrap(text, column + 2, Math.max(column + 2, flag.length + 2))
    lines.push(flag.length + 2 > column + 2 ? `${flag}\n${' '.repeat(column + 2)}${wrapped[0]}` : `${flag.padEnd(column + 2)}${wrapped[0]}`)
    for (const rest of wrapped.slice(1)) lines.push(`${' '.repeat(column + 2)}${rest}`)
  }
  return lines.join('\n')
}
