import {LineCounter, parseDocument, isMap, isScalar, isSeq, type Document, type Node, type YAMLMap} from 'yaml'
import type {Checked, Problem} from './result.js'
import {readRegularFile} from './read-file.js'

/** A settings, glossary or pictures file larger than this is refused: ours are a few kilobytes. */
export const maxYamlBytes = 5 * 1024 * 1024

/** A parsed YAML file that can say where any of its nodes is. */
export interface YamlSource {
  file: string
  document: Document.Parsed
  /** Line and column (1-based) of a node, or of the file's start. */
  place: (node: Node | null | undefined) => {line: number; column: number}
  problem: (node: Node | null | undefined, message: string) => Problem
}

/**
 * Read and parse a YAML file (a regular file only, UTF-8 with or without a byte order mark, normalised to NFC like a
 * plan's text); syntax errors come back with their line and column.
 */
export async function readYaml(file: string): Promise<Checked<YamlSource>> {
  const bytes = await readRegularFile(file, maxYamlBytes, 'The file')
  if (!bytes.ok) return bytes
  return parseYaml(file, bytes.value.toString('utf8').replace(/^\uFEFF/, '').normalize('NFC'))
}

export function parseYaml(file: string, text: string): Checked<YamlSource> {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, {lineCounter, prettyErrors: false, uniqueKeys: true})
  if (document.errors.length > 0) {
    return {
      ok: false,
      errors: document.errors.map((error) => {
        const at = lineCounter.linePos(error.pos[0])
        return {file, line: at.line, column: at.col, message: `YAML syntax error: ${error.message.split('\n')[0]}`}
      })
    }
  }
  const place = (node: Node | null | undefined) => {
    const at = lineCounter.linePos(node?.range?.[0] ?? 0)
    return {line: at.line, column: at.col}
  }
  return {ok: true, value: {file, document, place, problem: (node, message) => ({file, ...place(node), message})}}
}

/** The string value of a map's key, or a problem saying what is wrong with it. */
export function stringField(source: YamlSource, map: YAMLMap, key: string, required: boolean): {value?: string; problem?: Problem} {
  const node = map.get(key, true) as Node | undefined
  if (node === undefined) return required ? {problem: source.problem(map, `Missing field "${key}"`)} : {}
  if (!isScalar(node) || typeof node.value !== 'string') return {problem: source.problem(node, `Field "${key}" must be text`)}
  if (node.value.trim() === '') return {problem: source.problem(node, `Field "${key}" is empty`)}
  return {value: node.value.trim()}
}

/** The whole-number value of a map's key, at least `min`, or a problem saying what is wrong with it. */
export function wholeNumberField(source: YamlSource, map: YAMLMap, key: string, min: number): {value?: number; problem?: Problem} {
  const node = map.get(key, true) as Node | undefined
  if (node === undefined) return {problem: source.problem(map, `Missing field "${key}"`)}
  if (!isScalar(node) || typeof node.value !== 'number' || !Number.isInteger(node.value) || node.value < min) return {problem: source.problem(node, `Field "${key}" must be a whole number, ${min} or more`)}
  return {value: node.value}
}

/** Problems for every key of a map that is not one of `known`. */
export function unknownFields(source: YamlSource, map: YAMLMap, known: readonly string[]): Problem[] {
  return map.items.flatMap((pair) => {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
    return known.includes(key) ? [] : [source.problem(pair.key as Node, `Unknown field "${key}" (expected one of: ${known.join(', ')})`)]
  })
}

export {isMap, isScalar, isSeq}
