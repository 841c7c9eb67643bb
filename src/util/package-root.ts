import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/**
 * The folder of easyread's own package.json, found by walking up from this module: the same answer from the source
 * (`src/util`), from tsc's output (`dist/util`) and from the CLI's bundle (`dist/bundle`), installed or not.
 */
function findPackageRoot(from: string): {folder: string; manifest: {name: string; version: string}} {
  for (let folder = from; ; folder = path.dirname(folder)) {
    const file = path.join(folder, 'package.json')
    if (existsSync(file)) {
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as {name?: string; version?: string}
      if (manifest.name === 'easyread' && typeof manifest.version === 'string') return {folder, manifest: {name: manifest.name, version: manifest.version}}
    }
    if (path.dirname(folder) === folder) throw new Error(`easyread's package.json was not found above ${from}`)
  }
}

const found = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)))

/** The folder easyread is installed in (its package.json, `glossary/`, `dist/`). */
export const packageRoot = found.folder

/** easyread's version, from its package.json. */
export const packageVersion = found.manifest.version
