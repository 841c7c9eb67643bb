import type {RuleInfo} from '../types.js'

/** Sections left out (--leave-out, --keep-only). */
export const sectionLeftOut: RuleInfo = {id: 'section-left-out', family: 'sections', confidence: 1.0, summary: 'Sections left out (--leave-out, --keep-only)'}
