import type {RuleInfo} from '../types.js'

/** A plan block’s label replaced by its plain heading. */
export const blockHeading: RuleInfo = {id: 'block-heading', family: 'plan-blocks', confidence: 0.95, summary: 'A plan block’s label replaced by its plain heading'}
