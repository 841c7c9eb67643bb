import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {root} from '../helpers/paths.js'
import {requirePrograms} from '../helpers/programs.js'

const bin = path.join(root, 'bin', 'easyread.js')

/** The environment without any colour switch, so that each test sets the one it is about. */
function plainEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = {...process.env}
  delete env.NO_COLOR
  delete env.FORCE_COLOR
  delete env.CI
  return {...env, TERM: 'xterm-256color', ...extra}
}

/** Run the built CLI with its output in pipes and the environment given (no NO_COLOR unless asked). */
export function runPiped(args: string[], options: {cwd?: string; input?: string | Uint8Array; env?: Record<string, string>} = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd: options.cwd ?? root, input: options.input, env: plainEnv(options.env ?? {}), maxBuffer: 64 * 1024 * 1024})
  return {code: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8'), bytes: result.stdout}
}

const quoted = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`

/**
 * Run the built CLI in a pseudo-terminal, as a user at a terminal does, through util-linux's `script` (Debian
 * bsdutils): standard output and error are both the terminal, and `script` copies what it shows to our pipe.
 */
export function runInTerminal(args: string[], options: {cwd?: string; env?: Record<string, string>} = {}) {
  requirePrograms('script')
  const command = [process.execPath, bin, ...args].map(quoted).join(' ')
  const result = spawnSync('script', ['-qfec', command, '/dev/null'], {cwd: options.cwd ?? root, env: plainEnv({COLUMNS: '200', ...(options.env ?? {})}), encoding: 'utf8', input: ''})
  return {code: result.status, screen: result.stdout}
}
