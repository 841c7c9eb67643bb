import {progressChannel, type ProgressEvent} from '../util/progress.js'
import type {Io} from './types.js'

/** Work shorter than this shows no progress line at all, unless the Io says otherwise (`EASYREAD_PROGRESS_AFTER`). */
const quietFor = 1000

/** A progress line on a terminal's standard error: the step and the seconds so far, once the work passes a second. */
export interface Progress {
  /** The step now; `prefix` (the file, "2 of 5") stays until changed. */
  step: (text: string) => void
  setPrefix: (prefix: string) => void
  /** Clear the line before other output; the next step draws it again. */
  clear: () => void
  /** Clear the line and stop listening. */
  done: () => void
}

const silent: Progress = {step: () => undefined, setPrefix: () => undefined, clear: () => undefined, done: () => undefined}

/**
 * Start a progress line, listening to the library's steps (`reportProgress`). None in a pipe (standard error is no
 * terminal: `io.progress` is absent) or with --quiet.
 */
export function startProgress(io: Io, quiet: boolean | undefined): Progress {
  const show = io.progress
  if (!show || quiet) return silent
  const started = Date.now()
  const after = io.progressAfter ?? quietFor
  let prefix = ''
  let text = ''
  let shown = false
  const draw = () => {
    const elapsed = Date.now() - started
    if (elapsed < after || text === '') return
    shown = true
    show(`easyread: ${prefix}${text} (${Math.floor(elapsed / 1000)} s)`)
  }
  // Steps that wait on another program (LibreOffice, pdftoppm) leave the event loop free: the seconds go on.
  const timer = setInterval(draw, 250)
  timer.unref()
  const listener = (message: unknown) => {
    text = (message as ProgressEvent).step
    draw()
  }
  progressChannel.subscribe(listener)
  return {
    step: (next) => {
      text = next
      draw()
    },
    setPrefix: (next) => {
      prefix = next
    },
    clear: () => {
      if (shown) show('')
      shown = false
    },
    done: () => {
      clearInterval(timer)
      progressChannel.unsubscribe(listener)
      if (shown) show('')
    }
  }
}
