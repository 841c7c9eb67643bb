import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {prepare} from '../../src/index.js'
import {checkPlan} from '../../src/readability/check.js'
import type {SentenceReport} from '../../src/readability/types.js'
import {temporaryFolder} from '../helpers/cli.js'

let folder: string | undefined
let count = 0

/** Check a Markdown text as a plan file, through every stage up to readability; the sentences' reports. */
export async function checkMarkdown(markdown: string, raw: {age?: number} = {}): Promise<{sentences: SentenceReport[]; file: Awaited<ReturnType<typeof checkPlan>>['file']}> {
  folder ??= await temporaryFolder('easyread-readability-')
  const plan = path.join(folder, `plan-${count++}.md`)
  await writeFile(plan, markdown)
  const {options, data} = await prepare(raw)
  const {file} = await checkPlan(plan, options, data)
  return {sentences: file.data.sentences ?? [], file}
}

/** The rule ids found in one sentence. */
export function ruleIds(sentence: SentenceReport): string[] {
  return [...new Set(sentence.findings.map((finding) => finding.ruleId))]
}
