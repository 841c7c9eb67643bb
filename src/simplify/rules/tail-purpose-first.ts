import type {SplitRule} from '../tails.js'
import {frontPurposeCuts} from '../tails.js'

/** A purpose put first (“To …, we will …”) made a sentence after the main one. */
export const tailPurposeFirst: SplitRule = {id: 'tail-purpose-first', family: 'split', confidence: 0.8, summary: 'A purpose put first (“To …, we will …”) made a sentence after the main one', cuts: frontPurposeCuts}
