import type {SplitRule} from '../tails.js'
import {andCuts} from '../and-cuts.js'

/** A sentence cut at “but”: the second clause starts with “But”. Never “not only X but also Y”: one idea in two parts. */
export const splitBut: SplitRule = {id: 'split-but', family: 'split', confidence: 0.85, summary: 'A sentence cut at “but”: the second clause starts with “But”', cuts: (context) => andCuts(context).filter((cut) => /but$/i.test(cut.joiner) && !/\bnot (?:only|just|simply)\b/i.test(cut.left))}
