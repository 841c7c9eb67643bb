// wink's English lite model (wink-eng-lite-web-model), put together for the tagger's single instance. The package's
// own entry loads and unpacks more than the tagger uses: it deep-copies its 3 MB core so that several instances can
// each grow their own vocabulary, decodes the packed lexicon a character at a time, and parses the sentiment,
// negation and entity machines, which the tagger's pipe never runs. wink loads every part whatever the pipe, so those
// three get machines that recognise nothing. The parts it does run are the package's own files, unchanged.
// test/lang/tagger.test.ts checks that the tags and lemmas are those of the package's whole model and pipe.
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {cachedLoad} from '../util/data-cache.js'

const require = createRequire(import.meta.url)
const part = (name: string): unknown => require(`wink-eng-lite-web-model/dist/${name}`)

/** The model's core as its JSON file holds it, in the parts read here. */
interface PackedCore {
  lexicon: string | Uint32Array
  xpansions: string | Uint32Array
  packing: {layout: Record<string, number[]>; efList?: string[]}
  features: Record<string, {list: string[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number}> & {posClusters: {list: Array<string | Set<number>>}}
  /** Where each word of the lexeme's list is found (`placesOf`), made with the core and kept with it. */
  lexemePlaces?: Int32Array
  pos: {hash: Record<string, number>}
}

/** A packed array of 32-bit numbers, from the base64 text the model stores it as. */
function unpack(base64: string): Uint32Array {
  // A copy into a buffer of its own: Buffer.from may hand back a view into a shared pool.
  return new Uint32Array(new Uint8Array(Buffer.from(base64, 'base64')).buffer)
}

/**
 * A lookup from each value of a feature's list to its place in it, as a Map behind an object's face (so "constructor"
 * is a word like another): wink only reads `hash[word]`, and writes `hash[word] = index` for a word it meets first.
 * For the lexeme's 87,000 words, filling a Map takes a third of the time that filling an object with no prototype
 * took (some 40 ms of every command that tags); each lookup costs a little more.
 */
function lookupOf(list: readonly string[]): Record<string, number> {
  const index = new Map<string, number>()
  for (let at = 0; at < list.length; at += 1) index.set(list[at]!, at)
  return new Proxy(Object.create(null) as Record<string, number>, {
    get: (_target, key) => (typeof key === 'string' ? index.get(key) : undefined),
    set: (_target, key, value: number) => {
      if (typeof key === 'string') index.set(key, value)
      return true
    },
    has: (_target, key) => typeof key === 'string' && index.has(key)
  })
}

/** FNV-1a over a word's UTF-16 code units. */
function hashOf(word: string): number {
  let hash = 0x811c9dc5
  for (let at = 0; at < word.length; at += 1) hash = Math.imul(hash ^ word.charCodeAt(at), 0x01000193)
  return hash >>> 0
}

/**
 * Each word's place in `list` as an open-addressed table (linear probing, -1 for an empty slot, at least twice the
 * list's length, a power of two). A word the list holds twice is found at its last place, as a Map filled in order
 * finds it.
 */
export function placesOf(list: readonly string[]): Int32Array {
  const table = new Int32Array(2 ** Math.ceil(Math.log2(Math.max(2, list.length * 2)))).fill(-1)
  const mask = table.length - 1
  for (let at = 0; at < list.length; at += 1) {
    let slot = hashOf(list[at]!) & mask
    while (table[slot] !== -1 && list[table[slot]!] !== list[at]) slot = (slot + 1) & mask
    table[slot] = at
  }
  return table
}

/**
 * The lexeme's lookup for wink: the kept table of the model's 87,000 words (filling even a Map with them took some 40
 * ms of every command that tags), and a Map of the words wink adds as it meets them. wink only reads `hash[word]`,
 * and writes `hash[word] = index` only for a word it did not find.
 */
export function lexemeLookup(list: readonly string[], places: Int32Array): Record<string, number> {
  const mask = places.length - 1
  const added = new Map<string, number>()
  const find = (word: string): number | undefined => {
    for (let slot = hashOf(word) & mask; ; slot = (slot + 1) & mask) {
      const at = places[slot]!
      if (at === -1) return added.get(word)
      if (list[at] === word) return at
    }
  }
  return new Proxy(Object.create(null) as Record<string, number>, {
    get: (_target, key) => (typeof key === 'string' ? find(key) : undefined),
    set: (_target, key, value: number) => {
      if (typeof key === 'string') added.set(key, value)
      return true
    },
    has: (_target, key) => typeof key === 'string' && find(key) !== undefined
  })
}

/** The core's file, parsed, its packed arrays decoded and its lexeme's table made: what the build keeps (util/data-cache.ts). */
function readCore(file: string): PackedCore {
  const core = JSON.parse(readFileSync(file, 'utf8')) as PackedCore
  core.lexicon = unpack(core.lexicon as string)
  core.xpansions = unpack(core.xpansions as string)
  core.lexemePlaces = placesOf(core.features.lexeme!.list)
  return core
}

/**
 * The core for this instance alone, unpacked as wink expects it: read as the build kept it (a V8 copy loads in half
 * the time of parsing the 3 MB of JSON and decoding its arrays), then given its lookups.
 */
function loadCore(): PackedCore {
  const file = require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json')
  const core = cachedLoad('wink-core', [file], () => readCore(file))
  const {layout} = core.packing
  const extractable: string[] = []
  for (const name of Object.keys(layout)) {
    // [word, mask, shift, stored as a number (1) or an index into the feature's list (0), extractable (1)]
    const [, mask, shift, isNumber, isExtractable] = layout[name]!
    if (isNumber === 0) {
      const feature = core.features[name]!
      feature.hash = lookupOf(feature.list)
      feature.intrinsicSize = feature.list.length
      feature.index = feature.list.length
      feature.maxIndex = mask! >>> shift!
    }
    if (isExtractable === 1) extractable.push(name)
  }
  core.packing.efList = extractable
  const lexeme = core.features.lexeme!
  lexeme.hash = lexemeLookup(lexeme.list, core.lexemePlaces ?? placesOf(lexeme.list))
  lexeme.intrinsicSize = lexeme.list.length
  lexeme.index = lexeme.list.length
  const clusters = core.features.posClusters.list
  clusters.forEach((cluster, at) => {
    clusters[at] = new Set((cluster as string).split('_').map((tag) => core.pos.hash[tag] ?? 0))
  })
  return core
}

/** A state machine with no states beyond the start, in wink's JSON form: it recognises nothing. */
const recognisesNothing = JSON.stringify([100, 0, {0: {}}, {}, {}, {}])

/** The model wink-nlp is given: the core, sentences, parts of speech and custom entities, and the lemmatiser. */
export function taggerModel(): unknown {
  return {
    core: loadCore,
    sbd: part('load-sbd-model.js'),
    pos: part('load-pos-model.js'),
    metaCER: part('load-cer-meta-model.js'),
    featureFn: part('feature.js'),
    ner: () => ({machines: [], transformers: []}),
    negation: () => ({machines: [recognisesNothing], setter: () => undefined}),
    sa: () => ({machines: [recognisesNothing], setter: () => undefined}),
    addons: {stem: part('porter-stemmer.js'), lemmatize: part('lemmatize.js'), readabilityStats: part('readability-stats.js'), wordVectors: undefined}
  }
}
