import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'

/**
 * The messages of each file that a reader should see after a build or draft, grouped by file as vfile-reporter
 * prints them (`5:1  warning  Removed raw HTML …  raw-html  easyread`): removed markup, unsafe links, dropped
 * pictures, the page count. Readability findings are left to `easyread check` (a long plan has hundreds); notes only
 * with --verbose. Empty when there is nothing to say.
 */
export function warningReport(files: readonly VFile[], options: {colour?: boolean; verbose?: boolean}): string {
  const shown = files.flatMap((file) => {
    const readability = new Set((file.data.sentences ?? []).flatMap((sentence) => sentence.findings.map((finding) => finding.ruleId)))
    const messages = file.messages.filter((message) => !readability.has(message.ruleId ?? '') && (options.verbose || message.fatal !== undefined))
    if (messages.length === 0) return []
    const copy = new VFile({path: file.path})
    copy.messages.push(...messages)
    return [copy]
  })
  return shown.length === 0 ? '' : reporter(shown, {color: options.colour === true})
}

/** How many readability findings a file has, for the line that points at `easyread check`. */
export function findingCount(file: VFile): number {
  return (file.data.sentences ?? []).reduce((sum, sentence) => sum + sentence.findings.length, 0)
}
