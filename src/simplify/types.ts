import type {PlanBlockKind} from '../types.js'

/** The rule families of the simplify stage: the coarse kinds of change, each made of one or more rules. */
export type RuleFamily = 'sections' | 'plan-blocks' | 'plan-codes' | 'acronyms' | 'plain-words' | 'voice' | 'lists' | 'split'

export const ruleFamilies: readonly RuleFamily[] = ['sections', 'plan-blocks', 'plan-codes', 'acronyms', 'plain-words', 'voice', 'lists', 'split']

/** A rule's own id ("split-semicolon", "tail-purpose", "plain-word"): the registry in rules/index.ts lists them all. */
export type RuleId = string

/** A rule of the registry: its id, its family, how sure its changes are (0 to 1) and what it does, for the writer. */
export interface RuleInfo {
  id: RuleId
  family: RuleFamily
  /** How sure a change of this rule is, when the rule gives no confidence of its own for one change. */
  confidence: number
  /** What the rule does, in a line for the changes page and the README. */
  summary: string
}

/** Made: applied to the text. Offered: suggested to the writer (in the draft, the changes page and the report), not applied. */
export type ChangeStatus = 'made' | 'offered'

/** One change of the simplify stage: what it was, what it became, and where the words are in the user's file. */
export interface Change {
  /** The rule's own id. */
  rule: RuleId
  family: RuleFamily
  /** How sure the rule is that the change is right (0 to 1); below `sureAt` (rules/index.ts) it is only offered. */
  confidence: number
  status: ChangeStatus
  before: string
  /** What the words became; for an offered change, the suggested text (the whole sentence, for a word swap). */
  after: string
  /** Where the words it changed start and end in the user's file (absent when the reader gave no place). */
  line?: number
  column?: number
  endLine?: number
  endColumn?: number
}

/** The parts of speech a plain-words entry may name (its `pos`). */
export const partsOfSpeech = ['noun', 'verb', 'adjective', 'adverb'] as const
export type PartOfSpeech = (typeof partsOfSpeech)[number]

/** An office word and the everyday word that says the same (glossary/plain-words.yml), and where the swap holds. */
export interface PlainWord {
  from: string
  to: string
  /** The plain words need a clause after them ("make sure we are …"): where only a noun group follows ("ensure long term solutions"), the office word stays. Default: false. */
  clause?: boolean
  /** The plain words need an amount after them ("about 3 weeks", "about half"): elsewhere ("an approximately round number") the office word stays. Default: false. */
  amount?: boolean
  /**
   * The plain word takes someone and then "to" and a verb ("help residents to take part"), where the office word also
   * takes a thing ("facilitate access to advice", which "help access to advice" does not say): the swap is made only
   * before a few words and "to" + verb; elsewhere the office word stays. Default: false.
   */
  objectTo?: boolean
  /** The swap holds in one sense of the word only, which the sentence may not have: it is offered, never made. Default: false. */
  offer?: boolean
  /** The part of speech of the office word in the sense the swap holds ("sustained" as an adjective, not the verb): elsewhere the word stays, and where the tagger cannot tell, the swap is offered. Default: any. */
  pos?: PartOfSpeech
  /** Words or phrases before it after which the swap fails ("most significant" is not "most big", "criteria to reside" not "criteria to live"). Default: none. */
  notAfter?: readonly string[]
  /** Words after it before which the swap fails ("identified as" is not "found as"). Default: none. */
  notBefore?: readonly string[]
  /** The swap holds only before one of these words ("an opportunity to" → "a chance to"). Default: anywhere. */
  onlyBefore?: readonly string[]
  /** The swap holds only after one of these words ("will provide clarity on" → "will be clear about"). Default: anywhere. */
  onlyAfter?: readonly string[]
}

/** An acronym and its words in full (glossary/acronyms.yml). */
export interface Acronym {
  acronym: string
  expansion: string
  /** The words in full describe a noun ("Black, Asian and Minority Ethnic"): written out only before a noun, else offered. Default: false. */
  describes?: boolean
}

/** How a plan block is laid out: its plain heading, and the words that turn an order ("Keep people safe") into a sentence. */
export interface BlockWording {
  heading: string
  /** "We want to" before an objective that starts with a verb; none: the text is left as it is. */
  lead?: string
}

/** The wording of the plan codes of "Update expected" (glossary/plan-codes.yml). */
export interface PlanCodeWording {
  /** The sentence, with {often} and {years}: "We will report on this {often}, {years}." */
  sentence: string
  /** How often, by the number of quarters given ("Q2 & Q4" → 2), and for "quarterly", "monthly", … */
  often: Record<string, string>
  /** {count}: years of the plan. "one" for a single year (with {year}), "many" for several. */
  years: {one: string; many: string}
}

/** What the split rule restores when it cuts a sentence (glossary/splits.yml). */
export interface SplitWording {
  /** A clause that went on from "which" starts with this (singular verb) or these (plural verb). */
  which: {singular: string; plural: string}
  /** What a clause after ", but" starts with. */
  but: string
  /** What a clause after "so that" starts with. */
  soThat: string
  /** Words between the subject and the verb when a "while …ing" clause becomes its own sentence ("also"). */
  whileAlso: string
  /** A purpose clause cut off ("… at a local level to make sure …"): what the new sentence starts with before "to". */
  purpose: {
    /** After "we" or "I" and a helper verb ("This is", or "{subject} {helper} do this" → "We will do this to make sure …"). */
    withHelper: string
    /** After any other clause: "This is" → "This is to make sure …". */
    without: string
  }
  /** Words before "to" that take it as part of their meaning ("we want to", "able to", "the chance to"): no cut there. */
  toComplements: readonly string[]
  /** Words of `toComplements` that, as nouns, are followed by a purpose ("an action plan to target …"). */
  purposeNouns: readonly string[]
  /** Verbs whose object comes before "to" ("encourage staff to try"): a clause with one of them is not cut at "to". */
  toObjects: readonly string[]
  /** What a sentence made from ", including …" starts with ("This includes"). */
  including: string
  /** What a sentence made from "including …" inside a sentence starts with: "This {noun} includes", "These {noun} include". */
  includingAside: {singular: string; plural: string}
  /** A trailing "-ing" clause cut off (", strengthening our resilience"): "{subject} {helper}" → "We will strengthen …". */
  participle: string
  /** A noun group after a comma that names again what came before ("…, the largest council"): "This is", "These are". */
  appositive: {singular: string; plural: string}
  /** What a sentence made from ", from X to Y" starts with ("Examples range"). */
  range: string
  /** A "that" clause after a noun made its own sentence: "This" or "These", then the noun ("This plan addresses …"). */
  that: {singular: string; plural: string}
  /** Nouns whose "that" clause says which one is meant ("a way that …", "a time that …"): never cut there. */
  thatNotAfter: readonly string[]
  /** The verb put after the subject of a ", with X doing Y" clause: is, are, or will be after "will". */
  with: {singular: string; plural: string; future: string}
  /** A ", who …" clause made its own sentence: "This person" (singular verb) or "They" (plural verb). */
  who: {singular: string; plural: string}
  /** What a sentence made from "as outlined in …" starts with ("This is set out in"). */
  setOutIn: string
  /**
   * A trailing "-ing" clause that tells what the whole clause brings about (", helping us to …"): the new sentence
   * starts with `lead` ("This helps us to …"); only the "-ing" words in `participles`.
   */
  result: {lead: string; participles: readonly string[]}
  /** "-ing" words after a comma that are not verbs of their own ("during", "following"). */
  notParticiples: readonly string[]
  /** Words that can look like a verb after "and" but are nouns in plans ("our officers and staff"). */
  notVerbs: readonly string[]
  /** Words and phrases that link a clause to the one before ("however", "as a result"): no cut leaves one at a sentence's end. */
  connectives: readonly string[]
  /** Sentences of more words than this are split. */
  above: number
}

/** How the voice rule writes the plan's own body (glossary/voice.yml). */
export interface VoiceWording {
  /** The body as a subject: "we". */
  we: string
  /** The body's, before a noun: "our". */
  our: string
  /** What "How effective is X at …" and "How effectively does X …" start with instead: "How well". */
  howWell: string
  /** A name the performance measures ask about this many times is the plan's own body. */
  seen: number
}

/** Everything the stage reads from data files, loaded once. */
export interface SimplifyData {
  plainWords: readonly PlainWord[]
  acronyms: readonly Acronym[]
  blocks: Record<PlanBlockKind, BlockWording>
  planCodes: PlanCodeWording
  splits: SplitWording
  voice: VoiceWording
}
