import type {ParseArgsConfig} from 'node:util'
import type {RawOptions} from '../options.js'
import {rowsOf, type CommandName, type OptionRow} from '../options/table.js'

type Flags = NonNullable<ParseArgsConfig['options']>
type Values = Record<string, string | boolean | Array<string | boolean> | undefined>

function flagsFrom(rows: readonly OptionRow[]): Flags {
  return Object.fromEntries(rows.map((row) => [row.flag, {type: row.type, ...(row.multiple ? {multiple: true} : {}), ...(row.short ? {short: row.short} : {})}]))
}

/** The flags of one command, in `node:util` parseArgs form, from the option table. */
export function flagsOf(command: CommandName): Flags {
  return flagsFrom(rowsOf(command))
}

/** The flags that set build options (shared by build, draft and edit), from the option table. */
export const optionFlags: Flags = flagsFrom(rowsOf('build').filter((row) => row.option !== undefined))

/** Parsed flag values → raw options, checked later by `checkOptions`; the command's rows say which flag sets which option. */
export function rawOptionsFrom(values: Values, command: CommandName = 'build'): RawOptions {
  const raw: RawOptions = {}
  const colours: Record<string, unknown> = {}
  for (const row of rowsOf(command)) {
    const value = values[row.flag]
    if (row.option === undefined || value === undefined) continue
    if (row.colour) colours[row.colour] = value
    else raw[row.option] = row.negates ? (value === true ? false : undefined) : value
  }
  // The colour flags give some colours; the config file's others stay.
  if (Object.keys(colours).length > 0) raw.colours = colours
  return raw
}

/** The flags of a command nearest to one it does not know: a small edit away, or containing the word given. */
export function nearestFlags(command: CommandName, given: string): string[] {
  const word = given.replace(/^-+/, '').split('=')[0]!.toLowerCase()
  if (word.length < 2) return []
  const flags = [...new Set(rowsOf(command).map((row) => row.flag))]
  const scored = flags.map((flag) => ({flag, distance: editDistance(word, flag)})).filter(({distance}) => distance <= Math.max(2, Math.floor(word.length / 3)))
  if (scored.length > 0) return scored.sort((a, b) => a.distance - b.distance).slice(0, 2).map(({flag}) => `--${flag}`)
  return flags.filter((flag) => flag.includes(word) || (flag.length > 3 && word.includes(flag))).slice(0, 3).map((flag) => `--${flag}`)
}

/** Levenshtein distance, with a swap of two neighbours counted as one edit (as "did you mean" checkers do). */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({length: a.length + 1}, (_, i) => Array.from({length: b.length + 1}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      rows[i]![j] = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i]![j] = Math.min(rows[i]![j]!, rows[i - 2]![j - 2]! + 1)
    }
  }
  return rows[a.length]![b.length]!
}
