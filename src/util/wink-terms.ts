// The simplify rules' tags read from the English layer (src/lang/reading.ts, wink-nlp): each word gets a set of tags
// in the vocabulary the rules were first written in (compromise's, the tagger before the layer: a pronoun is "Noun"
// and "Pronoun", "will" is "Modal", "to" a "Conjunction"), and each verb group its helpers.
import pluralize from 'pluralize'
import {modals} from '../lang/corrections.js'
import {readSentence, type ReadWord} from '../lang/reading.js'
import {remembered} from '../lang/remember.js'
import type {Reading, Term} from './tagger.js'

const copulas = new Set(['be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', "'s", '’s', "'re", '’re', "'m", '’m'])
const pastHelpers = new Set(['was', 'were', 'had', 'did'])
const possessives = new Set(['my', 'our', 'your', 'his', 'her', 'its', 'their', 'whose'])
const questionWords = new Set(['who', 'what', 'when', 'where', 'why', 'how', 'which'])
const negatives = /^(?:not|n['’]t|never|no)$/i
/** Plurals that everyday English takes as one thing ("this data"), as easy read writes them. */
const everydaySingular = new Set(['data'])

/** Whether pluralize takes a noun for a plural (see tagsOf), asked once a word: its rules are some hundred expressions. */
const isPluralNoun = remembered(
  (lower: string) => !everydaySingular.has(lower) && pluralize.isPlural(lower) && (!pluralize.isSingular(lower) || /[^suiy']s$/i.test(lower)),
  50_000
)

/** The tags of one word, from its part of speech, its form and its neighbours. */
function tagsOf(word: ReadWord, before: ReadWord | undefined, after: ReadWord | undefined): Set<string> {
  const lower = word.value.toLowerCase()
  const tags = new Set<string>()
  switch (word.pos) {
    case 'NOUN':
    case 'PROPN': {
      // pluralize knows the plurals ("children", "people", "carers"; not "status", "analysis", nor "programme", whose
      // lemma the model spells "program"); a word it finds both ("staff", "police") is plural only in -s ("premises").
      tags.add('Noun').add(isPluralNoun(lower) ? 'Plural' : 'Singular')
      if (word.pos === 'PROPN' || (/^\p{Lu}/u.test(word.value) && before !== undefined)) tags.add('ProperNoun')
      if (/^\p{Lu}{2,}s?$/u.test(word.value)) tags.add('Acronym')
      break
    }
    case 'PRON':
      // compromise's conventions: "we" is a noun and a pronoun, "our" a noun and a possessive.
      tags.add('Noun').add(possessives.has(lower) ? 'Possessive' : 'Pronoun')
      if (questionWords.has(lower)) tags.add('QuestionWord')
      break
    case 'DET':
      if (possessives.has(lower)) tags.add('Noun').add('Possessive')
      else tags.add('Determiner')
      break
    case 'ADJ':
      tags.add('Adjective')
      break
    case 'ADV':
      tags.add(negatives.test(lower) ? 'Negative' : 'Adverb')
      if (questionWords.has(lower)) tags.add('QuestionWord')
      break
    case 'ADP':
      tags.add('Preposition')
      break
    case 'CCONJ':
    case 'SCONJ':
      tags.add('Conjunction')
      break
    case 'NUM':
      tags.add('Value').add('Cardinal')
      break
    case 'PART':
      if (negatives.test(lower)) tags.add('Negative')
      else if (lower === 'to') tags.add('Conjunction')
      else tags.add('Preposition')
      break
    case 'AUX':
    case 'VERB':
      tags.add('Verb')
      verbForm(word, before, after, tags)
      break
    default:
      break
  }
  return tags
}

/** A verb's form: a helper (modal, a form of "be"), a plain form, a form in -s, -ing, or the past. */
function verbForm(word: ReadWord, before: ReadWord | undefined, after: ReadWord | undefined, tags: Set<string>): void {
  const lower = word.value.toLowerCase()
  const helps = after !== undefined && (after.pos === 'VERB' || after.pos === 'AUX' || (after.pos === 'PART' && negatives.test(after.value)) || (after.pos === 'ADV' && /ly$/i.test(after.value)))
  if (modals.has(lower)) {
    tags.add('Modal').add('Auxiliary')
    return
  }
  if (copulas.has(lower)) tags.add('Copula')
  if (word.pos === 'AUX' && (helps || !copulas.has(lower))) tags.add('Auxiliary')
  if (word.gerund) tags.add('Gerund').add('PresentTense')
  else if (word.participle) tags.add('PastTense').add('Participle')
  else if (lower === word.lemma) tags.add('PresentTense').add('Infinitive')
  else if (/s$/i.test(lower) && !/ss$/i.test(lower) && (lower === `${word.lemma}s` || lower === `${word.lemma}es` || /ies$/i.test(lower) || lower === 'is' || lower === 'has' || lower === 'does')) tags.add('PresentTense')
  else if (lower === 'are' || lower === 'am' || lower === "'re" || lower === '’re' || lower === "'m" || lower === '’m') tags.add('PresentTense')
  else if (pastHelpers.has(lower) || lower !== word.lemma) tags.add('PastTense')
  if (before && copulas.has(before.value.toLowerCase()) && tags.has('PastTense')) tags.add('Participle')
}

/** The reading of `text` as the rules' terms (words only, no punctuation) and verb groups, from the English layer. */
export function winkReading(text: string): Reading {
  const reading = readSentence(text)
  const words = reading.words.filter((word) => word.pos !== 'PUNCT' && /[\p{L}\p{N}]/u.test(word.value))
  const tagged = new Map<ReadWord, Set<string>>()
  words.forEach((word, index) => tagged.set(word, tagsOf(word, words[index - 1], words[index + 1])))
  const terms: Term[] = []
  for (const word of words) {
    const previous = terms.at(-1)
    // "children's services": the possessive is part of its noun's term, as the rules read it ("the city's", one word).
    if (previous && /^['’]s$/i.test(word.value) && word.start === previous.end && word.pos === 'PART') {
      terms[terms.length - 1] = {...previous, text: `${previous.text}${word.value}`, end: word.end, tags: new Set([...previous.tags, 'Possessive'])}
      continue
    }
    terms.push({text: word.value, start: word.start, end: word.end, tags: tagged.get(word)!})
  }
  const verbs = reading.verbs.map((group) => ({
    start: group.start,
    end: group.end,
    text: group.text,
    auxiliary: group.auxiliary,
    negative: group.negative,
    nonFinite: group.nonFinite,
    head: tagged.get(group.head)!,
    words: group.words.filter((word) => tagged.has(word)).map((word) => ({text: word.value, tags: tagged.get(word)!}))
  }))
  return {terms, verbs}
}
