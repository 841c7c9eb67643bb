import type {Root} from 'mdast'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import {prepare} from '../../src/index.js'
import {readPlan} from '../../src/read/index.js'
import {stages} from '../../src/pipeline.js'

/** A plan through the stages before the glossary, with or without simplify (`extra`: raw options). */
export async function simplifiedPlan(plan: string, simplify: boolean, extra: Record<string, unknown> = {}): Promise<{tree: Root; file: VFile}> {
  const {options, data} = await prepare({simplify, ...extra})
  const {file, tree} = await readPlan(plan)
  const list = stages(options, data)
  const upTo = list.findIndex((stage) => stage.name === 'glossary')
  const processed = (await unified().use(list.slice(0, upTo).map((stage) => stage.use)).run(tree, file)) as Root
  return {tree: processed, file}
}
