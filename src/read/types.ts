import type {Root} from 'mdast'
import type {VFile} from 'vfile'

/**
 * A reader turns the file's contents into an mdast tree with positions.
 * Text readers see `file.value` as a decoded string; bytes readers see the raw bytes.
 * A reader reports unusable input with `file.fail`, which throws a VFileMessage.
 */
export interface Reader {
  /** What the reader expects in `file.value`. */
  input: 'text' | 'bytes'
  /** A short name for messages ("Markdown", "plain text", "Word document"). */
  name: string
  /** The largest file it reads, in bytes. Default: `maxPlanBytes` (5 MB). */
  maxBytes?: number
  read: (file: VFile) => Root | Promise<Root>
}
