import {describe, expect, it} from 'vitest'
import {build} from '../../src/index.js'
import {labelWords} from '../../src/simplify/plain-words.js'

/** The plain-word swaps a build of `text` makes, as "before → after". */
async function swaps(text: string): Promise<string[]> {
  const {file} = await build({text, name: 'plan.md'}, {formats: ['json'], select: 'off'})
  return (file.data.changes ?? []).filter((change) => change.rule === 'plain-word' && change.status === 'made').map((change) => `${change.before} → ${change.after}`)
}

describe('a word the plan uses as a label keeps its name', () => {
  it('finds the labels: a capitalised word, a letter or number, then a colon, bracket, dash or the line end', () => {
    expect([...labelWords('Objective A: raise skills\nPriority 2 – homes\n(Outcome 3)\nIn 2024 we met 30 groups.\nOur objectives are clear.')]).toEqual(['objective', 'priority', 'outcome'])
  })

  it('"objectives" stays beside "Objective A", "Objective B"; the same sentence in a plan with no such labels is swapped', async () => {
    const sentence = 'We have set four objectives for the next five years of the plan.'
    const labelled = `# Our plan\n\n${sentence}\n\n- **Objective A:** more people in work.\n- **Objective B:** better skills for young people.\n`
    expect(await swaps(labelled)).not.toContain('objectives → aims')
    expect(await swaps(`# Our plan\n\n${sentence}\n\n- More people in work.\n- Better skills for young people.\n`)).toContain('objectives → aims')
  })
})
