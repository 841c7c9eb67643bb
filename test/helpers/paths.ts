import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const seeds = path.resolve(root, '..', 'shared', 'seeds')
/** The full Lanarkshire plan, as plain text exported from Word: the real input. */
export const fullPlan = path.join(seeds, '000_473ab78beabed092.txt')
/** The hand-made easy-read Clackmannanshire plan, as Markdown exported from Word: the style to reach. */
export const easyReadPlan = path.join(seeds, '004_eb8ab151202a8579.txt')
export const samplePlan = path.join(root, 'plans', 'riverside-local-police-plan.md')
export const fixtures = path.join(root, 'test', 'fixtures')
