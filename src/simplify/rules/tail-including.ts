import type {SplitRule} from '../tails.js'
import {includingCuts} from '../tail-phrases.js'

/** “…, including X” at the end made “This includes X.”. */
export const tailIncluding: SplitRule = {id: 'tail-including', family: 'split', confidence: 0.6, summary: '“…, including X” at the end made “This includes X.”', cuts: includingCuts}
