// compromise, the tagger the simplify rules and term suggestions were first written on (the English layer's wink-nlp
// takes over stage by stage). Loaded at its first use, from the package's one-file CommonJS build: a command or a plan
// that reads no clauses loads none of it, and one file loads faster than the 456 files of its ES module source.
import {createRequire} from 'node:module'
import type compromise from 'compromise'

type Compromise = typeof compromise

let loaded: Compromise | undefined

/** compromise's reading of `text` (`nlp(text)`), loading the library the first time. */
export function nlp(text: string): ReturnType<Compromise> {
  loaded ??= createRequire(import.meta.url)('compromise') as Compromise
  return loaded(text)
}
