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
  'line-spacing': {type: 'string'}
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
    lineSpacing: values['line-spacing']
  }
}
