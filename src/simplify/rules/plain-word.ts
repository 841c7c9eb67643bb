import type {RuleInfo} from '../types.js'

/** An office word changed for an everyday word (glossary/plain-words.yml). */
export const plainWord: RuleInfo = {id: 'plain-word', family: 'plain-words', confidence: 0.9, summary: 'An office word changed for an everyday word (glossary/plain-words.yml)'}
