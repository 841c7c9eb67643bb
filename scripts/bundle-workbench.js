// Bundle the workbench page's script (CodeMirror and src/server/client/*.ts) into one file, and copy its CSS, into
// dist/server/assets: the page loads nothing else, and nothing from the network.
import {copyFile, mkdir} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const out = path.join(root, 'dist', 'server', 'assets')
await mkdir(out, {recursive: true})
await build({
  entryPoints: [path.join(root, 'src', 'server', 'client', 'main.ts')],
  outfile: path.join(out, 'workbench.js'),
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  legalComments: 'linked',
  logLevel: 'warning'
})
await copyFile(path.join(root, 'src', 'server', 'client', 'workbench.css'), path.join(out, 'workbench.css'))
