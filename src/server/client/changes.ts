import {EditorSelection} from '@codemirror/state'
import {EditorView} from '@codemirror/view'
import {button, element, say} from './api.js'

/** A change record of the simplify stage (src/simplify/types.ts); `status` and `confidence` may be absent (= made). */
export interface Change {
  rule: string
  family?: string
  status?: 'made' | 'offered'
  confidence?: number
  before: string
  after: string
  line?: number
}

/** What the writer did with a made change in this session: undone (its words put back) or kept. */
const decided = new Map<number, 'undone' | 'kept'>()
/** Offered changes and left-out sentences the writer took: what each line was, to undo it. */
const taken = new Map<string, {now: string; was: string}>()

/** The words of a text found in the draft despite line breaks, bold marks and spacing. */
function find(doc: string, words: string): {from: number; to: number} | undefined {
  const parts = words.split(/\s+/).filter(Boolean).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  if (parts.length === 0) return undefined
  const match = new RegExp(parts.join('[\\s*_]+')).exec(doc)
  return match ? {from: match.index, to: match.index + match[0].length} : undefined
}

/** Change the draft's words; the writer's cursor stays where it was (mapped through the change). */
function replace(view: EditorView, range: {from: number; to: number}, insert: string): void {
  view.dispatch({changes: {...range, insert}})
}

function show(view: EditorView, range: {from: number; to: number}): void {
  view.dispatch({selection: EditorSelection.range(range.from, range.to), effects: EditorView.scrollIntoView(range.from, {y: 'center'})})
  view.focus()
}

interface Item {
  rule: string
  kind: 'made' | 'offered' | 'left-out'
  before: string
  after: string
  key: string
  /** Where the words it concerns are in the draft now; undefined when the writer reworded them. */
  range?: {from: number; to: number}
  state: string
  take?: () => void
  undo?: () => void
}

const suggest = /^<!-- easyread-suggest \[([^\]]+)\]: ([\s\S]*?) -->$/
const leftOut = /^<!-- easyread-left-out \[([^\]]+)\]: ([\s\S]*?) -->$/

/** Every change: the made ones from the draft's record, the offered ones and left-out sentences from the draft's marks. */
function items(changes: readonly Change[], view: EditorView): Item[] {
  const doc = view.state.doc
  const text = doc.toString()
  const list: Item[] = []
  changes.forEach((change, index) => {
    if (change.status === 'offered') return
    const state = decided.get(index) ?? 'made'
    const range = find(text, state === 'undone' ? change.before : change.after)
    list.push({
      rule: change.rule, kind: 'made', before: change.before, after: change.after, key: `made-${index}`, range, state,
      take: () => {
        if (state === 'undone' && range) replace(view, range, change.after)
        decided.set(index, 'kept')
      },
      undo: () => {
        if (state !== 'undone' && range) replace(view, range, change.before)
        decided.set(index, 'undone')
      }
    })
  })
  for (let number = 1; number <= doc.lines; number++) {
    const line = doc.line(number)
    const offered = suggest.exec(line.text.trim())
    const dropped = leftOut.exec(line.text.trim())
    if (offered && number > 1) {
      const sentence = doc.line(number - 1)
      const key = `offered-${offered[2]}`
      list.push({
        rule: offered[1]!, kind: 'offered', before: sentence.text, after: offered[2]!, key, range: {from: sentence.from, to: sentence.to}, state: 'offered',
        take: () => {
          taken.set(key, {now: offered[2]!, was: `${sentence.text}\n${line.text}`})
          replace(view, {from: sentence.from, to: line.to}, offered[2]!)
        }
      })
    } else if (dropped) {
      const key = `left-out-${dropped[2]}`
      list.push({
        rule: `left out: ${dropped[1]}`, kind: 'left-out', before: dropped[2]!, after: '', key, range: {from: line.from, to: line.to}, state: 'left out',
        take: () => {
          taken.set(key, {now: dropped[2]!, was: line.text})
          replace(view, {from: line.from, to: line.to}, dropped[2]!)
        }
      })
    }
  }
  for (const [key, record] of taken) {
    const range = find(text, record.now)
    if (list.some((item) => item.key === key) || !range) continue
    list.push({
      rule: key.startsWith('offered') ? 'offered' : 'left out', kind: key.startsWith('offered') ? 'offered' : 'left-out', before: record.was, after: record.now, key, range, state: 'taken',
      undo: () => {
        taken.delete(key)
        replace(view, range, record.was)
      }
    })
  }
  return list
}

/** The changes panel: grouped by rule, each with its words before and after, where it is, and take / undo / edit. */
export function renderChanges(changes: readonly Change[], view: EditorView): void {
  const panel = document.getElementById('changes')
  if (!panel) return
  const all = items(changes, view)
  const rerender = () => renderChanges(changes, view)
  const groups = new Map<string, Item[]>()
  for (const item of all) groups.set(item.rule, [...(groups.get(item.rule) ?? []), item])
  const sections = [...groups].map(([rule, group]) => {
    const each = (action: 'take' | 'undo') => () => {
      // From the end of the draft backwards, so that each change's place is still right when it is made.
      for (const item of [...items(changes, view)].filter((one) => one.rule === rule).sort((a, b) => (b.range?.from ?? 0) - (a.range?.from ?? 0))) item[action]?.()
      say(`${action === 'take' ? 'Took' : 'Undid'} every change of ${rule}`)
      rerender()
    }
    const entries = group.map((item) => {
      const context = item.range ? view.state.doc.lineAt(item.range.from).text : ''
      const act = (action: (() => void) | undefined, words: string) => () => {
        action?.()
        say(words)
        rerender()
      }
      return element('li', {class: `change change-${item.kind}`, 'data-state': item.state},
        element('p', {}, element('span', {class: 'label'}, 'Before: '), item.before || '—'),
        element('p', {}, element('span', {class: 'label'}, item.kind === 'left-out' ? 'Left out' : 'After: '), item.after),
        element('p', {class: 'context'}, item.range ? `In the draft, line ${view.state.doc.lineAt(item.range.from).number}: ${context}` : 'Not found in the draft: you reworded it.'),
        element('p', {class: 'state'}, `Now: ${item.state}`),
        element('div', {class: 'buttons'},
          ...(item.take ? [button(item.kind === 'left-out' ? 'Restore' : 'Take', act(item.take, 'Taken'), {'aria-label': `${item.kind === 'left-out' ? 'Restore' : 'Take'}: ${item.after || item.before}`})] : []),
          ...(item.undo ? [button('Undo', act(item.undo, 'Undone'), {'aria-label': `Undo: ${item.after}`})] : []),
          ...(item.range ? [button('Edit', () => show(view, item.range!), {'aria-label': `Edit in the draft: ${item.after || item.before}`})] : [])))
    })
    return element('section', {class: 'change-group'},
      element('h3', {}, `${rule} (${group.length})`),
      element('div', {class: 'buttons'}, button('Take all', each('take'), {'aria-label': `Take every change of ${rule}`}), button('Undo all', each('undo'), {'aria-label': `Undo every change of ${rule}`})),
      element('ul', {}, ...entries))
  })
  panel.replaceChildren(...(sections.length > 0 ? sections : [element('p', {}, 'No changes recorded for this draft.')]))
}
