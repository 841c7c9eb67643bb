import type {RuleInfo} from '../types.js'

/** A series of things at the end of a sentence laid out as a list. */
export const listSeries: RuleInfo = {id: 'list-series', family: 'lists', confidence: 0.85, summary: 'A series of things at the end of a sentence laid out as a list'}
