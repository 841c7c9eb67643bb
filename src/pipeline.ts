import {unified, type Pluggable} from 'unified'
import type {Options} from './options.js'
import type {GlossaryEntry} from './glossary/types.js'
import {headings} from './structure/headings.js'
import {planBlocks} from './structure/plan-blocks.js'
import {oneSentencePerLine} from './structure/sentences.js'
import {glossaryTerms} from './glossary/plugin.js'
import {readability} from './readability/plugin.js'
import {expandForms} from './glossary/forms.js'
import {layoutRows} from './layout/plugin.js'
import type {PictureTable} from './layout/load.js'
import {simplify} from './simplify/plugin.js'
import {select} from './select/plugin.js'
import {planFacts} from './select/facts.js'
import {createEveryday} from './select/everyday.js'
import type {SelectData} from './select/types.js'
import {reportProgress} from './util/progress.js'

/** What the stages need besides the options: data loaded once, at the boundary. */
export interface PipelineData {
  glossary: readonly GlossaryEntry[]
  /** British spelling → American spelling. */
  american: ReadonlyMap<string, string>
  /** Word → picture tables: the shipped one and the user's (`--pictures`). Default: none (rows get keyword pictures only). */
  pictures?: {table: PictureTable; user: PictureTable}
  /** The select stage's data (`--select-data`). Default: the shipped glossary/select.yml. */
  select?: SelectData
}

/** One named stage of the pipeline: a unified plugin with its options. */
export interface Stage {
  name: string
  use: Pluggable
}

/** The stages in order: structure → simplify → select → glossary → readability → layout. Readers come before, writers after. */
export function stages(options: Options, data: PipelineData): Stage[] {
  const everyday = createEveryday(data.american)
  return [
    {name: 'headings', use: [headings, {title: options.title}]},
    {name: 'plan blocks', use: planBlocks},
    {name: 'sentences', use: oneSentencePerLine},
    {name: 'plan facts', use: planFacts},
    {name: 'simplify', use: [simplify, {enabled: options.simplify, glossary: data.glossary, leaveOut: options.leaveOut, keepOnly: options.keepOnly, we: options.we.length > 0 ? options.we : undefined, blockHeadings: options.blockHeadings, rules: options.rules}]},
    {name: 'select', use: [select, {enabled: options.select && options.simplify, budget: options.words ? {words: options.words} : {pages: options.pages}, type: options, glossary: data.glossary, everyday, we: options.we.length > 0 ? options.we : undefined, data: data.select}]},
    {name: 'glossary', use: [glossaryTerms, {entries: data.glossary, boldEveryUse: options.boldEveryUse, callouts: options.callouts, everyday}]},
    {name: 'readability', use: [readability, {age: options.age, familiar: familiarWords(data.glossary), american: data.american}]},
    {name: 'layout', use: [layoutRows, {glossary: data.glossary, table: data.pictures?.table, user: data.pictures?.user}]}
  ]
}

export function createProcessor(options: Options, data: PipelineData) {
  return unified().use(stages(options, data).flatMap((stage) => [announce(stage.name), stage.use]))
}

/** A plugin that says the next stage is starting (a progress line on a terminal); one function per stage, as unified keeps one use of each plugin. */
function announce(name: string): Pluggable {
  return () => () => reportProgress(name)
}

/** Every word of every glossary name and its forms: explained terms must not make a sentence hard. */
function familiarWords(entries: readonly GlossaryEntry[]): Set<string> {
  const words = new Set<string>()
  for (const entry of entries) {
    for (const name of [entry.term, ...entry.aliases]) for (const form of expandForms(name)) for (const word of form.split(' ')) words.add(word)
  }
  return words
}
