import path from 'node:path'
import type {CalloutPlace} from './glossary/plugin.js'
import type {Checked, Problem} from './util/result.js'
import {packageRoot} from './util/package-root.js'
import {ruleIds} from './simplify/engine.js'
import {contrastRatio, isHexColour, minimumContrast, normaliseColour, type HexColour} from './layout/contrast.js'

export type Format = 'html' | 'docx' | 'json' | 'pdf'
export const formats: readonly Format[] = ['html', 'docx', 'json', 'pdf']
/** What a build writes when no --format is given: PDF is asked for (it needs LibreOffice). */
export const defaultFormats: readonly Format[] = ['html', 'docx', 'json']
export const fontSizes = [14, 16, 18, 21] as const
export type FontSize = (typeof fontSizes)[number]
export const pageSizes = ['A4', 'Letter'] as const
export type PageSize = (typeof pageSizes)[number]

/** The page's colours (six hex digits), each pair that is read together at least WCAG AA contrast (4.5:1). */
export interface Colours {
  /** Body text. Default: 1A1A1A. */
  text: HexColour
  /** The page. Default: FFFFFF. */
  background: HexColour
  /** Headings. Default: 0B4F8A. */
  heading: HexColour
  /** The box behind a term's explanation. Default: FFF4CC. */
  callout: HexColour
}

/** Where easyread's own data lives (the shipped glossary, word lists and pictures). */
export const dataFolder = path.join(packageRoot, 'glossary')

/** Every option of a build, checked. Defaults are in `defaultOptions`. */
export interface Options {
  /** Outputs to write: html, docx, json, pdf. Default: html, docx and json. */
  formats: Format[]
  /** Target reading age. Default: 9. */
  age: number
  /** The document's title. Default: the plan's first level-1 heading, else the file name. */
  title?: string
  /** Glossary folders (YAML files of terms). Default: the shipped `glossary/terms`. */
  glossary: string[]
  /** Bold every use of a glossary term, not only the first. Default: false. */
  boldEveryUse: boolean
  /** Where term explanations go: 'sentence' (right after the sentence), 'section' (its end) or 'end' (a "Words to know" list). Default: 'sentence'. */
  callouts: CalloutPlace
  /** Body font. Default: Arial. */
  font: string
  /** Body size in points: 14, 16, 18 or 21. Default: 16. */
  fontSize: FontSize
  /** Line spacing as a multiple. Default: 1.5. */
  lineSpacing: number
  /** Word's page size. Default: A4. */
  pageSize: PageSize
  /** Text, page, heading and callout colours. Default: dark grey on white, dark blue headings, pale yellow callouts. */
  colours: Colours
  /** A folder with a pictures.yml mapping words to PNG/SVG files, which win over the shipped pictures. Default: none. */
  pictures?: string
  /** The width of a row's picture in Word, in cm (2.5 to 6); the HTML row's picture takes the same share of the width. Default: 3.5. */
  pictureWidth: number
  /** An organisation's Word template (.docx): its styles, fonts, colours, page and headers win over easyread's. Default: none. */
  referenceDocx?: string
  /** Count the Word document's pages with LibreOffice (slow) and warn above 24. Default: false. */
  pageCount: boolean
  /** The config file to read. Default: the nearest easyread.config.yml in the current folder or its parents (up to a folder with .git). */
  config?: string
  /** Simplify the plan (split long sentences, plain words, acronyms, lists, plan blocks). Default: true; `--no-simplify`. */
  simplify: boolean
  /** Headings of sections the simplified plan leaves out (e.g. "Chief Constable’s Foreword"). Default: none. */
  leaveOut: string[]
  /** Headings of the only sections the simplified plan keeps. Default: all. */
  keepOnly: string[]
  /** Names of the body that wrote the plan, written as "we" ("Riverside Division"). Default: none given, so the name its performance measures ask about. */
  we: string[]
  /** Plain headings of plan blocks, by kind (objective, activity, milestones, update, measures). Default: glossary/simplify-headings.yml. */
  blockHeadings: Partial<Record<'objective' | 'activity' | 'milestones' | 'update' | 'measures', string>>
  /** Simplify rules turned on or off by id (`{'tail-including': 'off'}`; `--rule tail-including=off`). Default: all on. */
  rules: Record<string, 'on' | 'off'>
  /** Choose what an easy read keeps, within the budget (`--select off`: keep everything). Runs only when simplifying. Default: true. */
  select: boolean
  /** The budget in Word pages at the chosen type settings. Default: 24. */
  pages: number
  /** The budget in words on the page instead of pages. Default: none (pages). */
  words?: number
  /** A select.yml of the user's own (roles' words, the opening's wording). Default: the shipped glossary/select.yml. */
  selectData?: string
}

export const defaultOptions: Readonly<Options> = {
  formats: [...defaultFormats],
  age: 9,
  glossary: [path.join(dataFolder, 'terms')],
  boldEveryUse: false,
  callouts: 'sentence',
  font: 'Arial',
  fontSize: 16,
  lineSpacing: 1.5,
  pageSize: 'A4',
  colours: {text: '1A1A1A', background: 'FFFFFF', heading: '0B4F8A', callout: 'FFF4CC'},
  pictureWidth: 3.5,
  pageCount: false,
  simplify: true,
  leaveOut: [],
  keepOnly: [],
  we: [],
  blockHeadings: {},
  rules: {},
  select: true,
  pages: 24
}

/** Raw option values, as a command line or a config file gives them. */
export type RawOptions = {[Key in keyof Options]?: unknown}

/** Check raw values into typed options; every problem is named with the option it concerns. */
export function checkOptions(raw: RawOptions, origin = ''): Checked<Options> {
  const errors: Problem[] = []
  const fail = (message: string) => errors.push({file: origin, message})
  const options: Options = {...defaultOptions, formats: [...defaultOptions.formats], glossary: [...defaultOptions.glossary], colours: {...defaultOptions.colours}, leaveOut: [], keepOnly: [], we: [], blockHeadings: {}, rules: {}}

  if (raw.formats !== undefined) {
    const list = Array.isArray(raw.formats) ? raw.formats : String(raw.formats).split(',')
    const wrong = list.filter((format) => !formats.includes(String(format).trim() as Format))
    if (wrong.length > 0 || list.length === 0) fail(`Unknown format "${wrong.join(', ')}": use html, docx, json or pdf`)
    else options.formats = [...new Set(list.map((format) => String(format).trim() as Format))]
  }
  if (raw.age !== undefined) {
    const age = Number(raw.age)
    if (!Number.isInteger(age) || age < 5 || age > 18) fail(`--age must be a whole number of years from 5 to 18, not "${String(raw.age)}"`)
    else options.age = age
  }
  if (raw.title !== undefined) {
    if (typeof raw.title !== 'string' || raw.title.trim() === '') fail('--title must be some text')
    else options.title = raw.title.trim()
  }
  if (raw.glossary !== undefined) {
    const list = (Array.isArray(raw.glossary) ? raw.glossary : [raw.glossary]).map(String)
    if (list.length === 0) fail('--glossary needs a folder')
    else options.glossary = list
  }
  if (raw.boldEveryUse !== undefined) options.boldEveryUse = raw.boldEveryUse === true || raw.boldEveryUse === 'true'
  if (raw.callouts !== undefined) {
    if (raw.callouts !== 'sentence' && raw.callouts !== 'section' && raw.callouts !== 'end') fail(`--callouts must be "sentence", "section" or "end", not "${String(raw.callouts)}"`)
    else options.callouts = raw.callouts
  }
  if (raw.font !== undefined) {
    if (typeof raw.font !== 'string' || !/^[\w .-]{1,64}$/.test(raw.font)) fail(`--font must be a font name, not "${String(raw.font)}"`)
    else options.font = raw.font
  }
  if (raw.fontSize !== undefined) {
    const size = Number(raw.fontSize)
    if (!fontSizes.includes(size as FontSize)) fail(`--font-size must be one of ${fontSizes.join(', ')} (points), not "${String(raw.fontSize)}"`)
    else options.fontSize = size as FontSize
  }
  if (raw.lineSpacing !== undefined) {
    const spacing = Number(raw.lineSpacing)
    if (!Number.isFinite(spacing) || spacing < 1.5 || spacing > 3) fail(`--line-spacing must be from 1.5 to 3, not "${String(raw.lineSpacing)}"`)
    else options.lineSpacing = spacing
  }
  if (raw.pageSize !== undefined) {
    const size = pageSizes.find((name) => name.toLowerCase() === String(raw.pageSize).toLowerCase())
    if (!size) fail(`--page-size must be A4 or Letter, not "${String(raw.pageSize)}"`)
    else options.pageSize = size
  }
  if (raw.colours !== undefined) checkColours(raw.colours, options.colours, fail)
  if (raw.pictures !== undefined) {
    if (typeof raw.pictures !== 'string' || raw.pictures.trim() === '') fail('--pictures needs a folder')
    else options.pictures = raw.pictures
  }
  if (raw.pictureWidth !== undefined) {
    const width = Number(raw.pictureWidth)
    if (!Number.isFinite(width) || width < 2.5 || width > 6) fail(`--picture-width must be from 2.5 to 6 (cm), not "${String(raw.pictureWidth)}"`)
    else options.pictureWidth = width
  }
  if (raw.referenceDocx !== undefined) {
    if (typeof raw.referenceDocx !== 'string' || !/\.docx$/i.test(raw.referenceDocx)) fail(`--reference-docx must be a Word file (.docx), not "${String(raw.referenceDocx)}"`)
    else options.referenceDocx = raw.referenceDocx
  }
  if (raw.pageCount !== undefined) options.pageCount = raw.pageCount === true || raw.pageCount === 'true'
  if (raw.simplify !== undefined) options.simplify = !(raw.simplify === false || raw.simplify === 'false')
  for (const key of ['leaveOut', 'keepOnly'] as const) {
    if (raw[key] === undefined) continue
    const list = (Array.isArray(raw[key]) ? raw[key] : [raw[key]]).map(String).filter((heading) => heading.trim() !== '')
    if (list.length === 0) fail(`--${key === 'leaveOut' ? 'leave-out' : 'keep-only'} needs a section heading`)
    else options[key] = list
  }
  if (raw.we !== undefined) {
    const names = (Array.isArray(raw.we) ? raw.we : [raw.we]).map(String).map((name) => name.trim()).filter((name) => name !== '')
    if (names.length === 0) fail('--we needs the name the plan\'s own body goes by, e.g. --we "Riverside Division"')
    else options.we = names
  }
  if (raw.blockHeadings !== undefined) {
    const kinds = ['objective', 'activity', 'milestones', 'update', 'measures']
    const given = raw.blockHeadings
    if (typeof given !== 'object' || given === null || Array.isArray(given)) fail('block-headings must be a map like {objective: "What we want to do"}')
    else for (const [kind, heading] of Object.entries(given)) {
      if (!kinds.includes(kind)) fail(`Unknown plan block "${kind}" (expected one of: ${kinds.join(', ')})`)
      else if (typeof heading !== 'string' || heading.trim() === '') fail(`The heading for ${kind} must be some text`)
      else options.blockHeadings[kind as keyof Options['blockHeadings']] = heading.trim()
    }
  }
  if (raw.rules !== undefined) checkRules(raw.rules, options.rules, fail)
  if (raw.select !== undefined) {
    const value = String(raw.select).toLowerCase()
    if (!['true', 'false', 'on', 'off'].includes(value)) fail(`--select must be on or off, not "${String(raw.select)}"`)
    else options.select = value === 'true' || value === 'on'
  }
  for (const key of ['pages', 'words'] as const) {
    if (raw[key] === undefined) continue
    const number = Number(raw[key])
    const least = key === 'pages' ? 4 : 200
    if (!Number.isInteger(number) || number < least) fail(`--${key} must be a whole number, ${least} or more, not "${String(raw[key])}"`)
    else options[key] = number
  }
  if (raw.selectData !== undefined) {
    if (typeof raw.selectData !== 'string' || raw.selectData.trim() === '') fail('--select-data needs a file')
    else options.selectData = raw.selectData
  }
  if (raw.config !== undefined) {
    if (typeof raw.config !== 'string' || raw.config.trim() === '') fail('--config needs a file')
    else options.config = raw.config
  }
  return errors.length > 0 ? {ok: false, errors} : {ok: true, value: options}
}

/** Check rule switches given as a map (`{tail-including: off}`) or as `--rule id=off` values: known ids, on or off. */
function checkRules(raw: unknown, rules: Options['rules'], fail: (message: string) => void): void {
  const pairs = Array.isArray(raw) || typeof raw === 'string'
    ? (Array.isArray(raw) ? raw : [raw]).map((given) => {
        const [id, value] = String(given).split('=')
        return [id!.trim(), value === undefined ? undefined : value.trim()] as const
      })
    : typeof raw === 'object' && raw !== null ? Object.entries(raw).map(([id, value]) => [id, value === false ? 'off' : value === true ? 'on' : value] as const) : undefined
  if (!pairs) return void fail('rules must be a map like {tail-including: off}')
  for (const [id, value] of pairs) {
    if (!ruleIds.includes(id)) fail(`--rule: unknown rule "${id}" (the rules are: ${ruleIds.join(', ')})`)
    else if (value !== 'on' && value !== 'off') fail(`--rule: ${id} must be on or off, not "${String(value)}" (e.g. --rule ${id}=off)`)
    else rules[id] = value
  }
}

/** Check colours given as `{text, background, heading, callout}` (any of them), then the contrast of each pair read together. */
function checkColours(raw: unknown, colours: Colours, fail: (message: string) => void): void {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return void fail('colours must be a map like {text: "#1a1a1a", background: "#ffffff"}')
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue
    if (!(name in colours)) fail(`Unknown colour "${name}" (expected text, background, heading or callout)`)
    else if (!isHexColour(value)) fail(`The ${name} colour must be six hex digits like #1a1a1a, not "${String(value)}"`)
    else colours[name as keyof Colours] = normaliseColour(value)
  }
  const pairs: Array<[keyof Colours, keyof Colours]> = [['text', 'background'], ['heading', 'background'], ['text', 'callout']]
  for (const [front, back] of pairs) {
    const ratio = contrastRatio(colours[front], colours[back])
    if (ratio < minimumContrast) fail(`The ${front} colour #${colours[front]} on the ${back} colour #${colours[back]} has a contrast of ${ratio.toFixed(2)}:1; WCAG AA needs at least ${minimumContrast}:1`)
  }
}
