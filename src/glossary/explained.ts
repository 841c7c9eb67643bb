import type {Nodes, Paragraph, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {visit, SKIP} from 'unist-util-visit'
import type {Matcher, TermMatch} from './match.js'

/**
 * A definition at the start of a sentence: "Wellbeing means …", "A councillor is a person who …",
 * "An outcome is what …", "Terrorism is an action …", "The word X means …". After "is"/"are" the rest must read
 * like an explanation (a/an/one/when/where/what/someone …), so "The plan is agreed by …" and "Policing is demanding"
 * define nothing.
 */
const definition = new RegExp(
  String.raw`^\W*(?:(?:a|an|the)\s+)?(?:(?:word|term)\s+)?["'“‘]?([\p{L}\p{N}'’\- ]{2,60}?)["'”’]?\s+` +
    String.raw`(?:means|meant|refers\s+to|describes|(?:is|are)\s+(?:a|an|one|ones|when|where|what|how|who|someone|somebody|something|anything|people|being|about|all\s+about|the\s+(?:way|ways|act|process|work|idea|group|groups|people|person|place|places|thing|things|name|word|buildings|money|rules|plan)|not\s+just)\b)`,
  'iu'
)
const notSubject = /^(?:how|what|why|when|where|who|which|whose|this|that|these|those|it|there|here|our|their|my|your|his|her|its|we|they|i|you|he|she|some|many|most|all|each|every|no)\b/i
/** "When we use the word communities in this plan we mean …", "When we say partners, we mean …". */
const weMean = /\b(?:words?|term|we\s+say)\s+["'“‘]?(.{1,60}?)["'”’]?,?\s+(?:in\s+this\s+(?:plan|document)\s*,?\s+)?we\s+mean\b/iu
/**
 * After a term, at most two more words, then a dash and an explanation in small letters: "objectives are – what
 * they want to achieve", "a preventative way - to try to stop …", "sexual crime– crimes like". A dash before a
 * clause ("– we will …", "– and …") explains nothing.
 */
const dashGloss = /^(?:\s+(?!(?:and|or|but|with|of|in|for|on|by|at|from)\b)[\p{L}'’]+){0,2}(?:\s*[–—]\s*|\s+[-‐]\s*|\s*[-‐]\s+)(?!(?:we|i|they|it|this|these|those|which|and|but|or|so|including|such|from|between|although|while|if)\b)\p{Ll}/u

/**
 * The glossary entries (ids) whose meaning the plan gives itself, anywhere in it, so that easyread adds no second
 * explanation: a definition ("X means …", "A X is …", including "A proactive service is …", which explains
 * "proactive"), "the word X … we mean", a dash after the term ("objectives – what they want to achieve"), or a
 * term the plan writes in bold whose next sentence starts with it ("**anti-social behaviour**" then
 * "Anti-social behaviour makes someone feel worried").
 */
export function explainedByText(tree: Root, matcher: Matcher): Set<string> {
  const paragraphs: Paragraph[] = []
  visit(tree, (node) => {
    if (node.type === 'heading' || node.type === 'code' || node.type === 'termCallout') return SKIP
    if (node.type === 'paragraph') paragraphs.push(node)
    return undefined
  })
  const ids = new Set<string>()
  const texts = paragraphs.map((paragraph) => toString(paragraph))
  texts.forEach((text, index) => {
    for (const match of defined(text, matcher)) ids.add(match.entry.id)
    for (const match of matcher.findAll(text)) if (dashGloss.test(text.slice(match.end))) ids.add(match.entry.id)
    const next = texts[index + 1]
    if (next === undefined) return
    const lead = matcher.find(next)[0]
    if (!lead || /[\p{L}\p{N}]/u.test(next.slice(0, lead.start))) return
    for (const bold of strongTexts(paragraphs[index]!)) if (matcher.find(bold).some((match) => match.entry.id === lead.entry.id)) ids.add(lead.entry.id)
  })
  return ids
}

/**
 * Where the explanation starts in a sentence that defines a word ("Wellbeing means| feeling …", "A councillor is a|
 * person who …"), as an offset into `text`; -1 when the sentence defines nothing. The readability rules use it.
 */
export function definitionStart(text: string): number {
  const match = /\?\s*$/.test(text) ? null : definition.exec(text)
  return match && !notSubject.test(match[1]!) ? match.index + match[0].length : -1
}

/** The terms a sentence defines: the subject of "X means …" or "A X is …" (with at most one word more, "proactive service"). */
function defined(text: string, matcher: Matcher): TermMatch[] {
  // A question ("How effective is the process …?") defines nothing, nor does a subject led by a pronoun or question word.
  const question = /\?\s*$/.test(text)
  return [question ? undefined : definition.exec(text)?.[1], weMean.exec(text)?.[1]].flatMap((subject) => {
    if (subject === undefined || notSubject.test(subject)) return []
    const words = subject.split(/[\s-]+/).filter(Boolean).length
    return matcher.findAll(subject).filter((match) => words - subject.slice(match.start, match.end).split(/[\s-]+/).length <= 1)
  })
}

function strongTexts(paragraph: Paragraph): string[] {
  const found: string[] = []
  visit(paragraph, 'strong', (node) => {
    found.push(toString(node as Nodes))
  })
  return found
}
