import {h} from 'hastscript'
import type {Element} from 'hast'
import type {LeftOut} from './types.js'
import {roles} from './types.js'

/** The id of the changes page's section of left-out sentences. */
export const leftOutId = 'left-out'

/**
 * The changes page's section of what the select stage left out: by role, each with its place in the plan
 * (line:column), the reason and the words. To put one back, turn its easyread-left-out comment in the draft into text.
 */
export function leftOutSection(leftOut: readonly LeftOut[]): Element[] {
  if (leftOut.length === 0) return []
  return [
    h('h2', {id: leftOutId}, `Left out to keep the easy read short (${leftOut.length})`),
    h('p', 'Each was left out by the select stage (rule select). In the draft it is an easyread-left-out comment where it stood: turn the comment back into text to keep it.'),
    ...roles.flatMap((role) => {
      const own = leftOut.filter((record) => record.role === role)
      if (own.length === 0) return []
      return [
        h('h3', `${role} (${own.length})`),
        h('table', [
          h('thead', h('tr', [h('th', {scope: 'col'}, 'Where'), h('th', {scope: 'col'}, 'Why'), h('th', {scope: 'col'}, 'Left out')])),
          h('tbody', own.map((record) => h('tr', [
            h('td.place', record.line === undefined ? '' : `${record.line}:${record.column}`),
            h('td', record.reason),
            h('td', h('del', h('pre', record.text)))
          ])))
        ])
      ]
    })
  ]
}
