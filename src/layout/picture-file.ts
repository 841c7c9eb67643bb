import {readFileSync, realpathSync, statSync} from 'node:fs'
import path from 'node:path'
import {svgToPng} from './icons.js'

/** A picture file larger than this is refused: a picture beside a sentence is a few kilobytes. */
export const maxPictureBytes = 5 * 1024 * 1024

/** Width or height past this (pixels) is refused: no picture beside a sentence needs more, and decoding costs memory. */
const maxPictureSide = 10_000

/**
 * Why a user's picture file (named in pictures.yml or by a glossary entry) cannot be used, or undefined when it can:
 * it must be a regular file inside `folder` (after resolving links, so no `../` or symlink reaches outside), within
 * `maxPictureBytes`, and be what its name says by its content: a PNG with a width and height, or an SVG that draws
 * and links to nothing outside itself (no external image, style sheet or entity, which the renderer would fetch).
 */
export function pictureProblem(file: string, folder: string, format: 'png' | 'svg'): string | undefined {
  const shown = path.relative(folder, file) || file
  let real: string
  let bytes: Buffer
  try {
    real = realpathSync(file)
    if (!inside(real, realpathSync(folder))) return `The picture ${shown} is outside its folder ${folder}: pictures are read only from their own folder`
    const info = statSync(real)
    if (!info.isFile()) return `The picture ${shown} is not a file`
    if (info.size > maxPictureBytes) return `The picture ${shown} is ${(info.size / 1048576).toFixed(1)} MB; easyread reads pictures up to ${maxPictureBytes / 1048576} MB`
    bytes = readFileSync(real)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return code === 'ENOENT' ? `Cannot find the picture file ${shown}` : `Cannot read the picture file ${shown} (${code ?? String(error)})`
  }
  return format === 'png' ? pngProblem(bytes, shown) : svgProblem(bytes, shown)
}

function inside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file)
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
}

/** A PNG starts with its signature, then the IHDR chunk with the width and height (bytes 16 and 20). */
function pngProblem(bytes: Buffer, shown: string): string | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return `The picture ${shown} is not a PNG image (by its content): save it as PNG`
  const width = bytes.readUInt32BE(16)
  const height = bytes.readUInt32BE(20)
  if (width === 0 || height === 0 || width > maxPictureSide || height > maxPictureSide) return `The picture ${shown} is ${width}×${height} pixels; a picture needs a width and height from 1 to ${maxPictureSide}`
  return undefined
}

function svgProblem(bytes: Buffer, shown: string): string | undefined {
  const text = bytes.toString('utf8')
  if (!/<svg[\s>]/.test(text)) return `The picture ${shown} is not an SVG image (by its content): save it as SVG`
  if (/<!ENTITY/i.test(text)) return `The picture ${shown} declares XML entities; easyread reads SVG pictures without them`
  // Anything the renderer could fetch: an href that is not a place in the same file or data, a url(…) or @import.
  if (/\bhref\s*=\s*["']\s*(?!#|data:)/i.test(text) || /url\(\s*["']?\s*(?!#|data:)/i.test(text) || /@import/i.test(text)) {
    return `The picture ${shown} links to a file or address outside it; easyread reads SVG pictures that are whole in themselves`
  }
  try {
    const png = svgToPng(text, 64)
    if (png.length < 24) throw new Error('nothing drawn')
  } catch {
    return `The picture ${shown} is not a valid SVG image (it cannot be drawn)`
  }
  return undefined
}
