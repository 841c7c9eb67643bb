import type {SplitRule} from '../tails.js'
import {asideCuts} from '../and-cuts.js'

/** A sentence cut at “and, where possible, …”: the aside opens the new sentence. */
export const splitAndAside: SplitRule = {id: 'split-and-aside', family: 'split', confidence: 0.8, summary: 'A sentence cut at “and, where possible, …”: the aside opens the new sentence', cuts: asideCuts}
