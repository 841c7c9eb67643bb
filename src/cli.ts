import {packageVersion as version} from './util/package-root.js'
import type {Command, Io} from './cli/types.js'
import {buildCommand} from './cli/build.js'
import {glossaryCommand} from './cli/glossary.js'
import {renderCommand} from './cli/render.js'
import {checkCommand} from './cli/check.js'
import {draftCommand} from './cli/draft.js'
import {editCommand} from './cli/edit.js'
import {UserError} from './util/user-error.js'
import {formatProblem} from './util/result.js'
import {processIo} from './cli/io.js'
import {editDistance, nearestFlags} from './cli/flags.js'
import type {CommandName} from './options/table.js'

/** Every `easyread <command>`. */
export const commands: Record<string, Command> = {
  build: buildCommand,
  check: checkCommand,
  draft: draftCommand,
  edit: editCommand,
  glossary: glossaryCommand,
  render: renderCommand
}

function help(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length))
  return [
    'easyread: turn a full plan into an easy-read version, and check the readability of every sentence.',
    '',
    'Usage: easyread <command> [options]',
    '',
    'Commands:',
    ...Object.entries(commands).map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`),
    '',
    'Run "easyread <command> --help" for a command\'s options. Other flags: -h, --help; -V, --version.'
  ].join('\n')
}


/**
 * Run the command line and return the exit code: 0 success, 1 the check found failing sentences,
 * 2 a user's mistake (bad arguments or input), 70 a bug in easyread.
 */
export async function main(args: string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = args
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(help())
    return name === undefined ? 2 : 0
  }
  if (name === '--version' || name === '-V' || name === '-v') {
    io.out(version)
    return 0
  }
  const command = commands[name]
  if (!command) {
    const near = Object.keys(commands).find((known) => editDistance(name, known) <= 2)
    io.err(`easyread: unknown command "${name}". Commands: ${Object.keys(commands).join(', ')}${near ? `. Did you mean "${near}"?` : ''}`)
    return 2
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.usage)
    return 0
  }
  try {
    return await command.run(rest, io)
  } catch (error) {
    if (error instanceof UserError) {
      for (const problem of error.problems) io.err(`easyread: ${formatProblem(problem)}`)
      return 2
    }
    if (error instanceof TypeError && (error as {code?: string}).code?.startsWith('ERR_PARSE_ARGS')) {
      const problem = parseProblem(name as CommandName, error)
      io.err(`easyread ${name}: ${problem}${problem.endsWith('?') ? '' : '.'} See "easyread ${name} --help"`)
      return 2
    }
    io.err(`easyread: internal error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    return 70
  }
}

/** parseArgs's message, without its advice about positionals, and with the flags meant for an unknown one. */
function parseProblem(command: CommandName, error: TypeError): string {
  const unknown = /^Unknown option '([^']+)'/.exec(error.message)
  if (!unknown) return error.message.replace(/\.$/, '')
  const near = nearestFlags(command, unknown[1]!)
  return `Unknown option '${unknown[1]}'${near.length > 0 ? `: did you mean ${near.slice(0, -1).join(', ')}${near.length > 1 ? ' or ' : ''}${near.at(-1)}?` : ''}`
}
