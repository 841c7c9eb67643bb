import {createHash} from 'node:crypto'
import {existsSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import type {Options} from '../options.js'
import type {PipelineData} from '../pipeline.js'
import type {Change} from '../simplify/types.js'
import {suggestTerms} from '../glossary/suggest.js'
import {buildWith, outputPaths} from '../index.js'
import {writeFileAtomic} from '../util/write-file.js'
import {UserError} from '../util/user-error.js'
import {searchEmoji} from '../layout/emoji-search.js'
import {createJudge, readText, type Judge} from './judge.js'
import {createPreview} from './preview.js'
import {loadWriterGlossary, mergeGlossaries, saveTerm, writerGlossaryFile} from './writer-glossary.js'

/** A version of the draft's text: what the page last read or saved, so a change on disk meanwhile is seen. */
export function textVersion(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16)
}

/** The changes `easyread edit` recorded when it drafted the plan: `<name>.changes.json` beside the draft. */
export function changesPath(draftPath: string): string {
  return draftPath.replace(/(?:\.draft)?\.md$/i, '') + '.changes.json'
}

/** A picture the writer can choose for a row: the draft's mark for it, what it shows, and where it comes from. */
export interface PictureChoice {
  choice: string
  alt: string
  source: 'shipped' | 'yours'
}

/**
 * One workbench session on one draft: the draft file on disk is the one source of truth (read and written whole,
 * atomically); the checker, the preview and the writer's glossary are kept ready for the page's requests.
 */
export async function openWorkbench(draftPath: string, options: Options, data: PipelineData, outFolder: string) {
  const shipped = data.glossary
  let current: PipelineData
  let judge: Judge
  let preview: ReturnType<typeof createPreview>
  const reload = async () => {
    current = {...data, glossary: mergeGlossaries(shipped, await loadWriterGlossary(draftPath))}
    judge = createJudge(options, current)
    preview = createPreview(options, current)
  }
  await reload()
  const changes: Change[] = existsSync(changesPath(draftPath)) ? (JSON.parse(await readFile(changesPath(draftPath), 'utf8')) as Change[]) : []

  const readDraft = async () => {
    const text = await readFile(draftPath, 'utf8')
    return {text, version: textVersion(text)}
  }

  const checkAll = async (text: string) => {
    const {file, lines} = await judge.document(text, draftPath)
    const glossary = (file.data.glossary ?? []).map((use) => {
      const entry = current.glossary.find((each) => each.id === use.termId)
      return {...use, means: entry?.means ?? '', yours: entry?.source.file === writerGlossaryFile(draftPath)}
    })
    return {lines, glossary, summary: file.data.readability}
  }
  // The whole draft is judged and laid out again only when its text (or the glossary) changed: the page asks for
  // the text it opened with, which was done at start-up.
  const lastCheck = lastOnly(checkAll)
  const lastPreview = lastOnly((text: string, nonce: string) => preview(text, draftPath, nonce).then((result) => result.html))

  return {
    draftPath,
    changes,
    readDraft,
    /** Every line's verdict, and the glossary terms found, for the whole draft as it is now on the page. */
    checkAll: (text: string) => lastCheck(text),
    checkLine: (line: number, text: string) => judge.line(line, text),
    preview: (text: string, nonce: string) => lastPreview(text, nonce),
    /** Read the writer's glossary again (after it was saved elsewhere). */
    async reloadGlossary() {
      await reload()
      lastCheck.forget()
      lastPreview.forget()
    },
    async close() {},
    /**
     * Save the page's text, unless the file changed on disk since the page read it (`base`): then nothing is
     * written and the disk's version is returned for the page to offer.
     */
    async save(text: string, base: string): Promise<{saved: true; version: string} | {saved: false; disk: {text: string; version: string}}> {
      const disk = await readDraft()
      if (disk.version !== base && disk.text !== text) return {saved: false, disk}
      await writeFileAtomic(draftPath, text)
      return {saved: true, version: textVersion(text)}
    },
    async saveTerm(term: {term: string; means: string}) {
      const saved = await saveTerm(draftPath, term, shipped, data.american)
      await reload()
      lastCheck.forget()
      lastPreview.forget()
      return {file: writerGlossaryFile(draftPath), fail: saved.fail, warn: saved.warn}
    },
    async suggestions(text: string) {
      const {file, tree} = await readText(text, draftPath)
      return suggestTerms(tree, file, current.glossary, data.american)
    },
    searchPictures(word: string): PictureChoice[] {
      const wanted = word.toLowerCase().trim()
      if (wanted.length < 2) return []
      const found = new Map<string, PictureChoice>()
      for (const [key, picture] of current.pictures?.user ?? []) {
        if (key.includes(wanted) && picture.kind === 'file') found.set(`file ${path.relative(path.dirname(draftPath), picture.file)}`, {choice: `file ${path.relative(path.dirname(draftPath), picture.file)}`, alt: picture.alt, source: 'yours'})
      }
      for (const [key, picture] of current.pictures?.table ?? []) {
        if (key.includes(wanted) && picture.kind === 'icon' && !found.has(picture.icon)) found.set(picture.icon, {choice: picture.icon, alt: picture.alt, source: 'shipped'})
      }
      const hit = searchEmoji(wanted)
      if (hit && !found.has(hit.icon)) found.set(hit.icon, {choice: hit.icon, alt: hit.label, source: 'shipped'})
      return [...found.values()].slice(0, 24)
    },
    /** A user picture the page may show: only files of the writer's pictures table. */
    userPicture(choice: string): string | undefined {
      for (const picture of current.pictures?.user.values() ?? []) {
        if (picture.kind === 'file' && `file ${path.relative(path.dirname(draftPath), picture.file)}` === choice) return picture.file
      }
      return undefined
    },
    /** Build the saved draft as `easyread build` does and write HTML, Word and the report; count the Word pages. */
    async export(countPages: boolean) {
      const {file, outputs} = await buildWith(draftPath, {...options, formats: ['html', 'docx', 'json'], pageCount: countPages}, current)
      const paths = outputPaths(draftPath, outFolder)
      const written: string[] = []
      for (const [format, contents] of Object.entries(outputs) as Array<[keyof typeof paths, string | Uint8Array]>) {
        await writeFileAtomic(paths[format], contents)
        written.push(paths[format])
      }
      if (written.length === 0) throw new UserError([{file: draftPath, message: 'Nothing was exported'}])
      return {written, pages: file.data.pages, summary: file.data.readability}
    }
  }
}

/** Remember the last answer of an async function, by its arguments. */
function lastOnly<A extends unknown[], T>(run: (...args: A) => Promise<T>) {
  let last: {key: string; value: Promise<T>} | undefined
  const remembered = (...args: A): Promise<T> => {
    const key = JSON.stringify(args)
    if (last?.key !== key) {
      last = {key, value: run(...args)}
      last.value.catch(() => (last = undefined))
    }
    return last.value
  }
  remembered.forget = () => (last = undefined)
  return remembered
}

export type Workbench = Awaited<ReturnType<typeof openWorkbench>>
