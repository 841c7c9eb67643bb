import type {PlainWord} from './types.js'
import {keepCase, overlaps, type Edit, type Ranges} from './edits.js'
import {verbsOf} from './clauses.js'
import {escapeRegExp} from '../util/regex.js'

export type PlainWordFinder = (text: string, protectedRanges: Ranges) => Edit[]

/** Words that start with a vowel letter but a consonant sound, and the reverse: for "a"/"an" before a new word. */
const consonantSound = /^(?:uni|use|usu|eu|one|once)/i
const vowelSound = /^(?:hour|honest|honour)/i
/** An amount: digits, a sum of money, a number word or a fraction ("3 weeks", "£2 million", "ten", "a third"). */
const amountNext = /^\s+(?:[£$€]?\d|(?:an?\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|half|third|quarter|fifth|tenth|dozen)\b)/i

function needsAn(word: string): boolean {
  return vowelSound.test(word) || (/^[aeiou]/i.test(word) && !consonantSound.test(word))
}

/**
 * The plain-words rule: each office word of the list ("utilise", "in order to") becomes its everyday word ("use",
 * "to"), as whole words, keeping case, and fixing "a"/"an" before it. Never inside a quotation or a protected stretch
 * (a glossary term of several words), never in a name (a capitalised word that does not start the sentence), and
 * never where it would say a word twice ("improve and enhance").
 */
export function createPlainWords(list: readonly PlainWord[]): PlainWordFinder {
  if (list.length === 0) return () => []
  const byWords = new Map(list.map((entry) => [entry.from.toLowerCase().replace(/\s+/g, ' '), entry.to]))
  const needClause = new Set(list.filter((entry) => entry.clause).map((entry) => entry.from.toLowerCase().replace(/\s+/g, ' ')))
  const needAmount = new Set(list.filter((entry) => entry.amount).map((entry) => entry.from.toLowerCase().replace(/\s+/g, ' ')))
  const alternatives = [...byWords.keys()].sort((a, b) => b.length - a.length).map((from) => escapeRegExp(from).replace(/ /g, '\\s+'))
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}'’-])`, 'giu')
  return (text, protectedRanges) => {
    const edits: Edit[] = []
    for (const match of text.matchAll(pattern)) {
      const start = match.index
      const end = start + match[0].length
      if (overlaps(start, end, protectedRanges)) continue
      const atStart = /^[\s"“‘(]*$/.test(text.slice(0, start))
      if (!atStart && /^\p{Lu}/u.test(match[0])) continue
      const key = match[0].toLowerCase().replace(/\s+/g, ' ')
      const to = byWords.get(key)!
      // "ensure long term solutions" → "make sure long term solutions" never: "make sure" needs a clause after it.
      const rest = /^[^,.;:!?]*/.exec(text.slice(end))![0]
      if (needClause.has(key) && !/^\s+that\b/i.test(rest) && !verbsOf(rest).some((verb) => !verb.nonFinite)) continue
      // "an approximately round number" → "an about round number" never: "about" needs an amount after it, and no
      // article before it ("an approximately 10% rise").
      if (needAmount.has(key) && (!amountNext.test(rest) || /(?:^|\s)(?:an?|the)\s+$/i.test(text.slice(0, start)))) continue
      // "improve and enhance" → "improve and improve" never: the office word stays where its plain word is its neighbour.
      const before = /(\p{L}+)\s+(?:and|or)\s+$/iu.exec(text.slice(0, start))?.[1]
      const next = /^\s+(?:and|or)\s+(\p{L}+)/iu.exec(text.slice(end))?.[1]
      if ([before, next].some((word) => word?.toLowerCase() === to.toLowerCase())) continue
      let after = keepCase(match[0], to)
      let from = start
      // "an additional" → "an extra", "a approximately" never: the article follows the new word's first sound.
      const article = /(?:^|\s)(an?)\s+$/i.exec(text.slice(0, start))
      if (article && to !== '') {
        const wanted = needsAn(to) ? 'an' : 'a'
        if (article[1]!.toLowerCase() !== wanted) {
          from = start - article[0].length + article[0].indexOf(article[1]!)
          after = `${keepCase(article[1]!, wanted)} ${after}`
        }
      }
      edits.push({start: from, end, after, rule: 'plain-words'})
    }
    return edits
  }
}
