/** One `easyread <command>`: its help text and what it does with its arguments; returns the exit code. */
export interface Command {
  summary: string
  usage: string
  run: (args: string[], io: Io) => Promise<number>
}

/** Where a command writes; tests pass their own. */
export interface Io {
  out: (line: string) => void
  err: (line: string) => void
}
