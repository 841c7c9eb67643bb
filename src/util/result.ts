/** A problem in a user's file, with its place when there is one. */
export interface Problem {
  /** The file the problem is in; empty for a problem in the command line's options. */
  file: string
  line?: number
  column?: number
  message: string
  ruleId?: string
}

/** What a check at a boundary gives: typed data, or every problem found. */
export type Checked<T> = {ok: true; value: T} | {ok: false, errors: Problem[]}

/** `file:line:column: message`, the way compilers and editors point at a place. */
export function formatProblem(problem: Problem): string {
  if (problem.file === '') return problem.message
  // A file name with a line break or other control character would split the one line or act on the terminal.
  const file = problem.file.replace(/[\u0000-\u001f\u007f]/g, (character) => (character === '\n' ? '\\n' : `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`))
  const place = problem.line === undefined ? file : `${file}:${problem.line}:${problem.column ?? 1}`
  return `${place}: ${problem.message}`
}
