import {ExternalHyperlink, TextRun} from 'docx'
import type {Emphasis, Image, InlineCode, Link, Strong, Text} from 'mdast'
import type {TermGloss, TermUse} from '../../../types.js'
import type {DocxState, InlineHandler} from '../state.js'

/** Run the children of an inline container with extra run formatting, then restore it. */
function within(state: DocxState, node: {children: unknown[]}, run: DocxState['run']) {
  const saved = state.run
  state.run = {...saved, ...run}
  const result = (node.children as never[]).flatMap((child) => state.inline(child))
  state.run = saved
  return result
}

export const inlineHandlers = {
  text: (state, node: Text) => [new TextRun({...state.run, text: node.value.replace(/\s*\n\s*/g, ' ')})],
  strong: (state, node: Strong) => within(state, node, {bold: true}),
  // Easy read uses bold only: italics and strike-through keep their words but lose the styling.
  emphasis: (state, node: Emphasis) => within(state, node, {}),
  delete: (state, node: {children: unknown[]}) => within(state, node, {}),
  inlineCode: (state, node: InlineCode) => [new TextRun({...state.run, text: node.value})],
  break: () => [new TextRun({break: 1})],
  image: (state, node: Image) => (node.alt ? [new TextRun({...state.run, text: node.alt})] : []),
  link: (state, node: Link) => [new ExternalHyperlink({link: node.url, children: within(state, node, {style: 'Hyperlink'}) as TextRun[]})],
  termUse: (state, node: TermUse) => within(state, node, {bold: true}),
  termGloss: (state, node: TermGloss) => [new TextRun({...state.run, bold: false, text: ` – ${node.value}`})]
} satisfies Record<string, InlineHandler<never>>
