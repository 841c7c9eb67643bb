import {execFile} from 'node:child_process'
import {mkdir, readFile, readdir} from 'node:fs/promises'
import path from 'node:path'
import {promisify} from 'node:util'

const run = promisify(execFile)

export interface Ppm {
  width: number
  height: number
  pixels: Uint8Array
}

/** A PPM image (what pdftoppm writes without -png): width, height and RGB bytes. */
export async function readPpm(file: string): Promise<Ppm> {
  const bytes = await readFile(file)
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 40).toString('latin1'))
  if (!header) throw new Error(`${file} is not a binary PPM`)
  return {width: Number(header[1]), height: Number(header[2]), pixels: bytes.subarray(header[0].length)}
}

/** Every page of a PDF as a PPM image at `dpi` (poppler's pdftoppm), in page order. */
export async function pdfPageImages(pdf: string, folder: string, dpi: number, range: {first?: number; last?: number} = {}): Promise<Ppm[]> {
  await mkdir(folder, {recursive: true})
  const pages = [...(range.first ? ['-f', String(range.first)] : []), ...(range.last ? ['-l', String(range.last)] : [])]
  await run('pdftoppm', ['-r', String(dpi), ...pages, pdf, path.join(folder, 'page')])
  const files = (await readdir(folder)).filter((name) => name.endsWith('.ppm')).sort()
  return Promise.all(files.map((name) => readPpm(path.join(folder, name))))
}

/** How many pixels of a box (in pixels) are within `tolerance` of a colour in each channel. */
export function pixelsOfColour(image: Ppm, box: {left: number; top: number; right: number; bottom: number}, colour: [number, number, number], tolerance = 24): number {
  let count = 0
  for (let y = Math.max(0, box.top); y < Math.min(image.height, box.bottom); y++) {
    for (let x = Math.max(0, box.left); x < Math.min(image.width, box.right); x++) {
      const at = (y * image.width + x) * 3
      if (colour.every((value, channel) => Math.abs(image.pixels[at + channel]! - value) <= tolerance)) count++
    }
  }
  return count
}
