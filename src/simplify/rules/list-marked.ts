import type {RuleInfo} from '../types.js'

/** A series after “such as”, “including”, a colon or a semicolon laid out as a list. */
export const listMarked: RuleInfo = {id: 'list-marked', family: 'lists', confidence: 0.85, summary: 'A series after “such as”, “including”, a colon or a semicolon laid out as a list'}
