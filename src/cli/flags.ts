import type {RawOptions} from '../options.js'

/** The flags every command that builds or checks shares, in `node:util` parseArgs form. */
export const optionFlags = {
  format: {type: 'string'},
  glossary: {type: 'string', multiple: true},
  age: {type: 'string'},
  title: {type: 'string'},
  'bold-every-use': {type: 'boolean'},
  callouts: {type: 'string'},
  font: {type: 'string'},
  'font-size': {type: 'string'},
  'line-spacing': {type: 'string'},
  'page-size': {type: 'string'},
  'text-colour': {type: 'string'},
  'background-colour': {type: 'string'},
  'heading-colour': {type: 'string'},
  'callout-colour': {type: 'string'},
  pictures: {type: 'string'},
  'picture-width': {type: 'string'},
  'reference-docx': {type: 'string'},
  'page-count': {type: 'boolean'},
  config: {type: 'string'},
  'no-simplify': {type: 'boolean'},
  'leave-out': {type: 'string', multiple: true},
  'keep-only': {type: 'string', multiple: true},
  we: {type: 'string', multiple: true},
  rule: {type: 'string', multiple: true},
  select: {type: 'string'},
  pages: {type: 'string'},
  words: {type: 'string'},
  'select-data': {type: 'string'}
} as const

/** Parsed flag values → raw options, checked later by `checkOptions`. */
export function rawOptionsFrom(values: Record<string, string | boolean | string[] | undefined>): RawOptions {
  return {
    formats: values.format,
    glossary: values.glossary,
    age: values.age,
    title: values.title,
    boldEveryUse: values['bold-every-use'],
    callouts: values.callouts,
    font: values.font,
    fontSize: values['font-size'],
    lineSpacing: values['line-spacing'],
    pageSize: values['page-size'],
    colours: colourFlags(values),
    pictures: values.pictures,
    pictureWidth: values['picture-width'],
    referenceDocx: values['reference-docx'],
    pageCount: values['page-count'],
    config: values.config,
    simplify: values['no-simplify'] === true ? false : undefined,
    leaveOut: values['leave-out'],
    keepOnly: values['keep-only'],
    we: values.we,
    rules: values.rule,
    select: values.select,
    pages: values.pages,
    words: values.words,
    selectData: values['select-data']
  }
}

/** `--text-colour` and the rest → `{text, …}`, or undefined when none is given (the config file's colours stay). */
function colourFlags(values: Record<string, string | boolean | string[] | undefined>): RawOptions['colours'] {
  const colours = Object.fromEntries(['text', 'background', 'heading', 'callout'].flatMap((name) => (values[`${name}-colour`] === undefined ? [] : [[name, values[`${name}-colour`]]])))
  return Object.keys(colours).length > 0 ? colours : undefined
}
