import type {RuleInfo} from '../types.js'

/** An order ("Keep people safe") written as a sentence ("We want to keep people safe"). */
export const blockOrder: RuleInfo = {id: 'block-order', family: 'plan-blocks', confidence: 0.9, summary: 'An order ("Keep people safe") written as a sentence ("We want to keep people safe")'}
