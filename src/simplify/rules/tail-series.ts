import type {SplitRule} from '../tails.js'
import {semicolonSeriesCuts} from '../tail-phrases.js'

/** A series after a semicolon made “These are A, B and C.”. */
export const tailSeries: SplitRule = {id: 'tail-series', family: 'split', confidence: 0.85, summary: 'A series after a semicolon made “These are A, B and C.”', cuts: semicolonSeriesCuts}
