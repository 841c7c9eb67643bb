import type {Rule} from './rule.js'
import {verbsOf} from '../../util/tagger.js'

/** Words that open a clause inside another one: it adds detail, not a second main idea. */
const subordinators = new Set(['who', 'whom', 'whose', 'that', 'if', 'because', 'when', 'whenever', 'where', 'while', 'whilst', 'although', 'though', 'unless', 'until', 'before', 'after', 'since', 'whether', 'what', 'how', 'why', 'as', 'than', 'once'])

/** What joins two main clauses: a semicolon, "and", "but", "or", "so", "yet", "which" (README "Readability"). */
const joinerPattern = /;|\b(?:and|but|or|so|yet|which)\b/gi

interface Span {
  text: string
  start: number
  end: number
}

interface Verb extends Span {
  /** "to" + infinitive, or a bare -ing form: not the head of a clause. */
  nonFinite: boolean
  /** A single past participle with no helper ("checked", "frightened"). */
  bareParticiple: boolean
}

/** Every verb group (compromise's tagger, shared with the simplify stage), marking the ones that cannot head a main clause. */
function verbGroups(text: string): Verb[] {
  return verbsOf(text).map((verb) => {
    const tags = verb.words.flatMap((word) => [...word.tags])
    const single = verb.words.length === 1
    const toInfinitive = /\bto\s*$/i.test(text.slice(0, verb.start)) && (tags.includes('Infinitive') || single)
    return {
      text: verb.text,
      start: verb.start,
      end: verb.end,
      nonFinite: toInfinitive || (single && tags.includes('Gerund')),
      bareParticiple: single && tags.includes('PastTense') && /ed$|en$/i.test(verb.words[0]!.text.replace(/[.,;:!?]+$/, ''))
    }
  })
}

/** Whether a clause-opening word ("who", "that", "if", …) stands in `stretch`. */
function opensClause(stretch: string): boolean {
  return (stretch.toLowerCase().match(/[\p{L}']+/gu) ?? []).some((word) => subordinators.has(word))
}

/**
 * The ideas of a sentence: one for its first main clause, and one more for each "and", "but", "which", ";", …
 * that joins another main clause: one with its own subject ("and we will help"), or a verb that goes on from a main
 * verb ("we will work with partners and keep people safe"). Not counted: a clause inside another ("people who
 * live here"), "to" + verb, -ing forms, verbs that go on from those ("to make people frightened and put …"), and a
 * past participle after "and"/"or" ("hurt, bullied or frightened"). "which" also counts when its clause sits inside
 * the main one ("The plan, which we wrote last year, sets out our work"). Returns each idea's verb and joiner;
 * an empty list for a sentence without a joiner (it has one idea at most).
 */
export function ideas(text: string): Array<{verb: Span; joiner: Span | undefined}> {
  const joiners: Span[] = [...text.matchAll(joinerPattern)].map((match) => ({text: match[0], start: match.index, end: match.index + match[0].length}))
  // Without a joiner there is one idea at most; the tagger (about 2 ms a sentence) is only run where it can tell.
  if (joiners.length === 0) return []
  const verbs = verbGroups(text)
  const found: Array<{verb: Span; joiner: Span | undefined}> = []
  let lastWasMain = false
  for (let index = 0; index <= joiners.length; index++) {
    const joiner = index === 0 ? undefined : joiners[index - 1]
    const from = joiner?.end ?? 0
    const to = joiners[index]?.start ?? text.length
    const inside = verbs.filter((verb) => verb.start >= from && verb.start < to)
    if (inside.length === 0) continue
    // Which verbs of this stretch head a clause of its own (no "who", "that", … since the stretch or verb before).
    const main = inside.map((verb, at) => !verb.nonFinite && !opensClause(text.slice(at === 0 ? from : inside[at - 1]!.end, verb.start)))
    if (found.length === 0) {
      const first = main.indexOf(true)
      if (first !== -1) found.push({verb: inside[first]!, joiner: undefined})
      if (first !== -1 && joiner?.text.toLowerCase() === 'which' && main.indexOf(true, first + 1) !== -1) found.push({verb: inside[main.indexOf(true, first + 1)]!, joiner})
    } else if (main[0]) {
      const verb = inside[0]!
      const hasSubject = /\p{L}/u.test(text.slice(from, verb.start))
      if (hasSubject || (lastWasMain && !verb.bareParticiple)) found.push({verb, joiner})
    }
    lastWasMain = main.at(-1)!
  }
  return found
}

export const oneIdeaRule: Rule = {
  id: 'one-idea',
  summary: 'One idea (one main clause) in a sentence',
  standard: 'GOV.UK easy read guidance; Inclusion Europe, Information for all ("one idea per sentence")',
  check({sentence}) {
    const found = ideas(sentence.text)
    if (found.length < 2) return []
    const second = found[1]!
    // Point at the word that joins the second idea: that is where to split.
    const start = second.joiner?.start ?? second.verb.start
    return [{
      ruleId: 'one-idea',
      // Three or more ideas in a sentence is clearly against the rule; two is a warning.
      severity: found.length >= 3 ? 'error' : 'warning',
      message: `Unexpected ${found.length} ideas in a sentence (${found.map((idea) => `"${idea.verb.text}"`).join(', ')}), expected 1: split it, one idea a sentence`,
      start,
      end: second.verb.end,
      actual: `${found.length} main clauses`,
      expected: '1 main clause'
    }]
  }
}
