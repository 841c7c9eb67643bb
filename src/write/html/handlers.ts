import type {Element, ElementContent} from 'hast'
import type {Text} from 'mdast'
import type {Handlers, State} from 'mdast-util-to-hast'
import type {EasyRow, PlanBlock, TermCallout, TermGloss, TermUse} from '../../types.js'
import {explanationParts} from '../explanation.js'
import {pictureElement} from './pictures.js'

/** The words shown above each kind of plan block. */
export const planBlockClass: Record<PlanBlock['kind'], string> = {
  objective: 'plan-block--objective',
  activity: 'plan-block--activity',
  milestones: 'plan-block--milestones',
  update: 'plan-block--update',
  measures: 'plan-block--measures'
}

/** mdast → hast for the node kinds easyread adds; the standard kinds use mdast-util-to-hast's own handlers. */
export const htmlHandlers = {
  // A line break inside a paragraph (a plan's wrapped lines, kept in the tree for their places) is a space: the page
  // sets its own lines, and a sentence reads the same from a Markdown draft and from a Word file.
  text(state: State, node: Text): ElementContent {
    const result: ElementContent = {type: 'text', value: node.value.replace(/[ \t]*\r?\n[ \t]*/g, ' ')}
    state.patch(node, result)
    return state.applyData(node, result)
  },
  // One idea a row: the picture on the left, the words (sentence, list, callouts) on the right; CSS grid lays it out.
  easyRow(state: State, node: EasyRow): Element {
    return {
      type: 'element',
      tagName: 'div',
      properties: {className: node.picture ? ['row'] : ['row', 'row--no-picture']},
      children: [
        {type: 'element', tagName: 'div', properties: {className: ['row-picture']}, children: node.picture ? [pictureElement(node.picture)] : []},
        {type: 'element', tagName: 'div', properties: {className: ['row-words']}, children: state.wrap(state.all(node as never), true)}
      ]
    }
  },
  planBlock(state: State, node: PlanBlock): Element {
    const label: Element = {type: 'element', tagName: 'p', properties: {className: ['plan-label']}, children: [{type: 'element', tagName: 'strong', properties: {}, children: [{type: 'text', value: node.label}]}]}
    return {
      type: 'element',
      tagName: 'section',
      properties: {className: ['plan-block', planBlockClass[node.kind]]},
      children: state.wrap([label, ...state.all(node as never)], true)
    }
  },
  termUse(state: State, node: TermUse): Element {
    return {type: 'element', tagName: 'strong', properties: {className: ['term']}, children: state.all(node as never)}
  },
  // A handler may give several nodes; the gloss is a dash and the short words.
  termGloss(_state: State, node: TermGloss): ElementContent[] {
    return [{type: 'text', value: ' – '}, {type: 'element', tagName: 'span', properties: {className: ['gloss']}, children: [{type: 'text', value: node.value}]}]
  },
  termCallout(_state: State, node: TermCallout): Element {
    const children: ElementContent[] = explanationParts(node).map((part) =>
      part.term
        ? {type: 'element', tagName: 'strong', properties: {}, children: [{type: 'element', tagName: 'dfn', properties: {}, children: [{type: 'text', value: part.text}]}]}
        : {type: 'text', value: part.text}
    )
    return {
      type: 'element',
      tagName: 'aside',
      properties: {className: ['callout'], ariaLabel: `What ${node.term} means`},
      children: [{type: 'element', tagName: 'p', properties: {}, children}]
    }
  }
} satisfies Handlers
