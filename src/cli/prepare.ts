import type {RawOptions} from '../options.js'
import {findConfig} from '../config.js'
import {prepare, type PrepareParts} from '../api/settings.js'
import type {Io} from './types.js'

/**
 * Check the options and load the data, with the config file the command line finds (the one given, else the nearest
 * easyread.config.yml); with --verbose, say on standard error which one was used.
 */
export async function prepareFor(raw: RawOptions, io: Io, verbose: boolean, parts: PrepareParts = {}) {
  const config = findConfig(typeof raw.config === 'string' ? raw.config : undefined)
  if (verbose) io.err(config ? `easyread: using the config file ${config}` : 'easyread: no config file (easyread.config.yml) in this folder or its parents')
  return prepare({...raw, config}, parts)
}
