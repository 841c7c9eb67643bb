import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {isDraft} from '../simplify/draft-marks.js'
import {planVoice} from '../simplify/voice.js'

declare module 'vfile' {
  interface DataMap {
    /** The plan is a draft made by `easyread draft`: built as the writer left it (no simplify, no select). */
    draft: boolean
    /** The body that wrote the plan, as the plan names it before the simplify stage writes it as "we". */
    planBody: string
  }
}

/**
 * The stage before simplify: note whether the plan is a draft (before the simplify stage takes its marks out) and
 * the body that wrote it (before the voice rule writes it as "we"), for the select stage.
 */
export function planFacts(options: {readonly seen?: number} = {}) {
  return function (tree: Root, file: VFile) {
    if (isDraft(tree)) file.data.draft = true
    const body = planVoice(tree, options.seen ?? 3)[0]
    if (body) file.data.planBody = body
  }
}
