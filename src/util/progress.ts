import {channel} from 'node:diagnostics_channel'

/**
 * Long work says which step it is on through a diagnostics channel, as undici and Node itself do: publishing costs
 * nothing when no one listens, and the library needs no callback in its signatures. The command line listens and
 * shows a progress line on a terminal.
 */
export const progressChannel = channel('easyread:progress')

/** What a step says: its words ("simplify", "rendering page 4 of 20"). */
export interface ProgressEvent {
  step: string
}

/** Say which step the work is on now. */
export function reportProgress(step: string): void {
  if (progressChannel.hasSubscribers) progressChannel.publish({step} satisfies ProgressEvent)
}
