import {checkOptions, dataFolder, type Options, type RawOptions} from '../options.js'
import {loadConfig, mergeRaw} from '../config.js'
import {loadGlossary} from '../glossary/load.js'
import {loadAmericanSpellings} from '../data.js'
import {loadPictures} from '../layout/load.js'
import {loadSelectData} from '../select/load.js'
import type {PipelineData} from '../pipeline.js'
import {UserError} from '../util/user-error.js'

/**
 * The settings of a build, check or draft, as a config file or a command line gives them (strings or typed values;
 * each is checked, and a wrong one is a `UserError` naming it). `config` is a settings file to read first: the API
 * reads one only when it is given (the command line finds `easyread.config.yml` itself).
 */
export type Settings = RawOptions

/** Settings checked and the data every stage needs loaded (glossary, pictures, word lists): reuse it for many plans. */
export class Prepared {
  constructor(
    readonly options: Options,
    readonly data: PipelineData
  ) {}
}

/** What of the data to load: `pictures` (the word → picture tables and their files; default true) only a build lays out. */
export interface PrepareParts {
  readonly pictures?: boolean
}

/**
 * Check the settings and load the data every stage needs; a problem in either is a `UserError`. `parts` leaves out
 * what a command does not use (`check` lays out no pictures, so it reads no picture table and no emoji set).
 */
export async function prepare(settings: Settings = {}, parts: PrepareParts = {}): Promise<Prepared> {
  const config = typeof settings.config === 'string' ? await loadConfig(settings.config) : {ok: true as const, value: {}}
  if (!config.ok) throw new UserError(config.errors)
  const checked = checkOptions(mergeRaw(config.value, settings))
  if (!checked.ok) throw new UserError(checked.errors)
  const glossary = await loadGlossary(checked.value.glossary)
  if (!glossary.ok) throw new UserError(glossary.errors)
  const pictures = parts.pictures === false ? undefined : await loadPictures(dataFolder, checked.value.pictures)
  if (pictures && !pictures.ok) throw new UserError(pictures.errors)
  const select = checked.value.selectData ? loadSelectData(checked.value.selectData) : undefined
  if (select && !select.ok) throw new UserError(select.errors)
  return new Prepared(checked.value, {glossary: glossary.value, american: await loadAmericanSpellings(), ...(pictures ? {pictures: pictures.value} : {}), ...(select?.ok ? {select: select.value} : {})})
}

/** Settings prepared now (with `parts`), or as they were prepared before. */
export async function prepared(settings: Settings | Prepared = {}, parts: PrepareParts = {}): Promise<Prepared> {
  return settings instanceof Prepared ? settings : prepare(settings, parts)
}
