import {syllable, daleChallWords, spacheWords} from './word-data.js'
import {wordLists} from './lists.js'
import {wordTokens} from '../lang/tokens.js'
import {remembered} from '../lang/remember.js'

/**
 * One word of a sentence, as the counts and the rules see it:
 * - `number`: digits ("13", "2023", "1,500", "Y1-3" is a code and counts as a word);
 * - `acronym`: 2 to 5 capitals ("ASB", "VAWG"), or a longer one on the acronym list ("UNESCO");
 * - `capitals`: a longer word in block capitals ("IMPORTANT"), or a run of common words in capitals ("PLEASE NOTE");
 * - `name`: a capitalised word that does not start the sentence ("Lanarkshire", "Police Scotland"), or one that the
 *   document capitalises elsewhere in mid-sentence;
 * - `word`: everything else.
 */
export interface Word {
  value: string
  /** Offset in the sentence's text. */
  start: number
  end: number
  kind: 'word' | 'number' | 'acronym' | 'capitals' | 'name'
  syllables: number
}

/** No British-to-American spellings, for a check that needs none (one map, so its forms are remembered). */
const noSpellings: ReadonlyMap<string, string> = new Map()

const capitalsPattern = /^[\p{Lu}\d&]{2,}(?:['’]?s)?$/u

/** Tokens of a sentence, before kinds are given: the English layer's words, as every stage counts them. */
export const tokens = wordTokens

/** The words of a sentence with their kinds; `names` are words the document capitalises in mid-sentence. */
export function wordsOf(text: string, names: ReadonlySet<string> = new Set()): Word[] {
  const found = tokens(text)
  const capitals = found.map((token) => capitalsPattern.test(token.value) && /\p{L}/u.test(token.value))
  return found.map((token, index) => {
    const {value} = token
    const bare = value.replace(/['’]?s$/, '')
    let kind: Word['kind']
    if (/^\d/.test(value)) kind = 'number'
    else if (capitals[index]) {
      const inRun = (capitals[index - 1] ?? false) || (capitals[index + 1] ?? false)
      const known = wordLists.acronyms.has(bare) || wordLists.acronyms.has(value)
      kind = known ? 'acronym' : bare.length > 5 || (inRun && bare.length > 2 && onDaleChall(bare, noSpellings)) ? 'capitals' : 'acronym'
    } else if (value === 'I' || value.startsWith('I’') || value.startsWith("I'")) kind = 'word'
    else if (/^\p{Lu}/u.test(value) && (index > 0 || names.has(value))) kind = 'name'
    else kind = 'word'
    const syllables = kind === 'number' ? 1 : kind === 'acronym' ? bare.replace(/[^\p{L}\d]/gu, '').length : Math.max(1, syllable(value.toLowerCase()))
    return {value, start: token.start, end: token.end, kind, syllables}
  })
}

/**
 * The document's proper names: words it capitalises in mid-sentence, and capitalised words that start a sentence
 * and that it never writes in small letters nor are familiar words ("Clackmannanshire local policing plan").
 */
export function namesIn(texts: readonly string[], american: ReadonlyMap<string, string>): Set<string> {
  const names = new Set<string>()
  const starts = new Set<string>()
  const lower = new Set<string>()
  for (const text of texts) {
    tokens(text).forEach(({value}, index) => {
      if (!/^\p{Lu}\p{Ll}/u.test(value)) {
        if (/^\p{Ll}/u.test(value)) lower.add(value)
      } else if (index > 0) names.add(value)
      else starts.add(value)
    })
  }
  for (const value of starts) if (!lower.has(value.toLowerCase()) && !onDaleChall(value, american) && !onSpache(value, american)) names.add(value)
  return names
}

const endings = [['s', ''], ['es', ''], ['ies', 'y'], ['ied', 'y'], ['ed', ''], ['ed', 'e'], ['d', ''], ['ing', ''], ['ing', 'e'], ['er', ''], ['er', 'e'], ['ers', ''], ['ly', ''], ['ily', 'y'], ["'s", ''], ["s'", 's']] as const

/**
 * `answer` for a word and a spelling map, remembered per map (`remembered`, bounded): every stage asks about the same
 * words, many times over.
 */
function perSpelling<Result>(answer: (word: string, american: ReadonlyMap<string, string>) => Result): (word: string, american: ReadonlyMap<string, string>) => Result {
  const bySpelling = new WeakMap<ReadonlyMap<string, string>, (word: string) => Result>()
  return (word, american) => {
    let ask = bySpelling.get(american)
    if (!ask) bySpelling.set(american, (ask = remembered((each: string) => answer(each, american), 50_000)))
    return ask(word)
  }
}

/** The forms a word may take on an American list: itself, without a common ending, in American spelling. */
export const listForms = perSpelling((word, american): readonly string[] => Object.freeze(formsOf(word, american)))

function formsOf(word: string, american: ReadonlyMap<string, string>): string[] {
  const lower = word.toLowerCase().replace(/’/g, "'")
  const forms = new Set([lower, american.get(lower) ?? lower])
  for (const form of [...forms]) {
    for (const [ending, replacement] of endings) {
      if (form.endsWith(ending) && form.length - ending.length >= 2) {
        const stem = form.slice(0, -ending.length) + replacement
        forms.add(stem)
        forms.add(american.get(stem) ?? stem)
        // A doubled consonant before -ed or -ing: "planned" → "plan".
        if (/(ed|ing)$/.test(ending) && /([b-df-hj-np-tv-z])\1$/.test(stem)) forms.add(stem.slice(0, -1))
      }
    }
    // Regular British endings, for words the spelling list does not hold.
    forms.add(form.replace(/our(s?)$/, 'or$1').replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1').replace(/tre(s?)$/, 'ter$1'))
  }
  return [...forms]
}

/** Prefixes that stand before a hyphen and leave the word as easy as its base ("ex-partner", "anti-social"). */
const prefixes = new Set(['ex', 'anti', 'non', 'co', 're', 'pre', 'post', 'multi', 'self', 'well', 'sub', 'inter', 'over', 'under', 'cross', 'semi'])

function onList(word: string, list: ReadonlySet<string>, american: ReadonlyMap<string, string>): boolean {
  // A hyphenated word is familiar when each of its parts is (Dale and Chall's own rule).
  if (/[-]/.test(word)) return word.split('-').every((part, index) => part === '' || (index === 0 && prefixes.has(part.toLowerCase())) || onList(part, list, american))
  return listForms(word, american).some((form) => list.has(form) || wordLists.easy.has(form))
}

/** On the Dale-Chall list of 3,000 familiar words, or easyread's list of everyday words, in any common form. */
export const onDaleChall = perSpelling((word, american) => onList(word, daleChallWords, american))

/** On the Spache list of familiar words, or easyread's list of everyday words, in any common form. */
export const onSpache = perSpelling((word, american) => onList(word, spacheWords, american))
