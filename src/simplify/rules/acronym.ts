import type {RuleInfo} from '../types.js'

/** An acronym written out where it is first used. */
export const acronym: RuleInfo = {id: 'acronym', family: 'acronyms', confidence: 0.9, summary: 'An acronym written out where it is first used'}
