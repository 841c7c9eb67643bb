import {h} from 'hastscript'
import {toHtml} from 'hast-util-to-html'
import type {Element} from 'hast'
import type {Change} from './types.js'
import {simplifyRules} from './types.js'

/** What each rule does, in a sentence for the writer. */
const ruleNames: Record<Change['rule'], string> = {
  sections: 'Sections left out (--leave-out, --keep-only)',
  'plan-blocks': 'Plan blocks: plain headings, and orders written as sentences',
  'plan-codes': 'Plan codes ("Y1-3, Q2 & Q4") in plain words',
  acronyms: 'Acronyms written out where they are first used',
  'plain-words': 'Office words changed for everyday words',
  voice: 'The plan’s own body written as “we”',
  lists: 'Series of things laid out as bulleted lists',
  split: 'Long sentences split in two'
}

const style = `body{font:16px/1.5 Arial,sans-serif;color:#1a1a1a;max-width:72rem;margin:1rem auto;padding:0 1rem}
table{border-collapse:collapse;width:100%;margin-bottom:2rem}th,td{border:1px solid #999;padding:.4rem;text-align:left;vertical-align:top}
th{background:#eef}td.place{white-space:nowrap}del{background:#fde;text-decoration:line-through}ins{background:#dfd;text-decoration:none}
td pre{white-space:pre-wrap;font:inherit;margin:0}`

/**
 * The audit trail as a page a writer reads: every change the simplify stage made, by rule, with its place in the plan
 * (line:column), the words before (struck through) and after. To reverse a change, put the words before back in the
 * draft at that place.
 */
export function toChangesPage(changes: readonly Change[], plan: string): string {
  const sections: Element[] = simplifyRules.flatMap((rule) => {
    const own = changes.filter((change) => change.rule === rule)
    if (own.length === 0) return []
    return [
      h('h2', {id: rule}, `${ruleNames[rule]} (${own.length})`),
      h('table', [
        h('thead', h('tr', [h('th', {scope: 'col'}, 'Where'), h('th', {scope: 'col'}, 'Before'), h('th', {scope: 'col'}, 'After')])),
        h('tbody', own.map((change) => h('tr', [
          h('td.place', change.line === undefined ? '' : `${change.line}:${change.column}`),
          h('td', h('del', h('pre', change.before))),
          h('td', change.after === '' ? h('em', '(left out)') : h('ins', h('pre', change.after)))
        ])))
      ])
    ]
  })
  const page = h('html', {lang: 'en-GB'}, [
    h('head', [h('meta', {charset: 'utf-8'}), h('meta', {name: 'generator', content: 'easyread'}), h('title', `Changes made to ${plan}`), h('style', style)]),
    h('body', [
      h('h1', `Changes made to ${plan}`),
      h('p', `easyread made ${changes.length} changes. Each shows where its words are in the plan (line:column), the words before and the words after. To undo one, put the words before back in the draft.`),
      h('ul', simplifyRules.map((rule) => h('li', h('a', {href: `#${rule}`}, `${ruleNames[rule]}: ${changes.filter((change) => change.rule === rule).length}`)))),
      ...sections
    ])
  ])
  return '<!doctype html>\n' + toHtml(page) + '\n'
}
