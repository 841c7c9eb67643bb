import {stat} from 'node:fs/promises'
import path from 'node:path'
import {UserError} from '../util/user-error.js'

/** The plan kinds a folder is searched for (the readers' extensions). */
const planExtensions = ['md', 'markdown', 'txt', 'text', 'docx', 'pdf']

/** Folders never searched for plans: tools' and version control's, and easyread's own output. */
const skipped = ['**/node_modules/**', '**/.*/**']

/**
 * The plans the arguments name, as eslint and Vale take them: files as given, folders searched (all their
 * subfolders) for plans, and quoted globs (`"plans/**\/*.md"`) expanded; `-` is standard input. Each plan once, in
 * the order given (a folder's and a glob's plans sorted). `exclude`: a folder to leave out (the output folder).
 */
export async function expandInputs(args: readonly string[], exclude?: string): Promise<string[]> {
  const found: string[] = []
  const ignore = skipped
  // The output folder is left out only when it lies inside the folder searched, not when it is that folder.
  const inside = (child: string, parent: string) => !path.relative(path.resolve(parent), path.resolve(child)).startsWith('..')
  const keep = (root: string) => (plan: string) => exclude === undefined || !inside(plan, exclude) || inside(root, exclude)
  for (const arg of args) {
    if (arg === '-') {
      found.push(arg)
      continue
    }
    const info = await stat(arg).catch(() => undefined)
    if (info && !info.isDirectory()) {
      found.push(arg)
      continue
    }
    // Only a folder or a name that is no file needs the glob library (tinyglobby with picomatch, some 14 ms to load).
    const {glob, isDynamicPattern} = await import('tinyglobby')
    if (info) {
      const plans = await glob(`**/*.{${planExtensions.join(',')}}`, {cwd: arg, ignore, absolute: false, dot: false})
      if (plans.length === 0) throw new UserError([{file: arg, message: `This folder has no plans (${planExtensions.map((extension) => `.${extension}`).join(', ')})`}])
      found.push(...plans.sort().map((plan) => path.join(arg, plan)).filter(keep(arg)))
    } else if (isDynamicPattern(arg)) {
      const plans = await glob(arg, {ignore, onlyFiles: true, expandDirectories: false})
      if (plans.length === 0) throw new UserError([{file: '', message: `No file matches "${arg}"`}])
      found.push(...plans.sort().filter(keep('.')))
    } else found.push(arg)
  }
  return [...new Set(found)]
}

/**
 * Where each plan's outputs go inside the output folder: its name alone when the names differ; when two plans share
 * a name (a/plan.md, b/plan.md), their folders below the folder common to all (`a/`, `b/`). Two plans that would still
 * write the same outputs (plan.md and plan.txt side by side) are refused, naming both.
 */
export function outputFolders(plans: readonly string[], out: string, stem: (plan: string) => string): Map<string, string> {
  const names = plans.map(stem)
  const unique = new Set(names).size === names.length
  const base = unique ? '' : commonFolder(plans.map((plan) => path.dirname(path.resolve(plan))))
  const folders = new Map<string, string>()
  const seen = new Map<string, string>()
  for (const [index, plan] of plans.entries()) {
    const folder = unique ? out : path.join(out, path.relative(base, path.dirname(path.resolve(plan))))
    const key = path.join(folder, names[index]!)
    const other = seen.get(key)
    if (other !== undefined) throw new UserError([{file: plan, message: `This plan and ${other} would write the same outputs (${key}.*): build them one at a time with their own --out, or rename one`}])
    seen.set(key, plan)
    folders.set(plan, folder)
  }
  return folders
}

function commonFolder(folders: readonly string[]): string {
  let common = folders[0]!
  for (const folder of folders) while (common !== path.dirname(common) && path.relative(common, folder).startsWith('..')) common = path.dirname(common)
  return common
}

/** The plan an argument names for the API: a path, or for `-` standard input's bytes under `--name` (default stdin.md). */
export async function planInput(arg: string, io: {readInput?: () => Promise<Uint8Array>}, name: string | undefined): Promise<string | {bytes: Uint8Array; name: string}> {
  if (arg !== '-') return arg
  if (!io.readInput) throw new UserError([{file: '-', message: 'There is no standard input to read the plan from'}])
  return {bytes: await io.readInput(), name: name ?? 'stdin.md'}
}
