import type {EditorView} from '@codemirror/view'
import {api, button, element, say} from './api.js'

/** A glossary term the draft uses (src/server/workbench.ts checkAll). */
export interface TermFound {
  termId: string
  term: string
  first?: {line: number; column: number}
  explained: string
  uses: number
  means: string
  yours: boolean
}

interface Saved {
  file: string
  fail: Array<{message: string}>
  warn: Array<{message: string}>
}

let context: {view: EditorView; recheck: () => Promise<void>} | undefined

/** A term's explanation to edit, or a new term's, with a save button and what `glossary check` said of it. */
function termEditor(term: string, means: string, id: string, label: string): HTMLElement {
  const box = element('textarea', {id, rows: '3'})
  box.value = means
  const said = element('p', {class: 'said', role: 'status'})
  const save = button(label, () => {
    void api<Saved>('POST', '/api/glossary', {term, means: box.value}).then(async (saved) => {
      const problems = [...saved.fail.map((one) => `fails: ${one.message}`), ...saved.warn.map((one) => `warning: ${one.message}`)]
      said.textContent = `Saved to ${saved.file}. ${problems.length > 0 ? problems.join(' ') : 'The explanation is in easy words.'}`
      say(`Saved the explanation of ${term}`)
      await context?.recheck()
    }).catch((error: Error) => (said.textContent = `Not saved: ${error.message}`))
  }, {'aria-label': `${label}: ${term}`})
  return element('div', {class: 'term-editor'}, element('label', {for: id}, `What “${term}” means`), box, save, said)
}

/** The glossary panel: every term the draft uses, where it is first explained, and its explanation to edit. */
export function renderGlossary(terms: readonly TermFound[], use: {view: EditorView; recheck: () => Promise<void>}): void {
  context = use
  const panel = document.getElementById('glossary')
  if (!panel) return
  const items = terms.map((term, index) =>
    element('li', {class: 'term'},
      element('h3', {}, term.term),
      element('p', {}, `Used ${term.uses} ${term.uses === 1 ? 'time' : 'times'}${term.first ? `, first at line ${term.first.line}` : ''}; explained: ${term.explained}${term.yours ? '; your explanation' : ''}.`),
      termEditor(term.term, term.means, `means-${index}`, 'Save explanation')))
  panel.replaceChildren(items.length > 0 ? element('ul', {class: 'terms'}, ...items) : element('p', {}, 'The draft uses no glossary term.'))
}

/** The words `glossary suggest` finds that no entry explains, each with a box to write its explanation. */
export function setupSuggestions(view: EditorView): void {
  document.getElementById('load-suggestions')?.addEventListener('click', () => {
    say('Looking for words the glossary does not explain…')
    void api<Array<{term: string; kind: string; uses: number; line: number}>>('POST', '/api/suggestions', {text: view.state.doc.toString()}).then((found) => {
      const list = document.getElementById('suggestions')!
      list.replaceChildren(...found.slice(0, 30).map((one, index) =>
        element('li', {class: 'suggestion'}, element('p', {}, `${one.term} (${one.kind}, used ${one.uses} times, first at line ${one.line})`), termEditor(one.term, '', `suggest-${index}`, 'Add to glossary'))))
      say(`${found.length} words the glossary does not explain`)
    }).catch((error: Error) => say(`Error: ${error.message}`))
  })
}
