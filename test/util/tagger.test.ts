import {describe, expect, it} from 'vitest'
import {readingPieces, termsOf, verbsOf} from '../../src/util/tagger.js'

const whole = 'We will use our limited resources to go after those who produce or supply controlled drugs'
const piece = 'We will use our limited resources.'

describe('the shared tagger', () => {
  it('reads a text and the same text with its end mark alike', () => {
    expect(termsOf('We will act quickly.')).toEqual(termsOf('We will act quickly'))
    expect(verbsOf('We will act quickly.').map((verb) => verb.text)).toEqual(['will act'])
  })

  it('while a sentence is cut, reads a piece that starts it from the sentence\'s own reading', () => {
    const [inScope, wholeTerms] = readingPieces(() => {
      const terms = termsOf(whole)
      return [termsOf(piece), terms] as const
    })
    const length = piece.length - 1
    expect(inScope).toEqual(wholeTerms.filter((term) => term.end <= length))
    expect(inScope.map((term) => term.text)).toEqual(['We', 'will', 'use', 'our', 'limited', 'resources'])
    expect(readingPieces(() => (termsOf(whole), verbsOf(piece))).map((verb) => verb.text)).toEqual(['will use'])
  })

  it('outside the cutting of a sentence, a text reads the same whatever was read before it', () => {
    const alone = termsOf(piece)
    readingPieces(() => [termsOf(whole), termsOf(piece)])
    expect(termsOf(piece)).toEqual(alone)
    expect(alone.map((term) => term.text)).toEqual(['We', 'will', 'use', 'our', 'limited', 'resources'])
  })
})
