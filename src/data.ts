import path from 'node:path'
import {isMap, isScalar} from 'yaml'
import {dataFolder} from './options.js'
import {cachedLoadAsync} from './util/data-cache.js'
import {readYaml} from './util/yaml.js'
import {UserError} from './util/user-error.js'

/** British spelling → American spelling, from the shipped `glossary/british-spellings.yml`. */
export async function loadAmericanSpellings(file = path.join(dataFolder, 'british-spellings.yml')): Promise<Map<string, string>> {
  return cachedLoadAsync('american-spellings', [file], () => readAmericanSpellings(file))
}

async function readAmericanSpellings(file: string): Promise<Map<string, string>> {
  const parsed = await readYaml(file)
  if (!parsed.ok) throw new UserError(parsed.errors)
  const root = parsed.value.document.contents
  const spellings = new Map<string, string>()
  if (!isMap(root)) throw new UserError([parsed.value.problem(root as never, 'Expected a map of British: American spellings')])
  for (const pair of root.items) {
    if (isScalar(pair.key) && isScalar(pair.value)) spellings.set(String(pair.key.value).toLowerCase(), String(pair.value.value).toLowerCase())
  }
  return spellings
}
