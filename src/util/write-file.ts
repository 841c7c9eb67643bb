import {rmSync} from 'node:fs'
import {mkdir, readdir, rename, rm, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {UserError} from './user-error.js'
import {madeByEasyread} from './ours.js'

/** The temporary files being written now: removed if the process is stopped by a signal (see `trackTemporary`). */
const temporaries = new Set<string>()
const signals = [['SIGINT', 130], ['SIGTERM', 143]] as const
const onSignal = Object.fromEntries(signals.map(([signal, code]) => [signal, () => {
  for (const temporary of temporaries) rmSync(temporary, {force: true})
  process.exit(code)
}]))

/**
 * While a temporary file exists, Ctrl-C (SIGINT) or SIGTERM removes it before exiting with the usual code (128 + the
 * signal: 130, 143); the outputs already written stay whole. Outside writes the signals keep their default action,
 * so a stop during a long stage is immediate.
 */
function trackTemporary(temporary: string, writing: boolean): void {
  if (writing) temporaries.add(temporary)
  else temporaries.delete(temporary)
  listen()
}

/** Outputs being written in one go (`writeOutputs`): the signals stay caught between one file and the next. */
let batches = 0

/** Whether the signals are caught now. */
let listening = false

/**
 * Catch the signals while a temporary file exists or a batch is being written, and only then. A handler is added or
 * removed only when that changes: removing it and adding it again between two files of a batch left a moment in
 * which a SIGTERM took its default action and stopped the process with half the batch written.
 */
function listen(): void {
  const wanted = temporaries.size > 0 || batches > 0
  if (wanted === listening) return
  listening = wanted
  for (const [signal] of signals) {
    if (wanted) process.on(signal, onSignal[signal]!)
    else process.off(signal, onSignal[signal]!)
  }
}

/**
 * Write a file whole or not at all: the bytes go to a temporary file beside it, which is then renamed into place,
 * so an error or a kill midway leaves the earlier file as it was. A temporary file of the same target left by a
 * process that was killed (`kill -9` cannot be caught) is removed at the next write.
 */
export async function writeFileAtomic(target: string, contents: string | Uint8Array): Promise<void> {
  const folder = path.dirname(target)
  const temporary = path.join(folder, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`)
  try {
    await mkdir(folder, {recursive: true})
    await removeLeftovers(folder, path.basename(target))
    trackTemporary(temporary, true)
    await writeFile(temporary, contents)
    await rename(temporary, target)
  } catch (error) {
    // The temporary file may not exist, or its folder may not be a folder (ENOTDIR): either way, nothing to remove.
    await rm(temporary, {force: true}).catch(() => undefined)
    const code = (error as NodeJS.ErrnoException).code
    throw new UserError([{file: target, message: `Cannot write the output (${code ?? String(error)}): check that the folder can be written to`}])
  } finally {
    trackTemporary(temporary, false)
  }
}

/** How a command's outputs keep clear of the files it reads and of files that are not ours. */
export interface OutputRules {
  /** The files the command reads (its plans): no output ever lands on one. */
  readonly inputs: readonly string[]
  /**
   * An output whose path is an input's (the same file, by any name or link): `rename` writes it as
   * `<name>.easy-read<ext>` beside it (build and draft, whose names come from the plan's); `refuse` fails (a name the
   * user gave, as `check --out`).
   */
  readonly onInput: 'rename' | 'refuse'
  /** Replace an existing file that easyread did not make (`--force`). Default: false. */
  readonly force?: boolean
}

/**
 * Write every output whole, after checking them all, so that a refused one leaves every file as it was: an output
 * never writes over an input, a folder, or (without `force`) a file that has no mark of ours (see ours.ts).
 * Returns the paths written, in order.
 */
export async function writeOutputs(outputs: ReadonlyArray<readonly [string, string | Uint8Array]>, rules: OutputRules): Promise<string[]> {
  const inputs = (await Promise.all(rules.inputs.map(identity))).filter((id) => id !== undefined)
  const targets: string[] = []
  for (const [target] of outputs) targets.push(await safeTarget(target, inputs, rules))
  batches++
  listen()
  try {
    for (const [index, [, contents]] of outputs.entries()) await writeFileAtomic(targets[index]!, contents)
  } finally {
    batches--
    listen()
  }
  return targets
}

async function safeTarget(target: string, inputs: readonly string[], rules: OutputRules): Promise<string> {
  let chosen = target
  if (inputs.includes((await identity(chosen)) ?? '')) {
    if (rules.onInput === 'refuse') throw new UserError([{file: target, message: 'This is a file easyread reads for this command: an output never writes over its input. Give another --out'}])
    const extension = path.extname(target)
    chosen = path.join(path.dirname(target), `${path.basename(target, extension)}.easy-read${extension}`)
    if (inputs.includes((await identity(chosen)) ?? '')) throw new UserError([{file: target, message: 'This is the plan itself: an output never writes over its input. Give another --out'}])
  }
  const info = await stat(chosen).catch(() => undefined)
  if (info === undefined) return chosen
  if (!info.isFile()) throw new UserError([{file: chosen, message: 'An output would go here, but this is a folder or other non-file: move it, or give another --out'}])
  if (!rules.force && !(await madeByEasyread(chosen).catch(() => false))) {
    throw new UserError([{file: chosen, message: 'This file was not made by easyread, so it is not replaced: move it, give another --out, or add --force'}])
  }
  return chosen
}

/** The file's identity (device and inode, so the same file by any name, link or relative path), or undefined if none. */
async function identity(file: string): Promise<string | undefined> {
  const info = await stat(file).catch(() => undefined)
  return info === undefined ? undefined : `${info.dev}:${info.ino}`
}

/** Remove `.name.<pid>.<time>.tmp` files beside `name` whose process no longer runs; another live build's are kept. */
async function removeLeftovers(folder: string, name: string): Promise<void> {
  const prefix = `.${name}.`
  for (const entry of await readdir(folder)) {
    if (!entry.startsWith(prefix)) continue
    const pid = /^(\d+)\.\d+\.tmp$/.exec(entry.slice(prefix.length))?.[1]
    if (pid && !running(Number(pid))) await rm(path.join(folder, entry), {force: true}).catch(() => undefined)
  }
}

/** Whether a process runs: signal 0 checks without sending anything (EPERM: it runs, as another user). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
