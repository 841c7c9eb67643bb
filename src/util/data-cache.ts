// easyread's own data (the glossary, word lists, picture table, frequencies) is read from YAML and JSON and checked
// with file, line and column on every run, which was a fifth of a one-line build. The build reads and checks it once
// more and keeps what came out (scripts/precompile-data.js, with V8's serialisation, which keeps Maps and Sets): a run
// whose data files are the ones the build read takes that instead: the same paths, sizes and modification times, or
// else byte for byte the same (a digest). An edited file, or a missing or broken cache, is read and checked as
// before, so a change to the data is never hidden by the cache (short of an edit that keeps a file's size and time).
import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {deserialize, serialize} from 'node:v8'
import {packageRoot} from './package-root.js'

/** Where the build keeps the checked data, one file a name. */
export const dataCacheFolder = path.join(packageRoot, 'dist', 'data')

/** Set by the build (scripts/precompile-data.js): every cached load reads its files afresh and stores the result. */
export const writeCacheEnv = 'EASYREAD_WRITE_DATA_CACHE'

/** `EASYREAD_DATA_CACHE=off` reads every data file afresh, as if the build had kept nothing; `on` takes kept values
 * even when running from the TypeScript sources. */
export const readCacheEnv = 'EASYREAD_DATA_CACHE'

/**
 * The kept values were made by the build's code: run from `src/` (the tests, through vitest), the loaders may have
 * changed since, so the sources read afresh unless told otherwise. The built code (`dist/`, the bundle) is made by
 * the same `npm run build` that keeps the data.
 */
const fromSources = /[\\/]src[\\/]util[\\/]data-cache\.ts$/.test(fileURLToPath(import.meta.url))

const reading = () => !process.env[writeCacheEnv] && process.env[readCacheEnv] !== 'off' && (!fromSources || process.env[readCacheEnv] === 'on')

interface Kept<Value> {
  digest: string
  /** Each file's place, size and modification time when the value was kept (see `statsOf`). */
  stats?: string
  /** The package folder when the value was kept: file names inside the value start with it. */
  root: string
  value: Value
}

/**
 * The files' paths, sizes and modification times, as one text: while it is the one the build saw, the files are
 * those it read, and are not read again to be digested (3.6 MB of word frequencies and 3 MB of tagger model were
 * read and hashed on every run). Any other (an edit, another install) has the files digested.
 */
function statsOf(files: readonly string[]): string {
  return files
    .map((file) => {
      try {
        const info = statSync(file)
        return info.isFile() ? `${file}\0${info.size}\0${info.mtimeMs}` : `${file}\0not a regular file`
      } catch {
        return `${file}\0missing`
      }
    })
    .join('\n')
}

/** Data files are a few megabytes at most: a larger one is left for its loader to refuse, unread here. */
const largestRead = 64 * 1024 * 1024

/**
 * What the named files hold now, as one digest. Only a regular file is read: a missing file, a folder, a FIFO or a
 * device (which a read would wait on for ever) or an oversized file counts as what it is, matches nothing kept, and
 * goes to its loader, which refuses it with its own message.
 */
export function fingerprint(files: readonly string[]): string {
  const hash = createHash('sha256')
  for (const file of files) {
    hash.update(`${nameOf(file)}\0`)
    hash.update(contentsOf(file))
    hash.update('\0')
  }
  return hash.digest('hex')
}

/**
 * A file's name as the same in every install: a package's file from its package's folder on ("node_modules/x/y.json",
 * wherever npm put it, under easyread's folder or beside it), easyread's own from easyread's folder.
 */
function nameOf(file: string): string {
  const own = path.relative(packageRoot, file)
  const packages = `node_modules${path.sep}`
  if (!own.startsWith(`..${path.sep}`) && !path.isAbsolute(own)) return own
  const at = file.lastIndexOf(packages)
  return at === -1 ? own : file.slice(at)
}

function contentsOf(file: string): Buffer | string {
  try {
    const info = statSync(file)
    if (!info.isFile()) return '\0not a regular file\0'
    if (info.size > largestRead) return `\0${info.size} bytes\0`
    return readFileSync(file)
  } catch {
    return '\0missing\0'
  }
}

const cacheFile = (name: string) => path.join(dataCacheFolder, `${name}.v8`)

/**
 * The kept value for `files` as they are now, if the build kept one. The files are read and hashed only when there
 * is a kept value whose sizes and times they no longer have, or when the build is keeping one.
 */
function lookUp<Value>(name: string, files: readonly string[]): {digest?: string; stats?: string; kept?: {value: Value}} {
  if (process.env[writeCacheEnv]) return {digest: fingerprint(files), stats: statsOf(files)}
  const file = cacheFile(name)
  if (!reading() || !existsSync(file)) return {}
  try {
    const kept = deserialize(readFileSync(file)) as Kept<Value>
    if (kept.stats !== statsOf(files) && kept.digest !== fingerprint(files)) return {}
    return {kept: {value: kept.root === packageRoot ? kept.value : relocate(kept.value, kept.root, packageRoot)}}
  } catch {
    return {}
  }
}

function keepIfBuilding(name: string, found: {digest?: string; stats?: string}, value: unknown): void {
  const {digest, stats} = found
  if (!process.env[writeCacheEnv] || digest === undefined) return
  mkdirSync(dataCacheFolder, {recursive: true})
  const file = cacheFile(name)
  const temporary = `${file}.${process.pid}.tmp`
  writeFileSync(temporary, serialize({digest, stats, root: packageRoot, value} satisfies Kept<unknown>))
  renameSync(temporary, file)
}

/**
 * `load()`'s value, taken from the build's cache when `files` are unchanged since it was made. Only a value worth
 * keeping (`keep`, default: any) is stored: a load that found problems is never cached.
 */
export function cachedLoad<Value>(name: string, files: readonly string[], load: () => Value, keep: (value: Value) => boolean = () => true): Value {
  const found = lookUp<Value>(name, files)
  if (found.kept) return found.kept.value
  const value = load()
  if (keep(value)) keepIfBuilding(name, found, value)
  return value
}

/** `cachedLoad` for a load that reads its files asynchronously. */
export async function cachedLoadAsync<Value>(name: string, files: readonly string[], load: () => Promise<Value>, keep: (value: Value) => boolean = () => true): Promise<Value> {
  const found = lookUp<Value>(name, files)
  if (found.kept) return found.kept.value
  const value = await load()
  if (keep(value)) keepIfBuilding(name, found, value)
  return value
}

/** The value with every file name under `from` moved under `to` (the package was built in one folder, runs in another). */
function relocate<Value>(value: Value, from: string, to: string): Value {
  const move = (item: unknown): unknown => {
    if (typeof item === 'string') return item.startsWith(from + path.sep) ? to + item.slice(from.length) : item
    if (Array.isArray(item)) return item.map(move)
    if (item instanceof Map) return new Map([...item].map(([key, entry]) => [move(key), move(entry)]))
    if (item instanceof Set) return new Set([...item].map(move))
    if (item && typeof item === 'object' && Object.getPrototypeOf(item) === Object.prototype) return Object.fromEntries(Object.entries(item).map(([key, entry]) => [key, move(entry)]))
    return item
  }
  return move(value) as Value
}

/** Whether a run would take the build's kept value for `files` as they are now. */
export function isKept(name: string, files: readonly string[]): boolean {
  return lookUp(name, files).kept !== undefined
}
