import type {Element, ElementContent} from 'hast'
import type {Handlers, State} from 'mdast-util-to-hast'
import type {PlanBlock, TermCallout, TermGloss, TermUse} from '../../types.js'
import {explanationParts} from '../explanation.js'

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
