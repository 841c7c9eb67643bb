import type {SplitRule} from '../tails.js'
import {includingAsideCuts} from '../tail-phrases.js'

/** “including X” inside a sentence made “These events include X.” after it. */
export const splitIncludingAside: SplitRule = {id: 'split-including-aside', family: 'split', confidence: 0.8, summary: '“including X” inside a sentence made “These events include X.” after it', cuts: includingAsideCuts}
