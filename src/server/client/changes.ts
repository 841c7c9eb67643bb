import {Annotation, EditorSelection, StateEffect, StateField, type ChangeSpec, type EditorState} from '@codemirror/state'
import {EditorView} from '@codemirror/view'
import {button, element, say} from './api.js'
import {anchorChanges, flatWords, rewrite, type Rewrite, type TextEdit} from './change-text.js'

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

interface Range {
  from: number
  to: number
}

/**
 * One change the writer can take or leave, held with its anchor: the place of its words in the draft, moved along
 * with every edit (so it is found however the sentence around it was edited, and whatever was taken beside it).
 */
interface Tracked {
  key: string
  kind: 'made' | 'offered' | 'left-out'
  rule: string
  /** Made: the words before the change. Offered: the sentence as the draft has it. Left out: ''. */
  before: string
  /** Made: the words the change wrote. Offered: the suggested sentence. Left out: the sentence. */
  after: string
  /** Made: the change's words; offered: the sentence's words; left out: its comment, or the sentence put back. */
  range?: Range
  /** Offered: the suggestion's comment (with the line break before it), while it is in the draft. */
  mark?: Range & {text: string}
  /** Offered: taken (the suggestion is in the sentence) or left (its comment removed, the sentence kept). */
  decided?: 'taken' | 'left'
  /** Left out: the comment's words around the sentence. */
  wrap?: {open: string; close: string}
}

const setTracked = StateEffect.define<Tracked[]>()
/** An edit that puts a suggestion's comment back after its sentence: the places beside it do not grow to take it in. */
const placesMark = Annotation.define<boolean>()
/** Where a suggestion's comment put back now is, in the draft after the edit that put it back. */
const markPlaced = StateEffect.define<{key: string; from: number; to: number}>()
const decide = StateEffect.define<{key: string; decided?: 'taken' | 'left'; mark?: Tracked['mark']}>()

/** Every change of the draft with its anchor, mapped through each edit of the draft. */
export const trackedField = StateField.define<readonly Tracked[]>({
  create: () => [],
  update(value, transaction) {
    let next = value
    // Effects first: their places are in the draft as it was before this transaction's edits, like the held ones.
    for (const effect of transaction.effects) {
      if (effect.is(setTracked)) next = effect.value
      if (effect.is(decide)) next = next.map((item) => (item.key === effect.value.key ? {...item, decided: effect.value.decided, mark: effect.value.mark} : item))
    }
    if (transaction.docChanged) {
      // Words typed at either end of a place belong to it, except a comment put back there.
      const grow = transaction.annotation(placesMark) ? -1 : 1
      const map = (range: Range) => {
        const from = transaction.changes.mapPos(range.from, -grow)
        return {from, to: Math.max(from, transaction.changes.mapPos(range.to, grow))}
      }
      next = next.map((item) => ({
        ...item,
        ...(item.range ? {range: map(item.range)} : {}),
        ...(item.mark ? {mark: {...item.mark, ...map(item.mark)}} : {})
      }))
    }
    for (const effect of transaction.effects) {
      if (effect.is(markPlaced)) next = next.map((item) => (item.key === effect.value.key && item.mark ? {...item, mark: {...item.mark, from: effect.value.from, to: effect.value.to}} : item))
    }
    return next
  }
})

const suggest = /^(\s*)<!-- easyread-suggest \[([^\]]+)\]: ([\s\S]*?) -->$/
const leftOut = /(<!-- easyread-left-out \[([^\]]+)\]: )([\s\S]*?)( -->)\s*$/
/** A list item's marker or a continuation's indent, which is not part of the sentence's words. */
const lead = /^\s*(?:(?:[-*+]|\d+[.)])\s+)?/
const easyreadComment = /^\s*<!-- easyread-/

/** The sentence an offered change is under: the nearest line above that is neither blank nor one of easyread's comments. */
function sentenceAbove(state: EditorState, number: number): Range | undefined {
  for (let above = number - 1; above >= 1 && above >= number - 4; above--) {
    const line = state.doc.line(above)
    if (line.text.trim() === '' || easyreadComment.test(line.text)) continue
    return {from: line.from + lead.exec(line.text)![0].length, to: line.to}
  }
  return undefined
}

/** The changes of a draft: the made ones from its record (anchored by their words, in order), the offered ones and the sentences left out from its marks. */
function trackAll(state: EditorState, changes: readonly Change[]): Tracked[] {
  const made = changes.filter((change) => change.status !== 'offered')
  const anchors = anchorChanges(state.doc.toString(), made)
  const list: Tracked[] = made.map((change, index) => ({key: `made-${index}`, kind: 'made', rule: change.rule, before: change.before, after: change.after, range: anchors[index]}))
  for (let number = 1; number <= state.doc.lines; number++) {
    const line = state.doc.line(number)
    const offered = suggest.exec(line.text)
    const dropped = leftOut.exec(line.text)
    if (offered) {
      const sentence = sentenceAbove(state, number)
      if (!sentence) continue
      const previous = state.doc.line(number - 1)
      // The comment goes with the line break before it, and the blank line before that when there is one.
      const start = previous.text.trim() === '' && number > 2 ? state.doc.line(number - 2).to : previous.to
      const mark = {from: start, to: line.to, text: state.doc.sliceString(start, line.to)}
      list.push({key: `offered-${number}`, kind: 'offered', rule: offered[2]!, before: state.doc.sliceString(sentence.from, sentence.to), after: offered[3]!, range: sentence, mark})
    } else if (dropped) {
      const from = line.from + dropped.index
      list.push({key: `left-out-${number}`, kind: 'left-out', rule: `left out: ${dropped[2]}`, before: '', after: dropped[3]!, range: {from, to: from + dropped[1]!.length + dropped[3]!.length + dropped[4]!.length}, wrap: {open: dropped[1]!, close: dropped[4]!}})
    }
  }
  return list
}

/** What a change's state is now, read from the draft's words at its anchor. */
function stateOf(state: EditorState, item: Tracked): string {
  if (!item.range) return 'not found'
  const text = state.doc.sliceString(item.range.from, item.range.to)
  if (item.kind === 'left-out') return text.startsWith(item.wrap!.open) ? 'left out' : 'restored'
  if (item.kind === 'offered') return item.decided ?? (item.mark && state.doc.sliceString(item.mark.from, item.mark.to) === item.mark.text ? 'offered' : 'left')
  // The words as the change left them, or as they were before it; else, whichever way its words can still go
  // (the writer edited the sentence around them); else it can no longer apply.
  const words = flatWords(text)
  if (words === flatWords(item.after)) return 'made'
  if (words === flatWords(item.before)) return 'undone'
  if (rewrite(text, item.after, item.before).ok) return 'made, edited'
  if (rewrite(text, item.before, item.after).ok) return 'undone, edited'
  return 'reworded'
}

/** The edits of an action, what the held changes become, and whether a suggestion's comment is put back. */
type Planned = {ok: true; changes: ChangeSpec[]; effects: Array<StateEffect<unknown>>; mark?: string} | {ok: false; reason: string}

/** Where an offered change's sentence ends: its place is one line (a comment put back after it is not part of it). */
function sentenceEnd(state: EditorState, item: Tracked): number {
  return Math.min(item.range!.to, state.doc.lineAt(item.range!.from).to)
}

/** The edits that take (`forward`) or undo a change on the draft as it stands, with what its record becomes. */
function plan(state: EditorState, item: Tracked, forward: boolean): Planned {
  if (!item.range) return {ok: false, reason: 'its words are not in the draft as it made them'}
  const range = item.kind === 'offered' ? {from: item.range.from, to: sentenceEnd(state, item)} : item.range
  const text = state.doc.sliceString(range.from, range.to)
  const shift = (result: Rewrite) => (result.ok ? result.edits.map((edit: TextEdit) => ({from: range.from + edit.from, to: range.from + edit.to, insert: edit.insert})) : undefined)
  if (item.kind === 'left-out') {
    const wrap = item.wrap!
    const restored = !text.startsWith(wrap.open)
    if (forward === restored) return {ok: false, reason: forward ? 'it is back in the draft already' : 'it is left out already'}
    if (forward) return text.endsWith(wrap.close) ? {ok: true, changes: [{from: range.from, to: range.from + wrap.open.length}, {from: range.to - wrap.close.length, to: range.to}], effects: []} : {ok: false, reason: 'its comment was edited: put the sentence back by hand'}
    return {ok: true, changes: [{from: range.from, insert: wrap.open}, {from: range.to, insert: wrap.close}], effects: []}
  }
  const result = forward ? rewrite(text, item.before, item.after) : rewrite(text, item.after, item.before)
  const edits = shift(result)
  if (!edits) return {ok: false, reason: (result as {reason: string}).reason}
  if (item.kind === 'made') return {ok: true, changes: edits, effects: []}
  // An offered change: taking it puts its words in and removes its comment; undoing puts both back.
  if (forward) {
    if (item.decided === 'taken') return {ok: false, reason: 'it is taken already'}
    const mark = item.mark && state.doc.sliceString(item.mark.from, item.mark.to) === item.mark.text ? item.mark : undefined
    return {ok: true, changes: [...edits, ...(mark ? [{from: mark.from, to: mark.to}] : [])], effects: [decide.of({key: item.key, decided: 'taken', mark: item.mark})]}
  }
  if (item.decided !== 'taken') return {ok: false, reason: 'it was not taken'}
  return {ok: true, changes: edits, effects: [decide.of({key: item.key, mark: item.mark})], mark: item.mark?.text}
}

/** Leave an offered change (remove its comment, keep the sentence), or put its comment back. */
function leave(state: EditorState, item: Tracked, left: boolean): Planned {
  if (!item.range || !item.mark) return {ok: false, reason: 'it is not in the draft'}
  if (left) {
    if (item.decided) return {ok: false, reason: `it is ${item.decided} already`}
    if (state.doc.sliceString(item.mark.from, item.mark.to) !== item.mark.text) return {ok: false, reason: 'its comment was edited: delete it by hand'}
    return {ok: true, changes: [{from: item.mark.from, to: item.mark.to}], effects: [decide.of({key: item.key, decided: 'left', mark: item.mark})]}
  }
  return {ok: true, changes: [], effects: [decide.of({key: item.key, mark: item.mark})], mark: item.mark.text}
}

type Action = 'take' | 'undo' | 'leave' | 'unleave'

function planAction(state: EditorState, item: Tracked, action: Action) {
  return action === 'leave' || action === 'unleave' ? leave(state, item, action === 'leave') : plan(state, item, action === 'take')
}

/**
 * Put suggestions' comments back after their sentences, once the sentences' own words are back (an edit of its own,
 * so that the sentence's place does not grow to take the comment in).
 */
function putMarks(view: EditorView, marks: ReadonlyArray<readonly [string, string]>): void {
  const held = view.state.field(trackedField)
  const places = marks.flatMap(([key, text]) => {
    const item = held.find((each) => each.key === key)
    return item?.range ? [{key, from: sentenceEnd(view.state, item), insert: text}] : []
  }).sort((a, b) => a.from - b.from)
  if (places.length === 0) return
  const changes = view.state.changes(places.map(({from, insert}) => ({from, insert})))
  const effects = places.map((place) => {
    const from = changes.mapPos(place.from, -1)
    return markPlaced.of({key: place.key, from, to: from + place.insert.length})
  })
  view.dispatch({changes, effects, annotations: placesMark.of(true)})
}

/** Do one action on one change; says what happened, or clearly why it cannot apply now. */
function act(view: EditorView, key: string, action: Action): void {
  const item = view.state.field(trackedField).find((each) => each.key === key)
  if (!item) return
  const planned = planAction(view.state, item, action)
  if (!planned.ok) return say(`Cannot ${action === 'unleave' ? 'undo' : action} this change: ${planned.reason}. Edit the sentence yourself if it still needs it.`)
  view.dispatch({changes: planned.changes, effects: planned.effects})
  if (planned.mark !== undefined) putMarks(view, [[key, planned.mark]])
  say(`${{take: item.kind === 'left-out' ? 'Restored' : 'Took', undo: 'Undid', leave: 'Left', unleave: 'Offered again'}[action]} the change (${item.rule}).`)
}

/** Take or undo every change of a rule at once (one edit of the draft, so one Ctrl+Z undoes it); says how many could not apply. */
function actAll(view: EditorView, group: string, forward: boolean): void {
  const changes: ChangeSpec[] = []
  const effects: Array<StateEffect<unknown>> = []
  const used: Range[] = []
  const marks: Array<[string, string]> = []
  let done = 0
  let refused = 0
  for (const item of view.state.field(trackedField).filter((each) => groupOf(each) === group)) {
    const now = stateOf(view.state, item)
    if (forward ? ['made', 'made, edited', 'taken', 'restored'].includes(now) : ['undone', 'undone, edited', 'offered', 'left out', 'left'].includes(now)) continue
    const planned = plan(view.state, item, forward)
    const spans = planned.ok ? (planned.changes as Array<{from: number; to?: number}>).map((spec) => ({from: spec.from, to: spec.to ?? spec.from})) : []
    if (!planned.ok || spans.some((span) => used.some((other) => span.from < other.to && other.from < span.to))) {
      refused++
      continue
    }
    used.push(...spans)
    changes.push(...planned.changes)
    effects.push(...planned.effects)
    if (planned.mark !== undefined) marks.push([item.key, planned.mark])
    done++
  }
  if (done > 0) view.dispatch({changes, effects})
  putMarks(view, marks)
  say(`${forward ? 'Took' : 'Undid'} ${done} ${done === 1 ? 'change' : 'changes'} of ${group}${refused > 0 ? `; ${refused} could not apply (their words were reworded or removed): edit those yourself` : ''}.`)
}

function show(view: EditorView, range: Range): void {
  view.dispatch({selection: EditorSelection.range(range.from, range.to), effects: EditorView.scrollIntoView(range.from, {y: 'center'})})
  view.focus()
}

/** Start tracking the draft's changes (on opening, and after the draft was reloaded from disk). */
export function trackChanges(view: EditorView, changes: readonly Change[]): void {
  view.dispatch({effects: setTracked.of(trackAll(view.state, changes))})
}

const labels: Record<string, string> = {
  made: 'made', undone: 'undone (the words before it are back)', 'made, edited': 'made (its sentence edited since)', 'undone, edited': 'undone (its sentence edited since)',
  reworded: 'reworded since', 'not found': 'not in the draft as it made it',
  offered: 'offered, not taken', taken: 'taken', left: 'left (its suggestion removed)', 'left out': 'left out of the easy read', restored: 'restored'
}

/** A change's group on the panel: its rule, and whether it was made or only offered (a different decision), or the role of a sentence left out. */
function groupOf(item: Tracked): string {
  return item.kind === 'left-out' ? item.rule : `${item.rule}, ${item.kind}`
}

/** The buttons a change has in its state: what can be done with it now. */
function actions(item: Tracked, now: string): Array<[Action, string]> {
  if (item.kind === 'left-out') return now === 'left out' ? [['take', 'Restore']] : [['undo', 'Undo']]
  if (item.kind === 'offered') return now === 'offered' ? [['take', 'Take'], ['leave', 'Leave']] : now === 'taken' ? [['undo', 'Undo']] : [['unleave', 'Undo']]
  if (now.startsWith('made')) return [['undo', 'Undo']]
  if (now.startsWith('undone')) return [['take', 'Take']]
  return []
}

/** The changes panel: grouped by rule, each with its words before and after, where it is now, and take / undo / leave / edit. */
export function renderChanges(view: EditorView): void {
  const panel = document.getElementById('changes')
  if (!panel || panel.closest('[hidden]')) return
  const state = view.state
  const groups = new Map<string, Tracked[]>()
  for (const item of state.field(trackedField)) groups.set(groupOf(item), [...(groups.get(groupOf(item)) ?? []), item])
  const rerender = () => renderChanges(view)
  const sections = [...groups].map(([name, group]) => {
    const entries = group.map((item) => {
      const now = stateOf(state, item)
      const line = item.range ? state.doc.lineAt(item.range.from) : undefined
      const where = !line ? 'Not found in the draft: its words are not there as the change made them (reworded, or split across sentences left out), so it can no longer be taken or undone here.'
        : `In the draft, line ${line.number}${line.text.trimStart().startsWith('<!-- easyread-left-out') && item.kind !== 'left-out' ? ' (a sentence left out)' : ''}: ${line.text}`
      const can = actions(item, now)
      const note = now === 'reworded' ? ' It can no longer apply: the words it changed were reworded. Edit the sentence yourself.' : ''
      const name = item.after || item.before
      return element('li', {class: `change change-${item.kind}`, 'data-state': now, 'data-key': item.key},
        element('p', {}, element('span', {class: 'label'}, item.kind === 'left-out' ? 'Left out: ' : 'Before: '), item.kind === 'left-out' ? item.after : item.before),
        ...(item.kind === 'left-out' ? [] : [element('p', {}, element('span', {class: 'label'}, item.kind === 'offered' ? 'Offered: ' : 'After: '), item.after)]),
        element('p', {class: 'context'}, where),
        element('p', {class: 'state'}, `Now: ${labels[now] ?? now}.${note}`),
        element('div', {class: 'buttons'},
          ...can.map(([action, label]) => button(label, () => {
            act(view, item.key, action)
            rerender()
          }, {'aria-label': `${label}: ${name}`})),
          ...(item.range ? [button('Edit', () => show(view, item.range!), {'aria-label': `Edit in the draft: ${name}`})] : [])))
    })
    const all = (forward: boolean) => () => {
      actAll(view, name, forward)
      rerender()
    }
    const restore = group[0]!.kind === 'left-out'
    return element('section', {class: 'change-group'},
      element('h3', {}, `${name} (${group.length})`),
      element('div', {class: 'buttons'}, button(restore ? 'Restore all' : 'Take all', all(true), {'aria-label': `${restore ? 'Restore' : 'Take'} all of ${name}`}), button('Undo all', all(false), {'aria-label': `Undo all of ${name}`})),
      element('ul', {}, ...entries))
  })
  // The panel is drawn again after every edit (400 ms after it): a keyboard user's place in it is kept, on the button
  // of the same name, or "Take all" pressed just after "Undo all" would go nowhere.
  const focused = document.activeElement instanceof HTMLElement && panel.contains(document.activeElement) ? document.activeElement.getAttribute('aria-label') : null
  panel.replaceChildren(...(sections.length > 0 ? sections : [element('p', {}, 'No changes recorded for this draft.')]))
  if (focused) [...panel.querySelectorAll<HTMLElement>('button[aria-label]')].find((candidate) => candidate.getAttribute('aria-label') === focused)?.focus()
}
