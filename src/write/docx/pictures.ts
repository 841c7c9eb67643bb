import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {ImageRun} from 'docx'
import type {RowPicture} from '../../types.js'
import type {DocxState} from './state.js'
import type {Parts} from './finish.js'
import {pictureDisplayPixels, pictureRenderScale} from './styles.js'
import {iconPng, svgToPng} from '../../layout/icons.js'
import {pictureId} from '../../layout/choose.js'

/** A rendered picture: PNG bytes and their size in pixels. */
export interface RenderedPicture {
  data: Uint8Array
  width: number
  height: number
}

/**
 * A picture as an inline PNG, the row picture's width on its longer side (or `scale` times it), with its alt text
 * (LibreOffice and Word both show the PNG). Each picture is rendered once, and each
 * placement of the same picture at the same size with the same alt text is the same `ImageRun`, and docx is given a
 * short stand-in for the bytes (see `standIn`): the document holds one copy of each picture's bytes. (A run placed twice is written twice; its drawing id, drawn from docx's
 * counter, is renumbered in document order by `finishPackage`.)
 */
export function pictureRun(state: DocxState, picture: RowPicture, scale = 1): ImageRun {
  const displayPixels = Math.round(pictureDisplayPixels(state.pictureWidth) * scale)
  const placement = `${pictureId(picture)}\n${displayPixels}\n${picture.alt}`
  let run = state.placements.get(placement)
  if (run) return run
  const png = renderedPicture(state, picture)
  const factor = displayPixels / Math.max(png.width, png.height)
  run = new ImageRun({
    type: 'png',
    data: standIn(state, png.data),
    transformation: {width: Math.round(png.width * factor), height: Math.round(png.height * factor)},
    // No title: LibreOffice makes the PDF's alt text of title and description, "a bus - a bus".
    altText: {name: picture.alt, description: picture.alt}
  })
  state.placements.set(placement, run)
  return run
}

/**
 * What docx is given in place of a PNG's bytes: a short text naming them by their native SHA-1. docx keys each
 * image by a SHA-1 of its bytes made in JavaScript (some 150 ms for a plan's 30 pictures); of the stand-in it is at
 * once. The same bytes get the same stand-in, so docx still stores a picture used twice once, under the same name;
 * `withPictureBytes` puts the bytes back in the package's parts.
 */
function standIn(state: DocxState, png: Uint8Array): Uint8Array {
  const text = `easyread picture ${createHash('sha1').update(png).digest('hex')}`
  state.pictureBytes.set(text, png)
  return Buffer.from(text, 'latin1')
}

/** The package's parts with each picture's stand-in (see `standIn`) replaced by the picture's bytes. */
export function withPictureBytes(parts: Parts, state: DocxState): Parts {
  for (const name of Object.keys(parts)) {
    const part = parts[name]!
    if (!name.startsWith('word/media/') || part.length > 64) continue
    const png = state.pictureBytes.get(Buffer.from(part).toString('latin1'))
    if (png) parts[name] = png
  }
  return parts
}

/**
 * The picture's PNG, rendered once at `pictureRenderScale` times a row picture's size (a PNG file is used as it
 * is): the cover shows the same bytes larger (1.6 times a row's), so a picture on the cover and in a row is one
 * file in the package.
 */
function renderedPicture(state: DocxState, picture: RowPicture): RenderedPicture {
  const key = pictureId(picture)
  let png = state.pictures.get(key)
  if (!png) {
    png = renderPicture(picture, renderPixels(state.pictureWidth))
    state.pictures.set(key, png)
  }
  return png
}

/** How many pixels wide a picture is rendered for pictures `pictureWidth` cm wide. */
export function renderPixels(pictureWidth: number): number {
  return Math.round(pictureDisplayPixels(pictureWidth) * pictureRenderScale)
}

function renderPicture(picture: RowPicture, pixels: number): RenderedPicture {
  if (picture.kind === 'icon') return withSize(iconPng(picture.icon, pixels))
  const bytes = readFileSync(picture.file)
  return withSize(picture.format === 'svg' ? svgToPng(bytes, pixels) : bytes)
}

/** A PNG with its size, read from its header (IHDR: width and height at bytes 16 and 20). */
function withSize(png: Uint8Array): RenderedPicture {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  return {data: png, width: view.getUint32(16), height: view.getUint32(20)}
}
