import type {SplitRule} from '../tails.js'
import {withCuts} from '../tail-phrases.js'

/** “…, with X doing Y” made “X is doing Y.”. */
export const tailWith: SplitRule = {id: 'tail-with', family: 'split', confidence: 0.8, summary: '“…, with X doing Y” made “X is doing Y.”', cuts: withCuts}
