import type {SplitRule} from '../tails.js'
import {rangeCuts} from '../tail-phrases.js'

/** “…, from X to Y” at the end made “Examples range from X to Y.”. */
export const tailRange: SplitRule = {id: 'tail-range', family: 'split', confidence: 0.7, summary: '“…, from X to Y” at the end made “Examples range from X to Y.”', cuts: rangeCuts}
