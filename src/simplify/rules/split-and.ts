import type {SplitRule} from '../tails.js'
import {andCuts} from '../and-cuts.js'

/** A sentence cut at “and” between two clauses, or before a second verb that shares the subject. */
export const splitAnd: SplitRule = {id: 'split-and', family: 'split', confidence: 0.85, summary: 'A sentence cut at “and” between two clauses, or before a second verb that shares the subject', cuts: (context) => andCuts(context).filter((cut) => !/but$/i.test(cut.joiner))}
