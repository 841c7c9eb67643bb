import type {SplitRule} from '../tails.js'
import {resultCuts} from '../tail-phrases.js'

/** A trailing “, helping us to …” made “This helps us to …”. */
export const tailResult: SplitRule = {id: 'tail-result', family: 'split', confidence: 0.7, summary: 'A trailing “, helping us to …” made “This helps us to …”', cuts: resultCuts}
