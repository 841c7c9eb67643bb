import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {markers, optionsMarkdown} from '../../src/options/markdown.js'
import {optionTable, rowsOf, type CommandName} from '../../src/options/table.js'
import {checkOptions, defaultOptions, type Options} from '../../src/options.js'
import {loadConfig} from '../../src/config.js'
import {commands} from '../../src/cli.js'
import {rawOptionsFrom} from '../../src/cli/flags.js'
import {root} from '../helpers/paths.js'
import {temporaryFolder} from '../helpers/cli.js'

/** Options with no default (absent means "none"): the table must declare them too. */
const optionalKeys: Array<keyof Options> = ['title', 'pictures', 'referenceDocx', 'config', 'words', 'selectData']

describe('one table of options', () => {
  test('the README’s option table is the one made from the table (npm run docs:options rewrites it)', async () => {
    const readme = await readFile(path.join(root, 'README.md'), 'utf8')
    const start = readme.indexOf(markers.start)
    const end = readme.indexOf(markers.end)
    expect(start, 'the README has the start marker').toBeGreaterThan(0)
    expect(end, 'the README has the end marker after it').toBeGreaterThan(start)
    expect(readme.slice(start + markers.start.length, end).trim(), 'README out of date: run npm run docs:options').toBe(optionsMarkdown())
  })

  test('every build option has a row; every row’s option is a real one', () => {
    const declared = new Set(optionTable.flatMap((row) => (row.option ? [row.option] : [])))
    for (const key of [...Object.keys(defaultOptions), ...optionalKeys]) expect(declared, `no row sets ${key}`).toContain(key)
    for (const key of declared) expect([...Object.keys(defaultOptions), ...optionalKeys]).toContain(key)
  })

  test('each command has each flag and each short flag once', () => {
    for (const name of Object.keys(commands) as CommandName[]) {
      const flags = rowsOf(name).map((row) => row.flag)
      expect(new Set(flags).size, `${name} declares a flag twice`).toBe(flags.length)
      const shorts = rowsOf(name).flatMap((row) => (row.short ? [row.short] : []))
      expect(new Set(shorts).size, `${name} uses a short flag twice`).toBe(shorts.length)
    }
  })

  test('each command’s --help lists each of its flags with its value word', () => {
    for (const name of Object.keys(commands) as CommandName[]) {
      for (const row of rowsOf(name)) expect(commands[name]!.usage, `${name} --help lacks --${row.flag}`).toContain(`--${row.flag}${row.value ? ` ${row.value}` : ''}`)
    }
  })

  test('flags become the options their rows name: colours one by one, --no-simplify, lists', () => {
    const raw = rawOptionsFrom({'font-size': '18', 'text-colour': '#000000', 'no-simplify': true, 'leave-out': ['Foreword'], quiet: true, out: 'x'})
    expect(raw).toEqual({fontSize: '18', colours: {text: '#000000'}, simplify: false, leaveOut: ['Foreword']})
    const checked = checkOptions(raw)
    expect(checked.ok && checked.value).toMatchObject({fontSize: 18, simplify: false, leaveOut: ['Foreword'], colours: {...defaultOptions.colours, text: '000000'}})
  })

  test('the config file takes exactly the table’s config keys', async () => {
    const folder = await temporaryFolder('easyread-table-')
    const file = path.join(folder, 'easyread.config.yml')
    await writeFile(file, 'font-sise: 18\n')
    const loaded = await loadConfig(file)
    const keys = optionTable.flatMap((row) => (row.config ? [row.config] : []))
    expect(loaded.ok).toBe(false)
    expect(!loaded.ok && loaded.errors[0]!.message).toBe(`Unknown setting "font-sise" (expected one of: ${keys.join(', ')})`)
    await writeFile(file, 'font-size: 18\nrules: {tail-including: off}\nsimplify: false\n')
    const good = await loadConfig(file)
    expect(good).toEqual({ok: true, value: {fontSize: 18, rules: {'tail-including': 'off'}, simplify: false}})
  })
})
