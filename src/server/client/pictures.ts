import type {EditorView} from '@codemirror/view'
import {api, button, element, say, withToken} from './api.js'

interface PictureChoice {
  choice: string
  alt: string
  source: 'shipped' | 'yours'
}

const mark = /^<!-- easyread-picture: (.*?) -->$/
const listItem = /^\s*(?:[-*+]|\d+[.)])\s/

/** The line a row starts at for the cursor's line: a list's first item, or the sentence that leads into it. */
function rowStart(view: EditorView): number | undefined {
  const doc = view.state.doc
  let line = doc.lineAt(view.state.selection.main.head).number
  const text = (number: number) => doc.line(number).text
  if (text(line).trim() === '' || text(line).startsWith('#') || text(line).startsWith('<!--')) return undefined
  while (line > 1 && listItem.test(text(line)) && listItem.test(text(line - 1))) line--
  if (listItem.test(text(line)) && line > 1 && /:\s*$/.test(text(line - 1))) line--
  return line
}

function current(view: EditorView, start: number): string | undefined {
  if (start < 2) return undefined
  return mark.exec(view.state.doc.line(start - 1).text.trim())?.[1]
}

/** Put the writer's choice in the draft: a picture mark on the line before the row (replacing one there). */
function choose(view: EditorView, choice: string): void {
  const start = rowStart(view)
  if (start === undefined) return say('Put the cursor on a sentence first.')
  const doc = view.state.doc
  const line = doc.line(start)
  const markText = `<!-- easyread-picture: ${choice} -->`
  const previous = start > 1 ? doc.line(start - 1) : undefined
  const changes = previous && mark.test(previous.text.trim()) ? {from: previous.from, to: previous.to, insert: markText} : {from: line.from, insert: `${markText}\n`}
  view.dispatch({changes})
  say(choice === 'none' ? `No picture for the row at line ${start}` : `Chose the picture ${choice} for the row at line ${start}`)
  showPictureRow(view)
}

function image(choice: PictureChoice): HTMLImageElement {
  const source = choice.choice.startsWith('file ') ? `/user-picture?choice=${encodeURIComponent(choice.choice)}` : `/icon?name=${encodeURIComponent(choice.choice)}`
  return element('img', {src: withToken(source), alt: '', width: '48', height: '48'})
}

/** The pictures panel's line for the row at the cursor. */
export function showPictureRow(view: EditorView): void {
  const here = document.getElementById('picture-row')
  if (!here) return
  const start = rowStart(view)
  if (start === undefined) {
    here.textContent = 'Put the cursor on a sentence to choose its picture.'
    return
  }
  const chosen = current(view, start)
  here.textContent = `Row at line ${start}: ${chosen === undefined ? 'the picture easyread chooses' : chosen === 'none' ? 'no picture' : `your choice, ${chosen}`}.`
}

export function setupPictures(view: EditorView): void {
  const search = document.getElementById('picture-search') as HTMLInputElement
  const results = document.getElementById('picture-results')!
  let timer: ReturnType<typeof setTimeout> | undefined
  const none = () => element('li', {}, button('No picture', () => choose(view, 'none'), {class: 'picture-choice'}))
  results.replaceChildren(none())
  search.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      void api<PictureChoice[]>('GET', `/api/pictures?q=${encodeURIComponent(search.value)}`).then((found) => {
        results.replaceChildren(...found.map((choice) => {
          const pick = button('', () => choose(view, choice.choice), {class: 'picture-choice', 'data-choice': choice.choice})
          pick.append(image(choice), element('span', {}, `${choice.alt}${choice.source === 'yours' ? ' (yours)' : ''}`))
          return element('li', {}, pick)
        }), none())
        say(`${found.length} pictures for “${search.value}”`)
      })
    }, 200)
  })
}
