import {retext} from 'retext'
import retextEnglish from 'retext-english'
import retextReadability from 'retext-readability'
import {VFile} from 'vfile'
import type {RetextSignal} from './types.js'
import {sentenceTree} from '../lang/sentences.js'
import {wordCount} from '../lang/tokens.js'

/** retext-readability's default: a sentence is hard when 4 of its 7 formulas say so. */
export const retextThreshold = 4 / 7

/**
 * retext-readability's verdict on one sentence at the target age, as one more signal. It only reports sentences it
 * finds hard, so it runs with the lowest threshold (1 of 7) to learn how many formulas say hard, and the sentence
 * counts as hard at the default 4 of 7. Its known faults (EASY-READ.md) are why it only ever adds a warning.
 */
export function createRetextSignal(age: number): (text: string) => RetextSignal {
  const processor = retext().use(retextEnglish).use(retextReadability, {age, threshold: 1 / 7, minWords: 5})
  return (text) => {
    const file = new VFile(text)
    // The sentence's tree from the structure stage's parse when it has one (each sentence is parsed once).
    processor.runSync(sentenceTree(text), file)
    const message = file.messages.find((item) => item.source === 'retext-readability')
    if (!message) return {hard: false, formulas: wordCount(text) < 5 ? null : 0, of: 7}
    const match = /(\d+) out of/.exec(message.reason)
    const formulas = match ? Number(match[1]) : 7
    return {hard: formulas / 7 >= retextThreshold, formulas, of: 7}
  }
}
