import type {RuleInfo} from '../types.js'

/** A series of “-ing” doings laid out as a list. */
export const listGerunds: RuleInfo = {id: 'list-gerunds', family: 'lists', confidence: 0.85, summary: 'A series of “-ing” doings laid out as a list'}
