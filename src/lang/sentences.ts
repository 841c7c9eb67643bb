// Sentence boundaries, from parse-english (retext-english's parser), parsed once: the structure stage cuts
// paragraphs into sentences with it, and the readability stage hands retext-readability the same sentence trees
// instead of parsing each sentence again.
import {ParseEnglish} from 'parse-english'
import type {Root, Sentence} from 'nlcst'
import {forgetWithRemembered} from './remember.js'

const english = new ParseEnglish()

/**
 * The sentence trees of the paragraphs cut lately, by their text: the readability stage asks for the same sentences
 * when they come through unchanged. The seed's build cuts 381 and the readability stage finds 14 of them (the rest were
 * rewritten or left out); a plan ten times as long keeps its last thousand (36 found). Keeping 4,000 (105 found) held
 * some 70 MB of trees through a long plan's build for a few milliseconds of parsing.
 */
const kept = new Map<string, Sentence>()
const keep = 1000
forgetWithRemembered(kept)

/**
 * Where each sentence of a text starts and ends (offsets), from retext-english's sentence rules,
 * which keep abbreviations ("e.g.", "Dr."), decimals and codes such as "Y1-3" inside their sentence.
 */
export function sentenceRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  for (const paragraph of english.parse(text).children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      const start = sentence.position?.start.offset
      const end = sentence.position?.end.offset
      if (start === undefined || end === undefined) continue
      ranges.push([start, end])
      if (kept.size >= keep) kept.delete(kept.keys().next().value!)
      kept.set(text.slice(start, end), sentence)
    }
  }
  // parse-english starts a new paragraph at a blank line; a single line break stays in the sentence.
  return ranges
}

/**
 * The nlcst tree of a sentence's text: the tree made when its paragraph was cut, when the text is that sentence word
 * for word, or a new parse. The tree is shared: never change it.
 */
export function sentenceTree(text: string): Root {
  const known = kept.get(text)
  if (known) return {type: 'RootNode', children: [{type: 'ParagraphNode', children: [known]}]}
  return english.parse(text)
}
