import {readFileSync} from 'node:fs'
import {ImageRun} from 'docx'
import type {RowPicture} from '../../types.js'
import type {DocxState} from './state.js'
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
 * placement of the same picture at the same size with the same alt text is the same `ImageRun`: docx hashes a
 * run's bytes (a SHA-1 in JavaScript) when the run is made, so a picture used forty times is hashed once, and the
 * document holds one copy of its bytes. (A run placed twice is written twice; its drawing id, drawn from docx's
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
    data: png.data,
    transformation: {width: Math.round(png.width * factor), height: Math.round(png.height * factor)},
    // No title: LibreOffice makes the PDF's alt text of title and description, "a bus - a bus".
    altText: {name: picture.alt, description: picture.alt}
  })
  state.placements.set(placement, run)
  return run
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
