import type {Heading, Paragraph, Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'

/** The words that name a plan's kind. */
const kind = /\b(?:plan|planning|strategy|policy|report|framework|programme|program|charter|statement)\b/i
/** "Local Police Plan", "Community Safety Strategy": capitalised words ending in a plan's kind. */
const namePattern = /\b((?:[A-Z][a-z]+ ){1,4}(?:Plan|Strategy|Policy|Framework|Programme|Charter))\b(?:\s+for)?\s*((?:20\d\d)\s*[-–/]\s*(?:20)?\d\d\b)?/g
/** The body that wrote it: "Lanarkshire Division", "Fife Council". */
const bodyPattern = /\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:Division|Council|Partnership|Constabulary|Area|Region|County)\b/g

/**
 * The plan's title from its own text, when it has one:
 * - a short line among the first blocks that names a plan's kind ("Clackmannanshire local policing plan");
 * - else the plan's name as its text uses it most ("Local Police Plan", with its years when the text gives them,
 *   "2023-26"), after the name of the body that wrote it when the text names one ("Lanarkshire Division"):
 *   "Lanarkshire Local Police Plan 2023-26".
 * `node` is the block that holds the title, when the title is a line of its own.
 */
export function findTitle(tree: Root): {title: string; node?: Heading | Paragraph} | undefined {
  for (const node of tree.children.slice(0, 3)) {
    if (node.type !== 'heading' && node.type !== 'paragraph') continue
    const text = toString(node).replace(/\s+/g, ' ').trim()
    if (kind.test(text) && text.split(' ').length <= 12 && !/[.!?:;,]$/.test(text)) return {title: capitalise(text), node}
  }
  const text = plainText(tree.children)
  const name = mostUsed([...text.matchAll(namePattern)].map((match) => match[1]!.replace(/^(?:(?:This|Our|My|The|Each|Every|A|An|Division|Council|Partnership|Area|Region|County) )+/, '')))
  if (!name) return undefined
  const years = mostUsed([...text.matchAll(namePattern)].filter((match) => match[1]!.endsWith(name) && match[2]).map((match) => match[2]!.replace(/\s+/g, '')))
  const body = mostUsed([...text.matchAll(bodyPattern)].map((match) => match[1]!).filter((place) => !name.includes(place)))
  return {title: [body, name, years].filter(Boolean).join(' ')}
}

/**
 * A title made from a file name, as a last resort: separators become spaces, and the parts a person did not
 * write are dropped (leading numbers, hashes such as "473ab78beabed092", a short leading code such as "ps");
 * "2020 23" becomes "2020-23". "Easy read plan" when nothing is left.
 */
export function titleFromFileName(stem: string): string {
  let words = stem.split(/[-_\s.]+/).filter((word) => word !== '' && !/^(?=.*\d)(?=.*[a-z])[0-9a-f]{8,}$/i.test(word))
  while (words.length > 0 && /^\d+$/.test(words[0]!) && !/^(?:19|20)\d\d$/.test(words[0]!)) words.shift()
  if (words.length >= 4 && /^[a-z]{1,2}$/i.test(words[0]!)) words.shift()
  const joined = words.join(' ').replace(/\b((?:19|20)\d\d) (\d\d)\b/g, '$1-$2')
  return joined === '' ? 'Easy read plan' : capitalise(joined)
}

/** A metadata title that only repeats a file name ("Microsoft Word - plan.docx", "000_473ab78beabed092"). */
export function looksLikeFileName(title: string): boolean {
  return /\.(?:docx?|pdf|indd|odt|txt)$|^microsoft word\b|^untitled\b/i.test(title) || /\b(?=\w*\d)(?=\w*[a-f])[0-9a-f]{8,}\b/i.test(title) || /^[\w-]+_[\w-]+$/.test(title)
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function mostUsed(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
}

function plainText(nodes: readonly RootContent[]): string {
  return nodes.map((node) => toString(node)).join('\n')
}
