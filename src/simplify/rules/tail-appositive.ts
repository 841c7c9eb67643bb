import type {SplitRule} from '../tails.js'
import {appositiveCuts} from '../tail-phrases.js'

/** A noun group after a comma that names the thing again made “This is …”. */
export const tailAppositive: SplitRule = {id: 'tail-appositive', family: 'split', confidence: 0.8, summary: 'A noun group after a comma that names the thing again made “This is …”', cuts: appositiveCuts}
