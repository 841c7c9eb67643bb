import {h} from 'hastscript'
import {toHtml} from 'hast-util-to-html'
import type {Element} from 'hast'
import type {Change, RuleFamily} from './types.js'
import {ruleFamilies} from './types.js'
import {ruleById} from './rules/index.js'
import type {LeftOut} from '../select/types.js'
import {leftOutId, leftOutSection} from '../select/changes-section.js'

/** What each family of rules does, in a sentence for the writer. */
const familyNames: Record<RuleFamily, string> = {
  sections: 'Sections left out (--leave-out, --keep-only)',
  'plan-blocks': 'Plan blocks: plain headings, and orders written as sentences',
  'plan-codes': 'Plan codes ("Y1-3, Q2 & Q4") in plain words',
  acronyms: 'Acronyms written out where they are first used',
  'plain-words': 'Office words changed for everyday words',
  voice: 'The plan’s own body written as “we”',
  lists: 'Series of things laid out as bulleted lists',
  split: 'Long sentences split'
}

const style = `body{font:16px/1.5 Arial,sans-serif;color:#1a1a1a;max-width:72rem;margin:1rem auto;padding:0 1rem}
table{border-collapse:collapse;width:100%;margin-bottom:2rem}th,td{border:1px solid #999;padding:.4rem;text-align:left;vertical-align:top}
th{background:#eef}td.place{white-space:nowrap}del{background:#fde;text-decoration:line-through}ins{background:#dfd;text-decoration:none}
td pre{white-space:pre-wrap;font:inherit;margin:0}`

/** A table of changes: place, rule id (its summary as a tooltip), confidence, words before and after. */
function table(changes: readonly Change[]): Element {
  return h('table', [
    h('thead', h('tr', ['Where', 'Rule', 'Sure', 'Before', 'After'].map((name) => h('th', {scope: 'col'}, name)))),
    h('tbody', changes.map((change) => h('tr', [
      h('td.place', change.line === undefined ? '' : `${change.line}:${change.column}`),
      h('td.rule', h('code', {title: ruleById(change.rule)?.summary ?? ''}, change.rule)),
      h('td.place', `${Math.round(change.confidence * 100)}%`),
      h('td', h('del', h('pre', change.before))),
      h('td', change.after === '' ? h('em', '(left out)') : h('ins', h('pre', change.after)))
    ])))
  ])
}

/**
 * The audit trail as a page a writer reads: every change the simplify stage made, by family, with its place in the
 * plan (line:column), its rule id and confidence, the words before (struck through) and after; then, listed apart,
 * the changes only offered (not made: the rule was not sure), each the sentence and the suggested text. To reverse a
 * change, put the words before back in the draft at that place; to take an offer, write it in.
 */
export function toChangesPage(changes: readonly Change[], plan: string, leftOut: readonly LeftOut[] = []): string {
  const made = changes.filter((change) => change.status !== 'offered')
  const offered = changes.filter((change) => change.status === 'offered')
  const sections: Element[] = ruleFamilies.flatMap((family) => {
    const own = made.filter((change) => change.family === family)
    return own.length === 0 ? [] : [h('h2', {id: family}, `${familyNames[family]} (${own.length})`), table(own)]
  })
  const offers: Element[] = offered.length === 0 ? [] : [
    h('h2', {id: 'offered'}, `Offered, not made (${offered.length})`),
    h('p', 'The rule was not sure of these: the draft shows each under its sentence as an easyread-suggest comment. Take the suggestion by writing it in, or delete the comment.'),
    table(offered)
  ]
  const page = h('html', {lang: 'en-GB'}, [
    h('head', [h('meta', {charset: 'utf-8'}), h('meta', {name: 'generator', content: 'easyread'}), h('title', `Changes made to ${plan}`), h('style', style)]),
    h('body', [
      h('h1', `Changes made to ${plan}`),
      h('p', `easyread made ${made.length} changes and offered ${offered.length} more. Each shows where its words are in the plan (line:column), the rule that made it, how sure the rule is, the words before and the words after. To undo one, put the words before back in the draft.`),
      h('ul', [
        ...ruleFamilies.map((family) => h('li', h('a', {href: `#${family}`}, `${familyNames[family]}: ${made.filter((change) => change.family === family).length}`))),
        h('li', h('a', {href: '#offered'}, `Offered, not made: ${offered.length}`)),
        ...(leftOut.length > 0 ? [h('li', h('a', {href: `#${leftOutId}`}, `Left out to keep the easy read short: ${leftOut.length}`))] : [])
      ]),
      ...sections,
      ...offers,
      ...leftOutSection(leftOut)
    ])
  ])
  return '<!doctype html>\n' + toHtml(page) + '\n'
}
