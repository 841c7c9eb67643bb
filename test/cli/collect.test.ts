import {describe, expect, test} from 'vitest'
import {collectGarbage} from '../../src/cli/collect.js'
import {buildWith, prepare} from '../../src/index.js'
import {progressChannel, type ProgressEvent} from '../../src/util/progress.js'
import {samplePlan} from '../helpers/paths.js'

describe('collectGarbage', () => {
  test('collects what nothing holds any more, each time it is called', async () => {
    for (let round = 0; round < 2; round++) {
      const held = new WeakRef({words: Array.from({length: 10_000}, (_, index) => `word ${index}`)})
      // A WeakRef's target stays alive to the end of the job that made it.
      await new Promise((resolve) => setTimeout(resolve, 0))
      collectGarbage()
      expect(held.deref()).toBeUndefined()
    }
  })
})

describe('buildWith afterStages', () => {
  test('is called once a build, after the stages and before the writers', async () => {
    const {options, data} = await prepare({formats: ['html', 'json']})
    // The steps the build says it is on, and where the hook falls among them.
    const steps: string[] = []
    const listen = (event: unknown) => steps.push((event as ProgressEvent).step)
    progressChannel.subscribe(listen)
    try {
      const {outputs} = await buildWith(samplePlan, options, data, {afterStages: () => steps.push('after the stages')})
      expect(outputs.html).toContain('<html')
    } finally {
      progressChannel.unsubscribe(listen)
    }
    expect(steps.filter((step) => step === 'after the stages')).toHaveLength(1)
    const at = steps.indexOf('after the stages')
    expect(steps.slice(0, at)).toContain('reading')
    expect(steps.slice(at + 1)).toContain('writing the page')
    expect(steps.slice(0, at)).not.toContain('writing the page')
  })
})
