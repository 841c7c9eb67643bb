import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {prepare, type RawOptions} from '../../src/index.js'
import {readPlan} from '../../src/read/index.js'
import {createProcessor} from '../../src/pipeline.js'

/** Run a plan through every stage (layout included), as `build` does, and give back the tree and its file. */
export async function laidOut(plan: string, raw: RawOptions = {}): Promise<{tree: Root; file: VFile}> {
  const {options, data} = await prepare(raw)
  const {file, tree} = await readPlan(plan)
  return {tree: (await createProcessor(options, data).run(tree, file)) as Root, file}
}
