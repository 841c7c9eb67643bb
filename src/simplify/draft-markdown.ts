import type {Heading, Nodes, Paragraph, Parent, Root, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import type {Handle, State, Info} from 'mdast-util-to-markdown'
import {unified} from 'unified'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import type {PlanBlock, TermUse} from '../types.js'
import type {SentenceReport} from '../readability/types.js'
import {blockMarker, checkMarker, draftMarker, suggestMarker} from './draft-marks.js'
import {markLeftOut} from '../select/left-out-marks.js'

/** The depth of each plan block's heading in the draft: one below the section it sits in. */
const blockDepth = new WeakMap<PlanBlock, number>()

/** mdast-util-to-markdown handlers for easyread's node kinds; explanations are left to the build. */
const handlers: Record<string, Handle> = {
  planBlock(node: PlanBlock, _parent, state: State, info: Info) {
    const depth = blockDepth.get(node) ?? 3
    const body = state.containerFlow(node as never, info)
    return `${blockMarker(node.kind)}\n${'#'.repeat(depth)} ${node.label}${body ? `\n\n${body}` : ''}`
  },
  // The first use of a term is bold: the build explains it there.
  termUse(node: TermUse, _parent, state: State, info: Info) {
    const words = state.containerPhrasing(node as never, {...info, before: '*', after: '*'})
    return node.first ? `**${words}**` : words
  },
  // Removed before stringifying (markUp); a gloss or callout is never written into the draft.
  termGloss: () => '',
  termCallout: () => ''
}

/** A comment may not hold "--"; the reasons are one line. */
function commentText(text: string): string {
  return text.replace(/-{2,}/g, '–').replace(/\s+/g, ' ').trim()
}

/** The sentence's words as the readability stage reads them: no glosses or callouts, white space collapsed. */
function sentenceText(paragraph: Paragraph): string {
  const visible = (node: Nodes): string => (node.type === 'termGloss' || node.type === 'termCallout' ? '' : 'children' in node ? (node.children as Nodes[]).map(visible).join('') : 'value' in node ? String(node.value) : '')
  return visible(paragraph).replace(/\s+/g, ' ').trim()
}

/** After each sentence, the changes offered for it and, when it still fails the checker, a comment saying why; each plan block's heading depth. */
function markUp(parent: Parent, reports: Map<string, SentenceReport[]>, depth: number): void {
  const children = parent.children as RootContent[]
  const result: RootContent[] = []
  let sectionDepth = depth
  for (const child of children) {
    // Explanations are the build's to add, from the glossary: the draft shows the term in bold only.
    if (child.type === 'termCallout') continue
    if (child.type === 'paragraph') child.children = child.children.filter((node) => node.type !== 'termGloss')
    result.push(child)
    if (child.type === 'heading') sectionDepth = (child as Heading).depth
    if (child.type === 'planBlock') blockDepth.set(child, Math.min(6, sectionDepth + 1))
    if (child.type === 'paragraph') {
      for (const suggestion of child.data?.suggestions ?? []) result.push({type: 'html', value: `${suggestMarker(suggestion.rule)} ${commentText(suggestion.text)} -->`})
      const report = reports.get(sentenceText(child))?.shift()
      if (report?.verdict === 'fail') {
        const why = report.reasons.filter((reason) => reason.verdict === 'fail').map((reason) => reason.reason)
        result.push({type: 'html', value: `${checkMarker} fails: ${commentText(why.join('; '))} -->`})
      }
    } else if ('children' in child && child.type !== 'heading') markUp(child as Parent, reports, sectionDepth)
  }
  parent.children = result as Parent['children']
}

/**
 * The simplified plan as easy-read Markdown for a writer to finish: one sentence a line, the plan blocks under their
 * plain headings (each after a block mark, so the built draft lays them out as plan blocks again), the first use of
 * each glossary term in bold; under each sentence the changes offered for it (`<!-- easyread-suggest [rule-id]: … -->`),
 * and an HTML comment saying why when it still fails the checker.
 * The first line marks the file as a draft (see draft-marks.ts): `easyread build` does not simplify it again.
 */
export function toDraftMarkdown(tree: Root, file: VFile, from: string): string {
  const reports = new Map<string, SentenceReport[]>()
  for (const report of file.data.sentences ?? []) reports.set(report.text, [...(reports.get(report.text) ?? []), report])
  markUp(tree, reports, 1)
  markLeftOut(tree, file.data.leftOut ?? [])
  const header: RootContent = {type: 'html', value: `${draftMarker}: simplified from ${commentText(from)} by easyread draft. Edit the words, then run "easyread build" on this file. Keep the easyread-block marks; delete an easyread-check comment once its sentence is fixed, and an easyread-suggest comment once you have taken or left its suggestion; to put back a sentence easyread left out, turn its easyread-left-out comment back into text. -->`}
  const document: Root = {type: 'root', children: [header, ...tree.children]}
  // remark-stringify runs mdast-util-to-markdown with GFM (tables, strike-through) and our handlers.
  return unified().use(remarkGfm).use(remarkStringify, {handlers, bullet: '-', emphasis: '_', strong: '*'}).stringify(document)
}
