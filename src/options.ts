import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {CalloutPlace} from './glossary/plugin.js'
import type {Checked, Problem} from './util/result.js'

export type Format = 'html' | 'docx' | 'json'
export const formats: readonly Format[] = ['html', 'docx', 'json']
export const fontSizes = [14, 16, 18, 21] as const
export type FontSize = (typeof fontSizes)[number]

/** Where easyread's own data lives (the shipped glossary, word lists and pictures). */
export const dataFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'glossary')

/** Every option of a build, checked. Defaults are in `defaultOptions`. */
export interface Options {
  /** Outputs to write. Default: all of html, docx, json. */
  formats: Format[]
  /** Target reading age. Default: 9. */
  age: number
  /** The document's title. Default: the plan's first level-1 heading, else the file name. */
  title?: string
  /** Glossary folders (YAML files of terms). Default: the shipped `glossary/terms`. */
  glossary: string[]
  /** Bold every use of a glossary term, not only the first. Default: false. */
  boldEveryUse: boolean
  /** Where term explanations go. Default: 'sentence' (right after the sentence). */
  callouts: CalloutPlace
  /** Body font. Default: Arial. */
  font: string
  /** Body size in points: 14, 16, 18 or 21. Default: 16. */
  fontSize: FontSize
  /** Line spacing as a multiple. Default: 1.5. */
  lineSpacing: number
}

export const defaultOptions: Readonly<Options> = {
  formats: [...formats],
  age: 9,
  glossary: [path.join(dataFolder, 'terms')],
  boldEveryUse: false,
  callouts: 'sentence',
  font: 'Arial',
  fontSize: 16,
  lineSpacing: 1.5
}

/** Raw option values, as a command line or a config file gives them. */
export type RawOptions = {[Key in keyof Options]?: unknown}

/** Check raw values into typed options; every problem is named with the option it concerns. */
export function checkOptions(raw: RawOptions, origin = 'options'): Checked<Options> {
  const errors: Problem[] = []
  const fail = (message: string) => errors.push({file: origin, message})
  const options: Options = {...defaultOptions, formats: [...defaultOptions.formats], glossary: [...defaultOptions.glossary]}

  if (raw.formats !== undefined) {
    const list = Array.isArray(raw.formats) ? raw.formats : String(raw.formats).split(',')
    const wrong = list.filter((format) => !formats.includes(String(format).trim() as Format))
    if (wrong.length > 0 || list.length === 0) fail(`Unknown format "${wrong.join(', ')}": use html, docx or json`)
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
    if (raw.callouts !== 'sentence' && raw.callouts !== 'section') fail(`--callouts must be "sentence" or "section", not "${String(raw.callouts)}"`)
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
  return errors.length > 0 ? {ok: false, errors} : {ok: true, value: options}
}
