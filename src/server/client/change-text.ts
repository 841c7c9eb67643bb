// The words of a change in the draft as it now stands: where a change is (its anchor), and how to make or undo it on
// the sentence the writer may since have edited, word by word. Pure text functions (no editor, no page): the
// changes panel uses them, and the tests run them in Node.

/** An edit of the draft's text: replace [from, to) with `insert` (offsets into the text given). */
export interface TextEdit {
  from: number
  to: number
  insert: string
}

/** What a change of the text comes to on the words as they stand: the edits, or why it can no longer apply. */
export type Rewrite = {ok: true; edits: TextEdit[]} | {ok: false; reason: string}

interface Token {
  /** The word as compared: without bold or italic marks and Markdown's backslash escapes. */
  word: string
  /** The word as the draft writes it. */
  raw: string
  from: number
  to: number
}

/** A word of the draft as compared with a change's words: Markdown's emphasis marks and escapes do not count. */
function bare(word: string): string {
  return word.replace(/\\(?=[^\w\s])/g, '').replace(/[*_]+/g, '')
}

/** easyread's notes between the sentences (a suggestion, a check's reasons, a picture): not words of the draft. A sentence left out is. */
const notes = /<!-- easyread-(?:suggest|check|picture)\b[\s\S]*?-->/g

/** The words of a text with their places (runs of non-space); a word that is only marks, and easyread's notes, are left out. */
export function tokens(text: string): Token[] {
  const found: Token[] = []
  const skipped = [...text.matchAll(notes)].map((note) => [note.index, note.index + note[0].length] as const)
  let next = 0
  for (const match of text.matchAll(/\S+/g)) {
    while (next < skipped.length && skipped[next]![1] <= match.index) next++
    if (next < skipped.length && match.index >= skipped[next]![0]) continue
    const word = bare(match[0])
    if (word !== '') found.push({word, raw: match[0], from: match.index, to: match.index + match[0].length})
  }
  return found
}

/** The draft's text without emphasis marks and with single spaces, and where each of its characters came from. */
export function flatten(text: string): {flat: string; at: number[]} {
  const at: number[] = []
  let flat = ''
  for (const token of tokens(text)) {
    if (flat !== '') {
      flat += ' '
      at.push(token.from)
    }
    // Each character of the bare word is placed at the word's start, its last at the word's end (marks inside a
    // word are rare; the range found is what matters).
    for (let index = 0; index < token.word.length; index++) at.push(index === token.word.length - 1 ? token.to - 1 : token.from + Math.min(index, token.to - token.from - 1))
    flat += token.word
  }
  return {flat, at}
}

/** The words of a change's text, flattened as the draft is. */
export function flatWords(text: string): string {
  return tokens(text).map((token) => token.word).join(' ')
}

/** A run of words that differ between two texts: `remove` words of the first at `start`, `insert` in their place. */
interface Hunk {
  start: number
  remove: string[]
  insert: string[]
}

/** The word runs that differ from `a` to `b` (a longest common subsequence of words; texts are sentences). */
export function hunks(a: readonly string[], b: readonly string[]): Hunk[] {
  const rows = a.length + 1
  const columns = b.length + 1
  const common = new Uint16Array(rows * columns)
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) common[i * columns + j] = a[i] === b[j] ? common[(i + 1) * columns + j + 1]! + 1 : Math.max(common[(i + 1) * columns + j]!, common[i * columns + j + 1]!)
  }
  const found: Hunk[] = []
  let i = 0
  let j = 0
  let open: Hunk | undefined
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      open = undefined
      i++
      j++
      continue
    }
    if (!open) found.push((open = {start: i, remove: [], insert: []}))
    if (j < b.length && (i === a.length || common[i * columns + j + 1]! >= common[(i + 1) * columns + j]!)) open.insert.push(b[j++]!)
    else open.remove.push(a[i++]!)
  }
  return found
}

/** Where `words` stand in a row of tokens, from `start` on: the index of the first, or -1. */
function seek(row: readonly Token[], words: readonly string[], start: number): number {
  for (let index = start; index + words.length <= row.length; index++) {
    if (words.every((word, offset) => row[index + offset]!.word === word)) return index
  }
  return -1
}

/**
 * Change `text` (the words of one change's place in the draft, as they stand now) from the change's words `from`
 * to its words `to`, word run by word run: each run that differs is looked for with the word before and after it, so
 * that the writer's edits elsewhere in the sentence are kept. When a run's words are no longer there (the writer
 * reworded them, or another change did), nothing is changed and the reason is given.
 */
export function rewrite(text: string, from: string, to: string): Rewrite {
  // Words over several lines (a sentence that was cut in two, each half on its line): they become one line, made
  // of the words as they stand, without easyread's notes between them (which were about the halves).
  if (text.includes('\n')) {
    const joined = tokens(text).map((token) => token.raw).join(' ')
    const result = rewrite(joined, from, to)
    if (!result.ok) return result
    const insert = [...result.edits].sort((a, b) => b.from - a.from).reduce((now, edit) => now.slice(0, edit.from) + edit.insert + now.slice(edit.to), joined)
    return {ok: true, edits: [{from: 0, to: text.length, insert}]}
  }
  const row = tokens(text)
  const a = tokens(from).map((token) => token.word)
  const b = tokens(to).map((token) => token.word)
  const edits: TextEdit[] = []
  let cursor = 0
  for (const hunk of hunks(a, b)) {
    const before = hunk.start > 0 ? [a[hunk.start - 1]!] : []
    const after = hunk.start + hunk.remove.length < a.length ? [a[hunk.start + hunk.remove.length]!] : []
    const looked = [...before, ...hunk.remove, ...after]
    if (looked.length === 0) return {ok: false, reason: 'the change has no words'}
    const index = seek(row, looked, cursor)
    if (index < 0) return {ok: false, reason: `its words “${hunk.remove.join(' ') || [...before, ...after].join(' … ')}” are no longer there as it left them`}
    const first = index + before.length
    const insert = hunk.insert.join(' ')
    if (hunk.remove.length > 0) {
      edits.push({from: row[first]!.from, to: row[first + hunk.remove.length - 1]!.to, insert})
    } else if (before.length > 0) {
      edits.push({from: row[index]!.to, to: row[index]!.to, insert: ` ${insert}`})
    } else {
      edits.push({from: row[first]!.from, to: row[first]!.from, insert: `${insert} `})
    }
    cursor = first + hunk.remove.length
  }
  // A removal leaves the spaces around it: one goes too.
  for (const edit of edits) {
    if (edit.insert === '' && text[edit.to] === ' ') edit.to++
    else if (edit.insert === '' && text[edit.from - 1] === ' ') edit.from--
  }
  return {ok: true, edits}
}

const letter = /[\p{L}\p{N}]/u

/**
 * A change's words as the draft has them after the later changes of the same plan line: a sentence cut in two, then
 * its first half cut again, is found by the words of both cuts.
 */
function later(changes: readonly RecordedChange[], words: ReadonlyArray<{before: string; after: string}>, index: number): string {
  let found = words[index]!.after
  for (let next = index + 1; next < changes.length && changes[next]!.line === changes[index]!.line; next++) {
    const before = words[next]!.before
    if (before !== '' && found.includes(before)) found = found.replace(before, words[next]!.after)
  }
  return found
}

/** A made change as recorded (src/simplify/types.ts): its words before and after, in the order of the plan. */
export interface RecordedChange {
  before: string
  after: string
  line?: number
}

/**
 * Where each made change is in the draft (offsets of its words there), or undefined when its words are not in the
 * draft as it made them. Changes come in the plan's order, so each is looked for from where the changes of the
 * plan's line before ended (changes of one line may nest: a word swap inside a sentence that was then split); one
 * not found there is looked for anywhere, so a draft whose parts were moved still has its changes. A place is given
 * to one change only, unless the changes nest.
 */
export function anchorChanges(text: string, changes: readonly RecordedChange[]): Array<{from: number; to: number} | undefined> {
  const {flat, at} = flatten(text)
  const taken = new Set<string>()
  let groupStart = 0
  let reached = 0
  let line: number | undefined
  const place = (words: string, start: number, key: string) => {
    for (let index = flat.indexOf(words, start); index >= 0; index = flat.indexOf(words, index + 1)) {
      const bounded = (index === 0 || !letter.test(flat[index - 1]!) || !letter.test(words[0]!)) && (index + words.length === flat.length || !letter.test(flat[index + words.length]!) || !letter.test(words.at(-1)!))
      if (bounded && !taken.has(`${key}@${index}`)) return index
    }
    return -1
  }
  const words = changes.map((change) => ({before: flatWords(change.before), after: flatWords(change.after)}))
  return changes.map((change, number) => {
    if (change.line !== line) {
      groupStart = reached
      line = change.line
    }
    const wanted = later(changes, words, number)
    if (wanted === '') return undefined
    const key = `${change.before}\u0000${change.after}`
    let index = place(wanted, groupStart, key)
    if (index < 0) index = place(wanted, 0, key)
    if (index < 0) return undefined
    taken.add(`${key}@${index}`)
    const end = index + wanted.length
    reached = Math.max(reached, end)
    return {from: at[index]!, to: at[end - 1]! + 1}
  })
}
