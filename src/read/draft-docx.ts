import {strFromU8, unzipSync} from 'fflate'
import type {Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent} from 'mdast'
import {blockMarker, draftMarker} from '../simplify/draft-marks.js'
import {blockKinds, blockStyle, draftKeyword, listContinueStyle} from '../write/docx/draft.js'

const entities: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"}
const unescape = (text: string) => text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_whole, name: string) => (name.startsWith('#') ? String.fromCodePoint(Number(name.startsWith('#x') ? `0x${name.slice(2)}` : name.slice(1))) : entities[name]!))

/** Whether a Word file is a draft `easyread draft --format docx` wrote (its keywords say so). */
export function isDraftDocx(parts: Record<string, Uint8Array>): boolean {
  const core = parts['docProps/core.xml']
  return core !== undefined && strFromU8(core).includes(draftKeyword)
}

/**
 * Read a reviewed Word draft back into the draft's tree, as the Markdown draft reads: the draft mark first, headings
 * by their styles, each plan block (its heading's style) after its block mark, lists by their numbering, bold kept.
 * Words a reviewer rejected are gone from the file; a change still pending counts as accepted (deleted words
 * are left out, inserted words kept), as Word's "No markup" view shows it.
 */
export function readDraftDocx(bytes: Uint8Array): Root | undefined {
  const parts = unzipSync(bytes, {filter: (entry) => entry.name === 'docProps/core.xml' || entry.name === 'word/document.xml' || entry.name === 'word/numbering.xml'})
  if (!isDraftDocx(parts) || !parts['word/document.xml']) return undefined
  const ordered = orderedLists(parts['word/numbering.xml'] ? strFromU8(parts['word/numbering.xml']) : '')
  const body = strFromU8(parts['word/document.xml']).replace(/<w:del\b[^>]*>[\s\S]*?<\/w:del>/g, '')
  const children: RootContent[] = [{type: 'html', value: `${draftMarker}: a Word draft reviewed by its writer -->`}]
  const lists: List[] = []
  let sectionDepth = 1
  for (const match of body.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)) {
    const properties = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(match[1]!)?.[1] ?? ''
    const inline = phrasing(match[1]!.replace(/<w:pPr>[\s\S]*?<\/w:pPr>/, ''))
    if (inline.length === 0) continue
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(properties)?.[1] ?? ''
    const numbering = /<w:ilvl w:val="(\d+)"\/>[\s\S]*?<w:numId w:val="(\d+)"\/>/.exec(properties)
    const block = blockKinds.find((kind) => blockStyle(kind) === style)
    const depth = style === 'Title' ? 1 : /^Heading(\d)$/.test(style) ? Number(style.slice(7)) + 1 : undefined
    const continued = style === listContinueStyle && lists.length > 0
    if (!numbering && !continued) lists.length = 0
    if (continued) {
      lists.at(-1)!.children.at(-1)!.children.push({type: 'paragraph', children: inline})
    } else if (block) {
      children.push({type: 'html', value: blockMarker(block)}, {type: 'heading', depth: Math.min(6, sectionDepth + 1) as Heading['depth'], children: inline})
    } else if (depth !== undefined) {
      sectionDepth = depth
      children.push({type: 'heading', depth: depth as Heading['depth'], children: inline})
    } else if (numbering) {
      addListItem(children, lists, Number(numbering[1]), ordered(numbering[2]!, Number(numbering[1])), {type: 'paragraph', children: inline})
    } else children.push({type: 'paragraph', children: inline})
  }
  for (const list of everyList(children)) loosen(list)
  return {type: 'root', children}
}

/** An item of two paragraphs is written with a blank line between them, which makes its whole list loose (as Markdown reads it). */
function loosen(list: List): void {
  for (const item of list.children) item.spread = item.children.filter((child) => child.type === 'paragraph').length > 1
  list.spread = list.children.some((item) => item.spread)
}

function everyList(nodes: readonly RootContent[]): List[] {
  return nodes.flatMap((node) => (node.type === 'list' ? [node, ...everyList(node.children.flatMap((item) => item.children))] : []))
}

/** A list item at its level: a new list where none is open at that level, nested inside the item above it. */
function addListItem(children: RootContent[], lists: List[], level: number, ordered: boolean, paragraph: Paragraph): void {
  lists.length = Math.min(lists.length, level + 1)
  while (lists.length <= level) {
    const list: List = {type: 'list', ordered, spread: false, children: []}
    const parent = lists.at(-1)
    if (parent && parent.children.length > 0) parent.children.at(-1)!.children.push(list)
    else children.push(list)
    lists.push(list)
  }
  const item: ListItem = {type: 'listItem', spread: false, children: [paragraph]}
  lists[level]!.children.push(item)
}

/** A paragraph's runs as text and bold text, joined where neighbours have the same weight. */
function phrasing(xml: string): PhrasingContent[] {
  const result: PhrasingContent[] = []
  for (const run of xml.matchAll(/<w:r\b[^>]*>([\s\S]*?)<\/w:r>/g)) {
    const properties = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(run[1]!)?.[1] ?? ''
    const bold = /<w:b\/>|<w:b w:val="(?:1|true|on)"\/>/.test(properties)
    const text = [...run[1]!.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>|<w:(tab|br)\b[^>]*\/>/g)].map((part) => (part[2] ? ' ' : unescape(part[1] ?? ''))).join('')
    if (text === '') continue
    const last = result.at(-1)
    if (bold && last?.type === 'strong' && last.children[0]?.type === 'text') last.children[0].value += text
    else if (!bold && last?.type === 'text') last.value += text
    else result.push(bold ? {type: 'strong', children: [{type: 'text', value: text}]} : {type: 'text', value: text})
  }
  const first = result[0]
  if (first?.type === 'text') first.value = first.value.trimStart()
  return result.length === 1 && first?.type === 'text' && first.value === '' ? [] : result
}

/** Whether a list of a numbering id counts (decimal numbers) at a level, from word/numbering.xml. */
function orderedLists(numbering: string): (numId: string, level: number) => boolean {
  const formats = new Map([...numbering.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)].map((match) => [
    match[1]!,
    new Map([...match[2]!.matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>[\s\S]*?<w:numFmt w:val="([^"]+)"/g)].map((level) => [Number(level[1]), level[2]!]))
  ]))
  const abstract = new Map([...numbering.matchAll(/<w:num w:numId="(\d+)"[^>]*>\s*<w:abstractNumId w:val="(\d+)"\/>/g)].map((match) => [match[1]!, match[2]!]))
  return (numId, level) => formats.get(abstract.get(numId) ?? '')?.get(level) === 'decimal'
}
