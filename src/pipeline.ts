import {unified} from 'unified'
import type {Options} from './options.js'
import type {GlossaryEntry} from './glossary/types.js'
import {headings} from './structure/headings.js'
import {planBlocks} from './structure/plan-blocks.js'
import {oneSentencePerLine} from './structure/sentences.js'
import {glossaryTerms} from './glossary/plugin.js'
import {readability} from './readability/plugin.js'
import {expandForms} from './glossary/forms.js'

/** What the stages need besides the options: data loaded once, at the boundary. */
export interface PipelineData {
  glossary: readonly GlossaryEntry[]
  /** British spelling → American spelling. */
  american: ReadonlyMap<string, string>
}

/** The stages in order: structure → glossary → readability. Readers come before, writers after. */
export function createProcessor(options: Options, data: PipelineData) {
  return unified()
    .use(headings, {title: options.title})
    .use(planBlocks)
    .use(oneSentencePerLine)
    .use(glossaryTerms, {entries: data.glossary, boldEveryUse: options.boldEveryUse, callouts: options.callouts})
    .use(readability, {age: options.age, familiar: familiarWords(data.glossary), american: data.american})
}

/** Every word of every glossary name and its forms: explained terms must not make a sentence hard. */
function familiarWords(entries: readonly GlossaryEntry[]): Set<string> {
  const words = new Set<string>()
  for (const entry of entries) {
    for (const name of [entry.term, ...entry.aliases]) for (const form of expandForms(name)) for (const word of form.split(' ')) words.add(word)
  }
  return words
}
