import type {SplitRule} from '../tails.js'
import {thatCuts} from '../tail-phrases.js'

/** A “that” clause after a noun made “This plan …”. */
export const splitThat: SplitRule = {id: 'split-that', family: 'split', confidence: 0.85, summary: 'A “that” clause after a noun made “This plan …”', cuts: thatCuts}
