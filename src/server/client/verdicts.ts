import {StateEffect, StateField, type EditorState, type Range} from '@codemirror/state'
import {Decoration, EditorView, GutterMarker, gutter} from '@codemirror/view'

export type Verdict = 'pass' | 'warn' | 'fail'

/** The server's verdict on one line (src/server/judge.ts). */
export interface LineResult {
  line: number
  verdict: Verdict
  reasons: Array<{ruleId: string; verdict: 'warn' | 'fail' | 'note'; reason: string}>
  findings: Array<{ruleId: string; severity: 'error' | 'warning'; message: string; from: number; to: number}>
}

/** A line's verdict as held by the editor: for the text it was given on; `pending` once the line changed since. */
export interface Held {
  text: string
  result: LineResult | null
  pending: boolean
}

/** New verdicts for some lines (a line whose text changed meanwhile is left pending), or for all (`all`). */
export const setVerdicts = StateEffect.define<{all: boolean; results: Array<{line: number; text: string; result: LineResult | null}>}>()

/** Each line's verdict, moved along as lines are added or removed above it. */
export const verdictField = StateField.define<ReadonlyMap<number, Held>>({
  create: () => new Map(),
  update(value, transaction) {
    let next = value
    if (transaction.docChanged) {
      const moved = new Map<number, Held>()
      const before = transaction.startState.doc
      const after = transaction.state.doc
      for (const [line, held] of value) {
        if (line > before.lines) continue
        const start = before.line(line)
        const mapped = after.lineAt(transaction.changes.mapPos(start.from, 1))
        if (!moved.has(mapped.number) || mapped.text === held.text) moved.set(mapped.number, {...held, pending: held.pending || mapped.text !== held.text})
      }
      next = moved
    }
    for (const effect of transaction.effects) {
      if (!effect.is(setVerdicts)) continue
      // A whole-draft verdict leaves alone the lines edited since it was asked for: their own verdict is on its way.
      const updated = new Map(effect.value.all ? [...next].filter(([, held]) => held.pending) : next)
      const doc = transaction.state.doc
      for (const {line, text, result} of effect.value.results) {
        if (line <= doc.lines && doc.line(line).text === text) updated.set(line, {text, result, pending: false})
      }
      next = updated
    }
    return next
  }
})

const words: Record<Verdict, string> = {fail: 'fails', warn: 'warning', pass: 'passes'}

/** What a line's verdict says, for the title shown on hover and the problems list. */
export function describe(result: LineResult): string {
  const reasons = result.reasons.filter((reason) => reason.verdict !== 'note').map((reason) => reason.reason)
  return reasons.length > 0 ? `${words[result.verdict]}: ${reasons.join('; ')}` : words[result.verdict]
}

function decorations(state: EditorState) {
  const ranges: Array<Range<Decoration>> = []
  for (const [line, held] of state.field(verdictField)) {
    if (!held.result || line > state.doc.lines) continue
    const at = state.doc.line(line)
    const kind = held.pending ? 'pending' : held.result.verdict
    ranges.push(Decoration.line({class: `cm-verdict cm-verdict-${kind}`, attributes: {title: held.pending ? 'checking…' : describe(held.result), 'data-verdict': kind}}).range(at.from))
    if (held.pending) continue
    for (const finding of held.result.findings) {
      const from = at.from + Math.min(finding.from, at.length)
      const to = at.from + Math.min(finding.to, at.length)
      if (to > from) ranges.push(Decoration.mark({class: `cm-finding cm-finding-${finding.severity}`, attributes: {title: finding.message, 'data-rule': finding.ruleId}}).range(from, to))
    }
  }
  return Decoration.set(ranges, true)
}

class VerdictMarker extends GutterMarker {
  constructor(readonly kind: Verdict | 'pending') {
    super()
  }
  override eq(other: VerdictMarker) {
    return other.kind === this.kind
  }
  override toDOM() {
    const mark = document.createElement('span')
    mark.className = `cm-verdict-mark cm-verdict-mark-${this.kind}`
    mark.textContent = {fail: '✗', warn: '!', pass: '✓', pending: '…'}[this.kind]
    return mark
  }
}

/** The verdicts in the editor: a mark in the gutter, the line's colour, and the words behind each finding underlined. */
export const verdictExtensions = [
  verdictField,
  EditorView.decorations.compute([verdictField], decorations),
  gutter({
    class: 'cm-verdict-gutter',
    lineMarker(view, block) {
      const held = view.state.field(verdictField).get(view.state.doc.lineAt(block.from).number)
      return held?.result ? new VerdictMarker(held.pending ? 'pending' : held.result.verdict) : null
    },
    lineMarkerChange: (update) => update.startState.field(verdictField) !== update.state.field(verdictField)
  })
]

/** The lines with a problem (fail or warn), in order. */
export function problemLines(state: EditorState): Array<{line: number; result: LineResult}> {
  return [...state.field(verdictField)]
    .filter(([, held]) => held.result && held.result.verdict !== 'pass')
    .sort(([a], [b]) => a - b)
    .map(([line, held]) => ({line, result: held.result!}))
}
