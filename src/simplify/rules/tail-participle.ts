import type {SplitRule} from '../tails.js'
import {participleCuts} from '../tails.js'

/** A trailing “-ing” clause made a sentence with the subject written again. */
export const tailParticiple: SplitRule = {id: 'tail-participle', family: 'split', confidence: 0.8, summary: 'A trailing “-ing” clause made a sentence with the subject written again', cuts: participleCuts}
