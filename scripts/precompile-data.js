// Read and check easyread's own data once at build time and keep the result in dist/data (src/util/data-cache.ts):
// a run whose data files are the ones read here takes the kept value instead of parsing YAML and JSON again.
// Every load below is the one a run makes; a problem in the data fails the build, naming the file.
import {rmSync} from 'node:fs'
import path from 'node:path'

process.env.EASYREAD_WRITE_DATA_CACHE = '1'
const {dataCacheFolder} = await import('../dist/util/data-cache.js')
rmSync(dataCacheFolder, {recursive: true, force: true})

const {dataFolder, defaultOptions} = await import('../dist/options.js')
const {loadSimplifyData} = await import('../dist/simplify/load.js')
const {loadSelectData} = await import('../dist/select/load.js')
const {loadGlossary} = await import('../dist/glossary/load.js')
const {loadPictureTable} = await import('../dist/layout/load.js')
const {loadAmericanSpellings} = await import('../dist/data.js')
await import('../dist/readability/lists.js')
const {zipf} = await import('../dist/readability/frequency.js')
const {hasIcon, keepIconRenderings} = await import('../dist/layout/icons.js')
const {usedAsFiniteVerb} = await import('../dist/lang/lexicon.js')
const {tagText} = await import('../dist/lang/tagger.js')
const {renderPixels} = await import('../dist/write/docx/pictures.js')
const {keepInflections} = await import('../dist/glossary/forms.js')

const checked = {
  'simplify data': loadSimplifyData(),
  'glossary/select.yml': loadSelectData(),
  'the glossary': await loadGlossary(defaultOptions.glossary),
  'glossary/pictures.yml': await loadPictureTable(path.join(dataFolder, 'pictures.yml'))
}
await loadAmericanSpellings()
zipf('the', new Map())
if (!usedAsFiniteVerb('offer')) throw new Error('wink-lexicon does not read "offer" as a verb')
if (tagText('We will plant trees.')[2]?.pos !== 'VERB') throw new Error('The tagger does not read "plant" in "We will plant trees." as a verb')
// The index of the emoji set (where each icon lies in its file); null when the set's file is laid out otherwise.
if (!hasIcon('police-car')) throw new Error('The Noto emoji set has no police-car icon')
// The picture table's icons, rendered at the default Word size (a plan's build then renders only icons chosen elsewhere).
const table = checked['glossary/pictures.yml']
if (table.ok) keepIconRenderings([...new Set([...table.value.values()].flatMap((picture) => (picture.kind === 'icon' ? [picture.icon] : [])))].sort(), renderPixels(defaultOptions.pictureWidth))
// The inflections of the glossary's names (every matcher and the readability stage's familiar words expand them).
const glossary = checked['the glossary']
if (glossary.ok) keepInflections(glossary.value.flatMap((entry) => [entry.term, ...entry.aliases]))
const broken = Object.entries(checked).filter(([, loaded]) => !loaded.ok)
for (const [name, loaded] of broken) console.error(`${name}: ${loaded.errors.map((error) => `${error.file}:${error.line ?? 1}:${error.column ?? 1}: ${error.message}`).join('\n  ')}`)
if (broken.length > 0) process.exit(1)
