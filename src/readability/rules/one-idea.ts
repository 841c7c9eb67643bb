import type {Rule} from './rule.js'
import {readSentence, type VerbGroup} from '../../lang/reading.js'
import {explanationStart, sentenceLength} from './length.js'

/** Words that open a clause inside another one: it adds detail, not a second main idea. */
const subordinators = new Set(['who', 'whom', 'whose', 'that', 'if', 'because', 'when', 'whenever', 'where', 'while', 'whilst', 'although', 'though', 'unless', 'until', 'before', 'after', 'since', 'whether', 'what', 'how', 'why', 'as', 'than', 'once'])

/** What joins two main clauses: a semicolon, "and", "but", "or", "so", "yet", "which" (README "Readability"). */
const joinerPattern = /;|\b(?:and|but|or|so|yet|which)\b/gi

/** A subject pronoun, alone between a joining word and its verb ("and we check it"). */
const pronounSubject = /^\s*(?:i|we|you|they|he|she|it)\s*$/i

interface Span {
  text: string
  start: number
  end: number
}

/** One idea: its verb, the word that joined it, and whether it goes on from the verb before with no subject of its own. */
export interface Idea {
  verb: Span
  joiner: Span | undefined
  sharesSubject?: true
}

interface Verb extends Span {
  /** "to" + infinitive, or a bare -ing form: not the head of a clause. */
  nonFinite: boolean
  /** A single past participle with no helper ("checked", "frightened"). */
  bareParticiple: boolean
}

/**
 * "try and make", "go and see", "come and talk": "and" here means "to" (pseudo-coordination): one action, not two.
 * The verb after it is in its plain form ("tried and failed" is two).
 */
const pseudoCoordination = /\b(?:try|tries|trying|go|goes|going|come|comes|coming)\s+$/i
/** The verbs after which a clause says what is to be made true: "make sure people are safe and feel …". */
const contentClause = /\b(?:sure|ensure|ensures|ensuring)$/i
/** After a word in -s and "and"/"or", a word in -s the tagger calls a verb is often a noun: "decisions and changes". */
const pluralBefore = /\p{L}{2,}s\s+(?:and|or)\s+$/iu

/** Every verb group (the English layer's reading, shared with the other stages), marking the ones that cannot head a main clause. */
function verbGroups(text: string): Verb[] {
  const verbs = readSentence(text).verbs
  return verbs.filter((verb, index) => !pluralNoun(text, verb, verbs[index - 1])).map((verb) => {
    const single = verb.words.length === 1
    // "often working": an adverb before a lone -ing form leaves it an -ing form.
    const content = verb.words.filter((word) => word.pos !== 'ADV')
    return {
      text: verb.text,
      start: verb.start,
      end: verb.end,
      nonFinite: verb.nonFinite || (content.length === 1 && content[0]!.gerund),
      bareParticiple: single && verb.head.pos === 'VERB' && /(?:ed|en)$/i.test(verb.head.value) && verb.head.lemma !== verb.head.value.toLowerCase()
    }
  })
}

/** "changes" in "decisions and changes", "powers" in "tools and powers that …": a noun joined to a noun, at a clause's end. */
function pluralNoun(text: string, verb: VerbGroup, before: VerbGroup | undefined): boolean {
  if (verb.words.length !== 1 || !/^\p{L}+s$/u.test(verb.text) || verb.head.pos !== 'VERB') return false
  const lead = text.slice(0, verb.start)
  const match = pluralBefore.exec(lead)
  // The word in -s before "and" is no verb, and nothing but a clause's end or a "that"/"which"/"who" follows.
  return match !== null && (before === undefined || before.end <= match.index) && /^(?:\s*(?:[.,;:!?)–—]|$)|\s+(?:that|which|who)\b)/iu.test(text.slice(verb.end))
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
 * the main one ("The plan, which we wrote last year, sets out our work"). Nor: "and" in "try and make", "go and
 * see" (it means "to"); a verb after "make sure" or "ensure" (it says what is made true); a word in -s after
 * "nouns and" ("decisions and changes"). Returns each idea's verb and joiner (and whether it shares the subject
 * before); an empty list for a sentence without a joiner (it has one idea at most).
 */
export function ideas(text: string): Idea[] {
  const joiners: Span[] = [...text.matchAll(joinerPattern)]
    .filter((match) => !(match[0].toLowerCase() === 'and' && pseudoCoordination.test(text.slice(0, match.index)) && /^\s+\p{L}+(?<!ed|s)\b/u.test(text.slice(match.index + 3))))
    .map((match) => ({text: match[0], start: match.index, end: match.index + match[0].length}))
  // Without a joiner there is one idea at most; the tagger is only run where it can tell.
  if (joiners.length === 0) return []
  const verbs = verbGroups(text)
  const found: Idea[] = []
  let lastWasMain = false
  /** The first verb of the sentence while no main clause has been found: in a clause inside another. */
  let subordinate: Verb | undefined
  for (let index = 0; index <= joiners.length; index++) {
    const joiner = index === 0 ? undefined : joiners[index - 1]
    const from = joiner?.end ?? 0
    const to = joiners[index]?.start ?? text.length
    const inside = verbs.filter((verb) => verb.start >= from && verb.start < to)
    if (inside.length === 0) continue
    // Which verbs of this stretch head a clause of its own (no "who", "that", … since the stretch or verb before).
    // A verb after "make sure" / "ensure" heads the clause that says what is made true, not a main clause; a bare
    // participle after "to make …" is what the object is made ("to make people frightened").
    const main = inside.map((verb, at) => {
      const previous = at === 0 ? undefined : inside[at - 1]!
      if (previous && (contentClause.test(previous.text) || (verb.bareParticiple && previous.nonFinite))) return false
      return !verb.nonFinite && !opensClause(text.slice(previous?.end ?? from, verb.start))
    })
    // A clause with a pronoun for its subject after "and", following only a subordinate one ("work that is done by us
    // and we check it"): the words before it are an idea of their own, the second clause another.
    if (found.length === 0 && joiner && main[0] && subordinate && pronounSubject.test(text.slice(from, inside[0]!.start))) found.push({verb: subordinate, joiner: undefined})
    subordinate ??= inside[0]
    if (found.length === 0) {
      const first = main.indexOf(true)
      if (first !== -1) found.push({verb: inside[first]!, joiner: undefined})
      if (first !== -1 && joiner?.text.toLowerCase() === 'which' && main.indexOf(true, first + 1) !== -1) found.push({verb: inside[main.indexOf(true, first + 1)]!, joiner})
    } else if (main[0]) {
      const verb = inside[0]!
      const hasSubject = /\p{L}/u.test(text.slice(from, verb.start))
      if (hasSubject || (lastWasMain && !verb.bareParticiple)) found.push({verb, joiner, ...(hasSubject ? {} : {sharesSubject: true})})
    }
    lastWasMain = main.at(-1)!
  }
  return found
}

/**
 * The ideas of a sentence; in "term – explanation" (see the length rule) the term and its explanation are read as
 * two pieces, and the one with more ideas counts: the term is a name ("serious organised crime"), not a clause.
 */
function piecesIdeas(text: string, explanation: number): Idea[] {
  if (explanation === -1) return ideas(text)
  const shift = (span: Span | undefined): Span | undefined => span && {...span, start: span.start + explanation, end: span.end + explanation}
  const label = ideas(text.slice(0, explanation))
  const rest = ideas(text.slice(explanation)).map((idea) => ({verb: shift(idea.verb)!, joiner: shift(idea.joiner)}))
  return rest.length >= label.length ? rest : label
}

/**
 * The rule. Two verbs of one subject in a sentence of 15 words or fewer ("We will listen and act", "understand our
 * communities and deliver the right services") are not reported: the hand-made easy read, the style to reach, writes
 * them often and a reader takes them in at once. A second clause with its own subject ("and we will help"), three
 * ideas or more, or two in a longer sentence are.
 */
export const oneIdeaRule: Rule = {
  id: 'one-idea',
  summary: 'One idea (one main clause) in a sentence',
  standard: 'GOV.UK easy read guidance; Inclusion Europe, Information for all ("one idea per sentence")',
  check({sentence, words}) {
    const split = explanationStart(sentence.text, words)
    const found = piecesIdeas(sentence.text, split === -1 ? -1 : words[split]!.start)
    if (found.length < 2 || (found.length === 2 && found[1]!.sharesSubject && words.length <= sentenceLength.warn)) return []
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
