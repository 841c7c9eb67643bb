/** One `easyread <command>`: its help text and what it does with its arguments; returns the exit code. */
export interface Command {
  summary: string
  usage: string
  run: (args: string[], io: Io) => Promise<number>
}

/** Where a command writes and reads; tests pass their own. Absent parts mean: no colour, no terminal, no input. */
export interface Io {
  /** A line to standard output. */
  out: (line: string) => void
  /** A line to standard error. */
  err: (line: string) => void
  /** Bytes or text to standard output as they are (`--out -`). */
  write?: (contents: string | Uint8Array) => Promise<void>
  /** All of standard input (`-` as a plan). */
  readInput?: () => Promise<Uint8Array>
  /** Whether standard output is a terminal (no Word bytes go there). */
  outTerminal?: boolean
  /** Colour on standard output and on standard error. */
  colour?: {out: boolean; err: boolean}
  /** A progress line on standard error, which is a terminal: text replaces the line before it; '' clears it. */
  progress?: (text: string) => void
  /** How long work goes on, in milliseconds, before the progress line shows. Default: 1000. */
  progressAfter?: number
}
