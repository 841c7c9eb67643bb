import type {RawOptions} from '../options.js'
import {findConfig} from '../config.js'
import {prepare} from '../index.js'
import type {Io} from './types.js'

/** Check the options and load the data, saying with --verbose which config file was used (on standard error). */
export async function prepareFor(raw: RawOptions, io: Io, verbose: boolean) {
  if (verbose) {
    const config = findConfig(typeof raw.config === 'string' ? raw.config : undefined)
    io.err(config ? `easyread: using the config file ${config}` : 'easyread: no config file (easyread.config.yml) in this folder or its parents')
  }
  return prepare(raw)
}
