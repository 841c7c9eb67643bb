import {existsSync} from 'node:fs'
import path from 'node:path'
import type {VFile} from 'vfile'
import type {EasyRow, RowPicture} from '../types.js'
import {hasIcon} from './icons.js'
import {emojiLabel} from './emoji-search.js'

/**
 * The picture a writer chose for a row in the workbench (a draft's `easyread-picture` mark on its first sentence):
 * `null` for none, undefined when there is no choice or it cannot be used (a warning says why, and the layout
 * chooses as usual). A file is a PNG or SVG, named from the draft's folder (the writer's `--pictures`).
 */
export function chosenPicture(row: EasyRow, file: VFile): RowPicture | null | undefined {
  const first = row.children[0]
  const choice = first?.type === 'paragraph' || first?.type === 'list' ? first.data?.chosenPicture : undefined
  if (choice === undefined) return undefined
  if (choice === 'none') return null
  const place = first?.position
  if (choice.startsWith('file ')) {
    const folder = path.resolve(file.dirname ?? '.')
    const target = path.resolve(folder, choice.slice(5).trim())
    const format = /\.png$/i.test(target) ? 'png' : /\.svg$/i.test(target) ? 'svg' : undefined
    if (format && existsSync(target)) return {kind: 'file', file: target, format, alt: path.basename(target, path.extname(target)).replace(/[-_]+/g, ' '), word: '', source: 'user'}
  } else if (hasIcon(choice)) {
    return {kind: 'icon', icon: choice, alt: emojiLabel(choice) ?? choice.replace(/-/g, ' '), word: '', source: 'table'}
  }
  file.message(`The picture chosen here ("${choice}") is not a Noto icon or a PNG or SVG file: the usual picture is used`, {place, ruleId: 'chosen-picture', source: 'easyread'})
  return undefined
}
