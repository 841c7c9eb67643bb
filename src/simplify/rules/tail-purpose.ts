import type {SplitRule} from '../tails.js'
import {purposeCuts} from '../tails.js'

/** A purpose at the end (“… to make sure …”) made its own sentence. */
export const tailPurpose: SplitRule = {id: 'tail-purpose', family: 'split', confidence: 0.85, summary: 'A purpose at the end (“… to make sure …”) made its own sentence', cuts: purposeCuts}
