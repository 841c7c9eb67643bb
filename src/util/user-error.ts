import {VFileMessage} from 'vfile-message'
import type {Problem} from './result.js'

/**
 * A mistake in the user's input or options: the CLI prints its problems, one line each, and exits non-zero.
 * Anything else that is thrown is a bug in easyread.
 */
export class UserError extends Error {
  readonly problems: Problem[]
  constructor(problems: Problem[]) {
    super(problems.map((problem) => problem.message).join('; '))
    this.name = 'UserError'
    this.problems = problems
  }

  /** A fatal vfile message (from `file.fail`) as a user error naming the file and place. */
  static fromMessage(message: VFileMessage, file: string): UserError {
    return new UserError([{file, line: message.line ?? undefined, column: message.column ?? undefined, message: message.reason, ruleId: message.ruleId ?? undefined}])
  }
}

export function isFatalMessage(error: unknown): error is VFileMessage {
  return error instanceof VFileMessage && error.fatal === true
}
