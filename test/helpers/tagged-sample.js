// The hand-tagged sample (test/fixtures/lang/tagged.yml), with its words: the one loader of test/lang/reading.test.ts
// and bench/tagger.js. No sentence of the seeds is copied into the repository: an entry `from: seed 000, sentence N`
// holds only its tags, and its text is read at run time from ../shared/seeds/000_*.txt, sentence N of the plan as the
// checker reads it (checkPlan's sentences, counted from 1). An entry from plans/*.md (our own sample plans) keeps its
// text and its word/TAG tokens. Plain JavaScript, so that the bench runs it with node; the callers hand in the
// tokenizer and the checker (from src/ under vitest, from dist/ in the bench).
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parse} from 'yaml'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const taggedSamplePath = path.join(root, 'test', 'fixtures', 'lang', 'tagged.yml')
export const seedsFolder = path.resolve(root, '..', 'shared', 'seeds')

/**
 * @typedef {{value: string, start: number, end: number}} Token
 * @typedef {Token & {tag: string}} TaggedToken a token with its hand tag (VERB.pp for a past participle)
 * @typedef {{from: string, text: string, tokens: TaggedToken[]}} TaggedSentence
 * @typedef {{
 *   allTokens: (text: string) => Token[],
 *   prepare: (settings: object) => Promise<{options: unknown, data: unknown}>,
 *   checkPlan: (planPath: string, options: any, data: any) => Promise<{file: {data: {sentences?: Array<{text: string}>}}}>
 * }} Layer src/lang/tokens.ts's allTokens, the API's prepare and src/readability/check.ts's checkPlan
 */

/** The seed plan with this number (`000` → ../shared/seeds/000_*.txt), or an error that says what is missing. */
function seedPath(number) {
  const name = existsSync(seedsFolder) ? readdirSync(seedsFolder).find((file) => file.startsWith(`${number}_`) && file.endsWith('.txt')) : undefined
  if (!name) {
    throw new Error(`tagged.yml: the seed plan ${path.join(seedsFolder, `${number}_*.txt`)} is missing; the entries "from: seed ${number}, sentence N" hold only their tags and read their words from it`)
  }
  return path.join(seedsFolder, name)
}

/** Each seed's sentences as the checker reads them, read once. */
const seedSentences = new Map()

/**
 * The sample's sentences, each token of the text (as allTokens cuts it) paired with its tag. Throws, naming the
 * entry, when a seed is missing, a sentence number is out of range, or the tags and the tokens differ in number
 * (or, for an entry with its own text, in their words).
 * @param {Layer} layer
 * @returns {Promise<TaggedSentence[]>}
 */
export async function taggedSample(layer) {
  /** @type {Array<{from: string, text?: string, tags: string}>} */
  const entries = parse(readFileSync(taggedSamplePath, 'utf8')).sentences
  const sentences = []
  for (const entry of entries) {
    const fromSeed = /^seed (\d+), sentence (\d+)$/.exec(entry.from)
    if (fromSeed) {
      if (entry.text !== undefined) throw new Error(`tagged.yml: ${entry.from} holds text; an entry from a seed holds only its tags (the seeds are never copied into the repository)`)
      const [, number, index] = fromSeed
      if (!seedSentences.has(number)) {
        const {options, data} = await layer.prepare({})
        const checked = await layer.checkPlan(seedPath(number), options, data)
        seedSentences.set(number, (checked.file.data.sentences ?? []).map((sentence) => sentence.text))
      }
      const texts = seedSentences.get(number)
      const text = texts[Number(index) - 1]
      if (text === undefined) throw new Error(`tagged.yml: ${entry.from}: the checker reads ${texts.length} sentences in seed ${number}`)
      const tokens = layer.allTokens(text)
      const tags = entry.tags.split(' ')
      if (tags.some((tag) => tag.includes('/'))) throw new Error(`tagged.yml: ${entry.from} holds words (word/TAG); an entry from a seed holds only its tags`)
      if (tags.length !== tokens.length) {
        throw new Error(`tagged.yml: ${entry.from} has ${tags.length} tags for the ${tokens.length} tokens of the seed's sentence ${index}: has the seed or the checker's sentence split changed?`)
      }
      sentences.push({from: entry.from, text, tokens: tokens.map((token, at) => ({...token, tag: tags[at]}))})
    } else {
      if (typeof entry.text !== 'string') throw new Error(`tagged.yml: ${entry.from} has no text`)
      const tokens = layer.allTokens(entry.text)
      const pairs = entry.tags.split(' ').map((item) => [item.slice(0, item.lastIndexOf('/')), item.slice(item.lastIndexOf('/') + 1)])
      if (pairs.length !== tokens.length) throw new Error(`tagged.yml: ${entry.from} has ${pairs.length} tags for ${tokens.length} tokens`)
      pairs.forEach(([value], at) => {
        if (value !== tokens[at].value) throw new Error(`tagged.yml: ${entry.from}: token ${at + 1} is "${tokens[at].value}", tagged as "${value}"`)
      })
      sentences.push({from: entry.from, text: entry.text, tokens: tokens.map((token, at) => ({...token, tag: pairs[at][1]}))})
    }
  }
  return sentences
}
