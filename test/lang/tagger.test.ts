import {readFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import {describe, expect, test} from 'vitest'
import winkNLP from 'wink-nlp'
import {tagText} from '../../src/lang/tagger.js'
import {fullPlan, easyReadPlan, samplePlan} from '../helpers/paths.js'

// The layer runs wink with part of speech only; the tags and lemmas must be those of wink's full default pipe.
describe('the tagger: part of speech alone tags as wink’s whole pipe does', async () => {
  const lines = (await Promise.all([fullPlan, easyReadPlan, samplePlan].map((file) => readFile(file, 'utf8'))))
    .flatMap((text) => text.split(/\n+/))
    .filter((line) => line.trim() !== '')
  const whole = winkNLP(createRequire(import.meta.url)('wink-eng-lite-web-model'))
  const {its} = whole

  test('every line of the seeds and the sample plan: the same tokens, parts of speech and lemmas', () => {
    expect(lines.length).toBeGreaterThan(500)
    for (const line of lines) {
      const tokens = whole.readDoc(line).tokens()
      const expected = {values: tokens.out(its.value), parts: tokens.out(its.pos), lemmas: (tokens.out(its.lemma as never) as string[]).map((lemma) => lemma.toLowerCase())}
      const tagged = tagText(line)
      expect({values: tagged.map((token) => token.value), parts: tagged.map((token) => token.pos), lemmas: tagged.map((token) => token.lemma)}, line).toEqual(expected)
    }
  })
})
