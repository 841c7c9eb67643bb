// Moved to the English layer; kept here for the modules and tests that import it from util.
export {sentenceRanges} from '../lang/sentences.js'
