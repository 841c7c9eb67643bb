import type {Rule} from './rule.js'
import {lengthRule} from './length.js'
import {oneIdeaRule} from './one-idea.js'
import {passiveRule} from './passive.js'
import {acronymsRule} from './acronyms.js'
import {contractionsRule} from './contractions.js'
import {numbersRule} from './numbers.js'
import {hardWordsRule} from './hard-words.js'
import {paragraphsRule} from './paragraphs.js'
import {emphasisRule} from './emphasis.js'

export type {Analysis, DocumentState, RawFinding, Rule} from './rule.js'

/** Every easy-read rule, in the order their findings are listed. */
export const rules: readonly Rule[] = [lengthRule, oneIdeaRule, passiveRule, acronymsRule, contractionsRule, numbersRule, hardWordsRule, paragraphsRule, emphasisRule]
