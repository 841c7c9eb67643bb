import type {WriteStream} from 'node:tty'
import type {Io} from './types.js'

/**
 * Whether to colour a stream, as chalk and eslint decide: FORCE_COLOR wins (0 or false turns colour off), then
 * NO_COLOR (https://no-color.org) turns it off, else colour only on a terminal that is not "dumb".
 */
export function wantsColour(stream: {isTTY?: boolean}, env: NodeJS.ProcessEnv = process.env): boolean {
  const force = env.FORCE_COLOR
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase())
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  return stream.isTTY === true && env.TERM !== 'dumb'
}

/**
 * How long work goes on before its progress line shows, in milliseconds: `EASYREAD_PROGRESS_AFTER` in seconds
 * (`0` shows every step at once), else undefined (the default, a second). A value that is not a number of seconds
 * is not used.
 */
export function progressAfter(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const seconds = env.EASYREAD_PROGRESS_AFTER?.trim()
  if (seconds === undefined || !/^\d+(?:\.\d+)?$/.test(seconds)) return undefined
  return Number(seconds) * 1000
}

function writeTo(stream: NodeJS.WriteStream, contents: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => stream.write(contents, (error) => (error ? reject(error) : resolve())))
}

async function readAll(stream: NodeJS.ReadStream): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks)
}

/** The process's own streams. Progress lines only when standard error is a terminal. */
export function processIo(): Io {
  const stderr = process.stderr as WriteStream
  const quietFor = progressAfter()
  return {
    out: (line) => process.stdout.write(line + '\n'),
    err: (line) => process.stderr.write(line + '\n'),
    write: (contents) => writeTo(process.stdout, contents),
    readInput: () => readAll(process.stdin),
    outTerminal: process.stdout.isTTY === true,
    colour: {out: wantsColour(process.stdout), err: wantsColour(process.stderr)},
    ...(stderr.isTTY ? {progress: (text: string) => void stderr.write(`\r\x1b[2K${text.slice(0, Math.max(10, (stderr.columns || 80) - 1))}`)} : {}),
    ...(quietFor === undefined ? {} : {progressAfter: quietFor})
  }
}

/** ANSI colours for a stream that wants them; plain text otherwise. */
export function paint(enabled: boolean | undefined) {
  const style = (open: number, close: number) => (text: string) => (enabled ? `\x1b[${open}m${text}\x1b[${close}m` : text)
  return {red: style(31, 39), yellow: style(33, 39), green: style(32, 39), dim: style(2, 22), bold: style(1, 22), underline: style(4, 24)}
}
