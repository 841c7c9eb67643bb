// node bench/tagger.js: the part-of-speech taggers side by side, for the English layer's choice (issue 17).
// Speed: every sentence of the seed plan as the checker reads it, tagged by each tagger in turn (A B C D, A B C D, …),
// median of the runs, in ms, after one warm-up run; and the time to load each tagger.
// Accuracy: the hand-tagged sample test/fixtures/lang/tagged.yml (its seed sentences read from the seed), per tag and overall (words, not punctuation), and
// on what the rules need: past participles (passive voice), verb vs noun, proper nouns.
// Each tagger's own tags are mapped to the sample's coarse set; where a tagger has no past-participle tag, a verb
// after a form of "be" or "have" (adverbs between) counts as one, the same rule for every tagger.
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {createRequire} from 'node:module'
import {performance} from 'node:perf_hooks'
import {taggedSample} from '../test/helpers/tagged-sample.js'

const require = createRequire(import.meta.url)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const seed = process.argv[2] ?? path.resolve(root, '..', 'shared', 'seeds', '000_473ab78beabed092.txt')
const runs = Number(process.env.RUNS ?? 7)

const {allTokens, isWord} = await import('../dist/lang/tokens.js')
const {prepare} = await import('../dist/index.js')
const {readSentence} = await import('../dist/lang/reading.js')
const {checkPlan} = await import('../dist/readability/check.js')

const be = new Set(['be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', "'s", '’s', 're', "'re"])
const have = new Set(['have', 'has', 'had', 'having'])
const auxiliaries = new Set([...be, ...have, 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must'])
const subordinators = new Set(['that', 'whether', 'if', 'because', 'although', 'though', 'while', 'whilst', 'unless', 'until', 'since', 'as', 'once', 'when', 'where'])

/** A tagged word: offsets in the text, the coarse tag, and whether it is a past participle. */
function word(start, end, tag, participle = false) {
  return {start, end, tag, participle}
}

/** Offsets of each of a tagger's tokens, found in order in the text. */
function place(text, values) {
  let at = 0
  return values.map((value) => {
    const start = text.indexOf(value, at)
    if (start === -1) return {start: at, end: at}
    at = start + value.length
    return {start, end: at}
  })
}

/** The same participle rule for taggers without a past-participle tag: a verb after "be"/"have", adverbs between. */
function participlesByContext(words, values) {
  words.forEach((item, index) => {
    if (item.tag !== 'VERB' || item.participle) return
    let back = index - 1
    while (back >= 0 && (words[back].tag === 'ADV' || words[back].tag === 'PART')) back--
    if (back >= 0 && (be.has(values[back].toLowerCase()) || have.has(values[back].toLowerCase())) && /(?:ed|en|wn|t|ne|de)$/i.test(values[index])) item.participle = true
  })
  return words
}

function fromPenn(text, tokens) {
  const spots = place(text, tokens.map((token) => token.value))
  return tokens.map((token, index) => {
    const {pos} = token
    const lower = token.value.toLowerCase()
    const next = tokens[index + 1]?.pos ?? ''
    let tag
    if (/^NNPS?$/.test(pos)) tag = 'PROPN'
    else if (/^NN/.test(pos)) tag = 'NOUN'
    else if (pos === 'MD') tag = 'AUX'
    else if (/^VB/.test(pos)) tag = be.has(lower) || (auxiliaries.has(lower) && tokens.slice(index + 1, index + 4).some((later) => /^VB/.test(later.pos))) ? 'AUX' : 'VERB'
    else if (/^JJ/.test(pos)) tag = 'ADJ'
    else if (/^RB/.test(pos) || pos === 'WRB') tag = pos === 'RP' ? 'PART' : 'ADV'
    else if (pos === 'RP' || pos === 'POS') tag = 'PART'
    else if (/^(PRP|WP)/.test(pos)) tag = 'PRON'
    else if (pos === 'WDT') tag = 'PRON'
    else if (/^(DT|PDT)$/.test(pos)) tag = 'DET'
    else if (pos === 'IN') tag = subordinators.has(lower) && !/^(NN|CD|DT|PRP\$|JJ)/.test(next) ? 'CONJ' : 'ADP'
    else if (pos === 'CC') tag = 'CONJ'
    else if (pos === 'CD') tag = 'NUM'
    else if (pos === 'TO') tag = /^VB/.test(next) ? 'PART' : 'ADP'
    else if (isWord(token.value)) tag = 'X'
    else tag = 'PUNCT'
    return word(spots[index].start, spots[index].end, tag, tag === 'VERB' && pos === 'VBN')
  })
}

function winkNlp() {
  const winkNLP = require('wink-nlp')
  const model = require('wink-eng-lite-web-model')
  const nlp = winkNLP(model)
  const {its} = nlp
  return (text) => {
    const doc = nlp.readDoc(text)
    const values = doc.tokens().out(its.value)
    const tags = doc.tokens().out(its.pos)
    const spots = place(text, values)
    const map = {CCONJ: 'CONJ', SCONJ: 'CONJ', SYM: 'PUNCT', SPACE: 'PUNCT'}
    return participlesByContext(values.map((value, index) => word(spots[index].start, spots[index].end, map[tags[index]] ?? tags[index])), values)
  }
}

/** The English layer as the stages read it (src/lang/reading.ts): wink-nlp with its corrections and participles. */
function englishLayer() {
  return (text) => {
    const map = {CCONJ: 'CONJ', SCONJ: 'CONJ', SYM: 'PUNCT', SPACE: 'PUNCT'}
    return readSentence(text).words.map((read) => word(read.start, read.end, map[read.pos] ?? read.pos, read.participle))
  }
}

const possessives = new Set(['my', 'our', 'your', 'his', 'her', 'its', 'their'])

function compromise() {
  const nlp = require('compromise')
  return (text) => {
    const terms = nlp(text).json({offset: true}).flatMap((sentence) => sentence.terms)
    const values = terms.map((term) => term.text)
    const words = terms.map((term) => {
      const tags = new Set(term.tags)
      const lower = term.text.toLowerCase()
      let tag
      if (lower === 'to') tag = 'PART'
      else if (tags.has('Value') || tags.has('Cardinal') || tags.has('NumericValue')) tag = 'NUM'
      else if (tags.has('Negative')) tag = 'PART'
      else if (tags.has('Particle')) tag = 'PART'
      else if (tags.has('Auxiliary') || tags.has('Modal') || tags.has('Copula')) tag = 'AUX'
      else if (tags.has('Pronoun') || (tags.has('Possessive') && possessives.has(lower)) || (tags.has('QuestionWord') && lower !== 'how' && lower !== 'why')) tag = 'PRON'
      else if (tags.has('ProperNoun')) tag = 'PROPN'
      else if (tags.has('Determiner')) tag = 'DET'
      else if (tags.has('Conjunction')) tag = 'CONJ'
      else if (tags.has('Preposition')) tag = subordinators.has(lower) ? 'CONJ' : 'ADP'
      else if (tags.has('Verb')) tag = 'VERB'
      else if (tags.has('Adjective')) tag = 'ADJ'
      else if (tags.has('Adverb') || tags.has('QuestionWord')) tag = 'ADV'
      else if (tags.has('Noun')) tag = 'NOUN'
      else tag = 'X'
      // compromise's "to" is a preposition before a noun: a particle only before a verb (fixed below).
      return word(term.offset.start, term.offset.start + term.offset.length, tag, tag === 'VERB' && tags.has('Participle'))
    })
    words.forEach((item, index) => {
      if (values[index].toLowerCase() === 'to' && words[index + 1]?.tag !== 'VERB') item.tag = 'ADP'
    })
    return participlesByContext(words, values)
  }
}

function winkPosTagger() {
  const tagger = require('wink-pos-tagger')()
  return (text) => fromPenn(text, tagger.tagSentence(text).map((token) => ({value: token.value, pos: token.pos})))
}

function enPos() {
  const {Tag} = require('en-pos')
  return (text) => {
    const tokens = allTokens(text).flatMap((token) => token.value.split(/(?<=\p{L})(?=[’']s$)/u))
    const tags = new Tag(tokens.map((token) => token)).initial().smooth().tags
    return fromPenn(text, tokens.map((value, index) => ({value, pos: tags[index]})))
  }
}

const candidates = [
  ['compromise 14 (used before)', compromise],
  ['wink-nlp + eng-lite-web-model', winkNlp],
  ['English layer (wink + corrections, as used)', englishLayer],
  ['wink-pos-tagger (Penn)', winkPosTagger],
  ['en-pos (Penn)', enPos]
]

// The sample: its seed entries hold only tags, their words are read from ../shared/seeds (test/helpers/tagged-sample.js).
const sample = (await taggedSample({allTokens, prepare, checkPlan})).map((sentence) => ({
  text: sentence.text,
  words: sentence.tokens.map(({tag, ...token}) => ({...token, tag: tag.replace('.pp', ''), participle: tag.endsWith('.pp')})).filter((token) => isWord(token.value))
}))

/** The tagger's word for a word of the sample: the last of its words inside it (the head of "trauma-informed"), a possessive "'s" aside. */
function answerFor(words, gold) {
  const inside = words.filter((item) => item.start < gold.end && item.end > gold.start && item.tag !== 'PUNCT')
  const heads = inside.filter((item, index) => !(index > 0 && item.tag === 'PART'))
  return heads.at(-1) ?? inside.at(-1)
}

/** Passive phrases: a form of "be", adverbs, then a past participle; the end offset of each participle. */
function passives(words, text) {
  const ends = new Set()
  words.forEach((item, index) => {
    if (!item.participle) return
    let back = index - 1
    while (back >= 0 && (words[back].tag === 'ADV' || words[back].tag === 'PART')) back--
    if (back >= 0 && be.has(text.slice(words[back].start, words[back].end).toLowerCase())) ends.add(item.end)
  })
  return ends
}

const {passiveRule} = await import('../dist/readability/rules/passive.js')
const {wordsOf} = await import('../dist/readability/words.js')
/** The checker's passive rule today (word lists, no tagger), on the same sentences. */
function rulePassives(text) {
  return new Set(passiveRule.check({sentence: {text}, words: wordsOf(text), explained: []}, {}).map((finding) => finding.end))
}

function passiveScore(find) {
  const score = {truePositive: 0, gold: 0, found: 0}
  for (const sentence of sample) {
    const gold = passives(sentence.words, sentence.text)
    const found = find(sentence.text)
    score.gold += gold.size
    score.found += found.size
    for (const end of found) if (gold.has(end)) score.truePositive++
  }
  return score
}

/** Whether a candidate is the English layer, whose readings are kept (a second run reads them back, so no time is shown). */
const kept = (name) => name.startsWith('English layer')

const tagsOrder = ['NOUN', 'PROPN', 'VERB', 'AUX', 'ADJ', 'ADV', 'PRON', 'DET', 'ADP', 'CONJ', 'NUM', 'PART']
const loaded = candidates.map(([name, make]) => {
  const start = performance.now()
  const tag = make()
  tag('Warm up the tagger once.')
  return {name, tag, loadMs: performance.now() - start}
})

const results = loaded.map(({name, tag}) => {
  const perTag = new Map(tagsOrder.map((item) => [item, {right: 0, of: 0}]))
  let right = 0
  let of = 0
  const participle = {truePositive: 0, gold: 0, found: 0}
  const verbNoun = {right: 0, of: 0}
  const proper = {truePositive: 0, gold: 0, found: 0}
  for (const sentence of sample) {
    const words = tag(sentence.text)
    for (const gold of sentence.words) {
      const answer = answerFor(words, gold)
      const given = answer?.tag ?? 'none'
      of++
      if (given === gold.tag) right++
      const row = perTag.get(gold.tag)
      row.of++
      if (given === gold.tag) row.right++
      if (gold.participle) participle.gold++
      if (answer?.participle) participle.found++
      if (gold.participle && answer?.participle) participle.truePositive++
      if (gold.tag === 'VERB' || gold.tag === 'NOUN') {
        verbNoun.of++
        if (given === gold.tag) verbNoun.right++
      }
      if (gold.tag === 'PROPN') proper.gold++
      if (given === 'PROPN') proper.found++
      if (gold.tag === 'PROPN' && given === 'PROPN') proper.truePositive++
    }
  }
  const passive = passiveScore((text) => {
    const words = tag(text)
    return new Set([...passives(words, text)].map((end) => sample.find((item) => item.text === text).words.find((gold) => gold.start < end && gold.end >= end)?.end ?? end))
  })
  return {name, overall: right / of, words: of, perTag, participle, verbNoun, proper, passive}
})

// Speed over the seed's sentences, interleaved.
const {options, data} = await prepare({})
const sentences = (await checkPlan(seed, options, data)).file.data.sentences.map((sentence) => sentence.text)
const times = loaded.map(() => [])
for (let run = 0; run <= runs; run++) {
  loaded.forEach(({tag}, index) => {
    const start = performance.now()
    for (const text of sentences) tag(text)
    if (run > 0) times[index].push(performance.now() - start)
  })
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

const percent = (share) => `${(share * 100).toFixed(1)}%`
const f1 = ({truePositive, gold, found}) => `P ${percent(truePositive / Math.max(found, 1))} R ${percent(truePositive / Math.max(gold, 1))}`
console.log(`Seed: ${sentences.length} sentences; median of ${runs} interleaved runs after a warm-up. Sample: ${results[0].words} hand-tagged words (${sample.length} sentences).\n`)
const header = ['', ...loaded.map(({name}) => name)]
const rows = [
  // The layer keeps its readings and shares wink's loaded model: its time is wink's, plus corrections (not timed here).
  ['load + first call, ms', ...loaded.map(({name, loadMs}) => (kept(name) ? '(wink)' : loadMs.toFixed(0)))],
  ['tag the seed, ms (median)', ...times.map((list, index) => (kept(loaded[index].name) ? '(wink)' : median(list).toFixed(0)))],
  ['accuracy, all words', ...results.map((result) => percent(result.overall))],
  ...tagsOrder.map((item) => [`  ${item} (${results[0].perTag.get(item).of})`, ...results.map((result) => percent(result.perTag.get(item).right / Math.max(result.perTag.get(item).of, 1)))]),
  [`past participles (${results[0].participle.gold})`, ...results.map((result) => f1(result.participle))],
  [`verbs and nouns (${results[0].verbNoun.of})`, ...results.map((result) => percent(result.verbNoun.right / result.verbNoun.of))],
  [`proper nouns (${results[0].proper.gold})`, ...results.map((result) => f1(result.proper))],
  [`passive phrases (${results[0].passive.gold})`, ...results.map((result) => f1(result.passive))]
]
const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column].length)))
for (const row of [header, widths.map((width) => '-'.repeat(width)), ...rows]) console.log(`| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`)
console.log(`\nThe checker's passive rule today (word lists, no tagger), on the same sample: passive phrases ${f1(passiveScore(rulePassives))}.`)
