import type {RuleInfo} from '../types.js'

/** A performance question asked of the plan’s own body, asked as “how well do we …”. */
export const voiceQuestion: RuleInfo = {id: 'voice-question', family: 'voice', confidence: 0.9, summary: 'A performance question asked of the plan’s own body, asked as “how well do we …”'}
