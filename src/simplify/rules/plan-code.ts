import type {RuleInfo} from '../types.js'

/** Plan codes ("Y1-3, Q2 & Q4") in plain words. */
export const planCode: RuleInfo = {id: 'plan-code', family: 'plan-codes', confidence: 0.95, summary: 'Plan codes ("Y1-3, Q2 & Q4") in plain words'}
