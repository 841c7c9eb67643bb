import {mkdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {loadConfig} from '../../src/config.js'
import {prepare} from '../../src/index.js'
import {checkOptions} from '../../src/options.js'
import {formatProblem} from '../../src/util/result.js'
import {contrastRatio} from '../../src/layout/contrast.js'
import {runCli, temporaryFolder} from '../helpers/cli.js'
import {root} from '../helpers/paths.js'

async function configIn(text: string): Promise<{folder: string; file: string}> {
  const folder = await temporaryFolder()
  const file = path.join(folder, 'easyread.config.yml')
  await writeFile(file, text)
  return {folder, file}
}

describe('typography settings: flags and easyread.config.yml', () => {
  test('a config file sets the type, the page and the colours; flags win over it; paths are relative to it', async () => {
    const {folder, file} = await configIn('font: Verdana\nfont-size: 18\nline-spacing: 2\npage-size: letter\ncolours: {text: "#000000", heading: "#5a1a6e"}\n')
    await mkdir(path.join(folder, 'terms'))
    const {options} = await prepare({config: file, fontSize: '21', colours: {callout: '#ffffff'}, glossary: [path.join(root, 'glossary', 'terms')]})
    expect(options).toMatchObject({font: 'Verdana', fontSize: 21, lineSpacing: 2, pageSize: 'Letter'})
    expect(options.colours).toEqual({text: '000000', background: 'FFFFFF', heading: '5A1A6E', callout: 'FFFFFF'})
  })

  test('mistakes in the config file come back with file, line and column', async () => {
    const {file} = await configIn('font: Arial\nfont-size: 15\npage-size: A5\nfonts: Verdana\ncolours:\n  text: "#777777"\n  background: "#ffffff"\n')
    const result = await loadConfig(file)
    expect(result.ok).toBe(false)
    const lines = result.ok ? [] : result.errors.map(formatProblem)
    expect(lines).toEqual([
      `${file}:2:12: font-size must be one of 14, 16, 18, 21 (points), not "15"`,
      `${file}:3:12: page-size must be A4 or Letter, not "A5"`,
      `${file}:4:1: Unknown setting "fonts" (expected one of: font, font-size, line-spacing, page-size, colours, pictures, glossary, age, callouts, bold-every-use, format, page-count, simplify, leave-out, keep-only, we, block-headings, rules, select, pages, words, select-data)`,
      `${file}:6:3: The text colour #777777 on the background colour #FFFFFF has a contrast of 4.48:1; WCAG AA needs at least 4.5:1`,
      `${file}:6:3: The text colour #777777 on the callout colour #FFF4CC has a contrast of 4.07:1; WCAG AA needs at least 4.5:1`
    ])
  })

  test('colours below WCAG AA contrast are refused; the defaults pass with room to spare', () => {
    const low = checkOptions({colours: {heading: '#9999ff'}})
    expect(low.ok ? [] : low.errors.map((problem) => problem.message)).toEqual(['The heading colour #9999FF on the background colour #FFFFFF has a contrast of 2.51:1; WCAG AA needs at least 4.5:1'])
    expect(checkOptions({colours: {text: 'blue'}}).ok).toBe(false)
    expect(contrastRatio('1A1A1A', 'FFFFFF')).toBeGreaterThan(15)
    expect(contrastRatio('1A1A1A', 'FFF4CC')).toBeGreaterThan(14)
    expect(contrastRatio('0B4F8A', 'FFFFFF')).toBeGreaterThan(8)
  })

  test('we: the names of the plan\'s own body, one or more; an empty name is refused', () => {
    const given = checkOptions({we: ['Riverside Division', ' Riverside Police ']})
    expect(given.ok && given.value.we).toEqual(['Riverside Division', 'Riverside Police'])
    const empty = checkOptions({we: ['  ']})
    expect(empty.ok ? [] : empty.errors.map((problem) => problem.message)).toEqual(['--we needs the name the plan\'s own body goes by, e.g. --we "Riverside Division"'])
    const none = checkOptions({})
    expect(none.ok && none.value.we).toEqual([])
  })

  test('the CLI reads easyread.config.yml from the current folder and stops at a mistake in it, exit code 2', async () => {
    const {folder, file} = await configIn('font-size: 12\n')
    await writeFile(path.join(folder, 'plan.md'), '# A plan\n\nWe will keep the roads safe.\n')
    const result = runCli(['build', 'plan.md', '--out', 'out'], {cwd: folder})
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`easyread: ${file}:1:12: font-size must be one of 14, 16, 18, 21 (points), not "12"\n`)
    await writeFile(file, 'font-size: 18\nline-spacing: 2\n')
    const good = runCli(['build', 'plan.md', '--out', 'out', '--format', 'html', '--line-spacing', '1.75', '--text-colour', '#000000'], {cwd: folder})
    expect(good.stderr).toBe('')
    expect(good.code).toBe(0)
    const html = await readFile(path.join(folder, 'out', 'plan.html'), 'utf8')
    expect(html).toContain('font-size: 18pt; line-height: 1.75; color: var(--ink)')
    expect(html).toContain('--ink: #000000;')
  })
})
