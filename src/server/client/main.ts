import {EditorState, EditorSelection} from '@codemirror/state'
import {EditorView, keymap, lineNumbers, highlightActiveLine, drawSelection} from '@codemirror/view'
import {defaultKeymap, history, historyKeymap} from '@codemirror/commands'
import {api, nonce, say, withToken, element} from './api.js'
import {problemLines, setVerdicts, verdictExtensions, verdictField, describe, type LineResult} from './verdicts.js'
import {renderChanges, trackChanges, trackedField, type Change} from './changes.js'
import {renderGlossary, setupSuggestions, type TermFound} from './glossary.js'
import {setupPictures, showPictureRow} from './pictures.js'

/** How long the writer pauses before a changed line is judged again, and before the preview is laid out again. */
const checkPause = 250
const previewPause = 1200

/** Figures the benchmark reads: for each live verdict, when its request went and when the editor showed it. */
const stats = {verdicts: [] as Array<{sent: number; shown: number}>, ready: 0}

let base = ''
let changes: Change[] = []
let view: EditorView
const changed = new Set<number>()
let checkTimer: ReturnType<typeof setTimeout> | undefined
let previewTimer: ReturnType<typeof setTimeout> | undefined
let followTimer: ReturnType<typeof setTimeout> | undefined
let dirty = false
let changesTimer: ReturnType<typeof setTimeout> | undefined

async function checkChanged(): Promise<void> {
  const doc = view.state.doc
  const lines = [...changed].filter((line) => line <= doc.lines).map((line) => ({line, text: doc.line(line).text}))
  changed.clear()
  if (lines.length === 0) return
  const sent = performance.now()
  const {results} = await api<{results: Array<{line: number; text: string; result: LineResult | null}>}>('POST', '/api/check-line', {lines})
  view.dispatch({effects: setVerdicts.of({all: false, results})})
  stats.verdicts.push({sent, shown: performance.now()})
}

/** Judge the whole draft as `easyread check` does (on opening and after saving): context such as acronyms explained earlier counts. */
async function checkAll(): Promise<void> {
  const text = view.state.doc.toString()
  const result = await api<{lines: LineResult[]; glossary: TermFound[]; summary?: {sentences: number; pass: number; warn: number; fail: number}}>('POST', '/api/check', {text})
  const doc = view.state.doc
  view.dispatch({effects: setVerdicts.of({all: true, results: result.lines.filter((line) => line.line <= doc.lines).map((line) => ({line: line.line, text: doc.line(line.line).text, result: line}))})})
  const summary = result.summary
  if (summary) document.getElementById('summary')!.textContent = `${summary.sentences} sentences: ${summary.fail} fail, ${summary.warn} warn, ${summary.pass} pass (whole draft, as last checked)`
  renderGlossary(result.glossary, {view, recheck: afterGlossary})
}

async function afterGlossary(): Promise<void> {
  await checkAll()
  schedulePreview()
}

function renderProblems(): void {
  const list = document.getElementById('problems')!
  const items = problemLines(view.state).map(({line, result}) => {
    const text = view.state.doc.line(line).text
    const shown = text.length > 70 ? `${text.slice(0, 67)}…` : text
    const go = element('button', {type: 'button', class: `problem problem-${result.verdict}`, 'data-line': String(line)}, `Line ${line}: ${describe(result)}. “${shown}”`)
    go.addEventListener('click', () => goToLine(line))
    return element('li', {}, go)
  })
  list.replaceChildren(...items)
  if (items.length === 0) list.append(element('li', {}, 'No problems left.'))
}

export function goToLine(line: number, select?: {from: number; to: number}): void {
  const at = view.state.doc.line(Math.min(line, view.state.doc.lines))
  const selection = select ? EditorSelection.range(select.from, select.to) : EditorSelection.cursor(at.from)
  view.dispatch({selection, effects: EditorView.scrollIntoView(selection.from, {y: 'center'})})
  view.focus()
}

/** F8 and Shift+F8: the next or previous line with a problem. */
function stepProblem(direction: 1 | -1): boolean {
  const here = view.state.doc.lineAt(view.state.selection.main.head).number
  const lines = problemLines(view.state).map((each) => each.line)
  const target = direction === 1 ? (lines.find((line) => line > here) ?? lines[0]) : ([...lines].reverse().find((line) => line < here) ?? lines.at(-1))
  if (target !== undefined) {
    goToLine(target)
    const held = view.state.field(verdictField).get(target)
    if (held?.result) say(`Line ${target}: ${describe(held.result)}`)
  }
  return true
}

function schedulePreview(): void {
  clearTimeout(previewTimer)
  previewTimer = setTimeout(() => void refreshPreview(), previewPause)
}

let previewVersion = 0
async function refreshPreview(): Promise<void> {
  await api('POST', '/api/preview', {text: view.state.doc.toString()})
  const frame = document.getElementById('preview') as HTMLIFrameElement
  frame.src = withToken(`/preview?v=${++previewVersion}`)
}

/** Frame the preview's row at the cursor: the last row or heading that starts at or above the cursor's line. */
function followCursor(): void {
  const frame = document.getElementById('preview') as HTMLIFrameElement
  const doc = frame.contentDocument
  if (!doc) return
  const line = view.state.doc.lineAt(view.state.selection.main.head).number
  let current: Element | undefined
  for (const row of doc.querySelectorAll('[data-line]')) if (Number(row.getAttribute('data-line')) <= line) current = row
  for (const old of doc.querySelectorAll('.current')) old.classList.remove('current')
  if (current) {
    current.classList.add('current')
    current.scrollIntoView({block: 'nearest'})
  }
}

async function save(): Promise<boolean> {
  const text = view.state.doc.toString()
  const result = await api<{saved: boolean; version?: string; disk?: {text: string; version: string}}>('PUT', '/api/draft', {text, base})
  if (!result.saved) {
    showDiskChanged(result.disk!)
    say('Not saved: the draft changed on disk. Reload it, or keep your version.')
    return false
  }
  base = result.version!
  dirty = false
  say(`Saved ${new Date().toLocaleTimeString('en-GB')}`)
  void checkAll()
  return true
}

let diskText = ''
function showDiskChanged(disk: {text: string; version: string}): void {
  diskText = disk.text
  const banner = document.getElementById('disk-changed')!
  banner.dataset.version = disk.version
  banner.hidden = false
}

async function exportAll(): Promise<void> {
  if (!(await save())) return
  say('Exporting…')
  const countPages = (document.getElementById('count-pages') as HTMLInputElement).checked
  const result = await api<{written: string[]; pages?: {count: number; limit: number}}>('POST', '/api/export', {countPages})
  const pages = result.pages ? ` The Word file has ${result.pages.count} pages (easy read: at most ${result.pages.limit}).` : ''
  say(`Exported ${result.written.join(', ')}.${pages}`)
}

function guard(action: () => Promise<unknown>): () => void {
  return () => void action().catch((error: Error) => say(`Error: ${error.message}`))
}

async function start(): Promise<void> {
  const draft = await api<{text: string; version: string; name: string; changes: Change[]}>('GET', '/api/draft')
  base = draft.version
  changes = draft.changes
  view = new EditorView({
    parent: document.getElementById('editor')!,
    state: EditorState.create({
      doc: draft.text,
      extensions: [
        EditorView.cspNonce.of(nonce),
        lineNumbers(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        EditorView.lineWrapping,
        // tabindex: the editable text is the scroller's focusable content (axe: scrollable regions need keyboard access).
        EditorView.contentAttributes.of({'aria-label': 'The draft, one sentence a line', 'aria-describedby': 'summary', tabindex: '0'}),
        keymap.of([
          {key: 'F8', run: () => stepProblem(1), shift: () => stepProblem(-1)},
          {key: 'Mod-s', run: () => (guard(save)(), true), preventDefault: true},
          ...defaultKeymap,
          ...historyKeymap
        ]),
        verdictExtensions,
        trackedField,
        EditorView.updateListener.of((update) => {
          if (update.docChanged) {
            dirty = true
            update.changes.iterChangedRanges((_fromA, _toA, fromB, toB) => {
              const first = update.state.doc.lineAt(fromB).number
              const last = update.state.doc.lineAt(toB).number
              for (let line = first; line <= last; line++) changed.add(line)
            })
            clearTimeout(checkTimer)
            checkTimer = setTimeout(guard(checkChanged), checkPause)
            schedulePreview()
            clearTimeout(changesTimer)
            changesTimer = setTimeout(() => renderChanges(view), 400)
          }
          if (update.state.field(verdictField) !== update.startState.field(verdictField)) renderProblems()
          if (update.selectionSet || update.docChanged) {
            clearTimeout(followTimer)
            followTimer = setTimeout(() => {
              followCursor()
              showPictureRow(view)
            }, 80)
          }
        })
      ]
    })
  })
  // For the browser tests and the benchmark: the editor (to read its text and place), the timings, the changes held.
  ;(globalThis as unknown as {easyreadWorkbench: unknown}).easyreadWorkbench = {view, stats, changes: () => view.state.field(trackedField)}
  ;(document.getElementById('preview') as HTMLIFrameElement).addEventListener('load', followCursor)
  document.getElementById('save')!.addEventListener('click', guard(save))
  document.getElementById('export')!.addEventListener('click', guard(exportAll))
  document.getElementById('reload')!.addEventListener('click', () => {
    const banner = document.getElementById('disk-changed')!
    view.dispatch({changes: {from: 0, to: view.state.doc.length, insert: diskText}})
    base = banner.dataset.version ?? base
    dirty = false
    banner.hidden = true
    trackChanges(view, changes)
    renderChanges(view)
    say('Reloaded the draft from disk.')
    void checkAll()
  })
  document.getElementById('keep')!.addEventListener('click', () => {
    const banner = document.getElementById('disk-changed')!
    base = banner.dataset.version ?? base
    banner.hidden = true
    void guard(save)()
  })
  for (const tab of document.querySelectorAll<HTMLButtonElement>('.tab')) {
    tab.addEventListener('click', () => {
      for (const other of document.querySelectorAll<HTMLButtonElement>('.tab')) {
        other.setAttribute('aria-pressed', String(other === tab))
        document.getElementById(other.getAttribute('aria-controls')!)!.hidden = other !== tab
      }
      renderChanges(view)
    })
  }
  setupPictures(view)
  setupSuggestions(view)
  // The changes are found in the draft (their anchors) when the page is idle: the first screen does not wait for it.
  const track = () => {
    trackChanges(view, changes)
    renderChanges(view)
    document.body.dataset.changes = 'tracked'
  }
  if ('requestIdleCallback' in globalThis) requestIdleCallback(track, {timeout: 1000})
  else setTimeout(track, 0)
  // A change on disk that the page did not make (another editor, a script) is shown, never written over.
  setInterval(() => {
    void api<{version: string}>('GET', '/api/draft/version').then(({version}) => {
      if (version !== base && document.getElementById('disk-changed')!.hidden) void api<{text: string; version: string}>('GET', '/api/draft').then(showDiskChanged)
    }).catch(() => say('The workbench server has stopped: your last save is on disk.'))
  }, 2000)
  window.addEventListener('beforeunload', (event) => {
    if (dirty) event.preventDefault()
  })
  await checkAll()
  await refreshPreview()
  stats.ready = performance.now()
  say('Ready.')
  document.body.dataset.ready = 'true'
}

void start().catch((error: Error) => say(`Error: ${error.message}`))
