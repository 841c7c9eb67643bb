import {isMap, isScalar, isSeq, type Node, type YAMLMap} from 'yaml'
import type {Problem} from '../util/result.js'
import {stringField, unknownFields, type YamlSource} from '../util/yaml.js'
import {partsOfSpeech, type PartOfSpeech, type PlainWord} from './types.js'

const fields = ['from', 'to', 'clause', 'amount', 'offer', 'object-to', 'pos', 'not-after', 'not-before', 'only-before', 'only-after']
const lists = [['not-after', 'notAfter'], ['not-before', 'notBefore'], ['only-before', 'onlyBefore'], ['only-after', 'onlyAfter']] as const

/**
 * plain-words.yml: a list of `{from, to}` with what says where the swap holds, each field checked with file, line and
 * column: `clause`, `amount`, `offer` and `object-to` true or false, `pos` one of the parts of speech, `not-after`, `not-before`,
 * `only-before` and `only-after` lists of words, and no other field.
 */
export function plainWordsOf(source: YamlSource | undefined, errors: Problem[]): PlainWord[] {
  if (!source) return []
  const root = source.document.contents
  if (root === null) return []
  if (!isSeq(root)) {
    errors.push(source.problem(root as Node, 'Expected a list of entries with from and to'))
    return []
  }
  return root.items.flatMap((item) => {
    if (!isMap(item)) {
      errors.push(source.problem(item as Node, 'Expected an entry with from and to'))
      return []
    }
    const problems = unknownFields(source, item, fields)
    const [from, to] = ['from', 'to'].map((key) => stringField(source, item, key, true))
    problems.push(...[from!, to!].flatMap((field) => (field.problem ? [field.problem] : [])))
    const entry: PlainWord = {from: from!.value ?? '', to: to!.value ?? ''}
    for (const [key, name] of [['clause', 'clause'], ['amount', 'amount'], ['offer', 'offer'], ['object-to', 'objectTo']] as const) {
      const value: unknown = item.get(key)
      if (value !== undefined && typeof value !== 'boolean') problems.push(source.problem(node(item, key), `${key} must be true or false`))
      if (value === true) entry[name] = true
    }
    const pos: unknown = item.get('pos')
    if (pos !== undefined && !partsOfSpeech.includes(pos as PartOfSpeech)) problems.push(source.problem(node(item, 'pos'), `pos must be one of ${partsOfSpeech.join(', ')}, not "${String(pos)}"`))
    else if (pos !== undefined) entry.pos = pos as PartOfSpeech
    for (const [key, name] of lists) {
      const value = item.get(key, true) as Node | undefined
      if (value === undefined) continue
      if (!isSeq(value) || value.items.some((word) => !isScalar(word) || typeof word.value !== 'string' || word.value.trim() === '')) problems.push(source.problem(value, `${key} must be a list of words, like [most, more]`))
      else entry[name] = value.items.map((word) => String((word as {value: string}).value).trim().toLowerCase())
    }
    errors.push(...problems)
    return problems.length === 0 ? [entry] : []
  })
}

function node(map: YAMLMap, key: string): Node {
  return (map.get(key, true) as Node | undefined) ?? map
}
