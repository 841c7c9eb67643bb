import type {RuleInfo} from '../types.js'

/** The plan’s own body written as “we” and “our”. */
export const voiceWe: RuleInfo = {id: 'voice-we', family: 'voice', confidence: 0.9, summary: 'The plan’s own body written as “we” and “our”'}
