import type {RuleInfo} from '../types.js'

/** A series of things we will do laid out as a list (“We will:”). */
export const listVerbs: RuleInfo = {id: 'list-verbs', family: 'lists', confidence: 0.85, summary: 'A series of things we will do laid out as a list (“We will:”)'}
