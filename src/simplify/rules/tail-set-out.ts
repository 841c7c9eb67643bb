import type {SplitRule} from '../tails.js'
import {setOutCuts} from '../tail-phrases.js'

/** “… as outlined in X” made “This is set out in X.”. */
export const tailSetOut: SplitRule = {id: 'tail-set-out', family: 'split', confidence: 0.85, summary: '“… as outlined in X” made “This is set out in X.”', cuts: setOutCuts}
