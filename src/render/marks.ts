/**
 * The marks that make render's outputs known as easyread's (see util/ours.ts), so that a later render replaces them
 * and never a file it did not make: a PNG's `Software` text chunk, and a PDF comment after its end (`%%EOF`), which
 * PDF readers skip (a PDF of someone else's Word file carries their author, not ours).
 */
export const pngMark = 'Software\0easyread'
export const pdfMark = '%easyread render'

/** The PNG with a `tEXt` chunk "Software: easyread" after its header chunk (IHDR, always first: 8 + 25 bytes). */
export function markPng(png: Uint8Array): Uint8Array {
  const headerEnd = 8 + 25
  const data = new TextEncoder().encode(pngMark)
  const chunk = new Uint8Array(12 + data.length)
  const view = new DataView(chunk.buffer)
  view.setUint32(0, data.length)
  chunk.set(new TextEncoder().encode('tEXt'), 4)
  chunk.set(data, 8)
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)))
  return concat(png.subarray(0, headerEnd), chunk, png.subarray(headerEnd))
}

export function markPdf(pdf: Uint8Array): Uint8Array {
  const last = pdf.at(-1) === 0x0a ? '' : '\n'
  return concat(pdf, new TextEncoder().encode(`${last}${pdfMark}\n`))
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const result = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let at = 0
  for (const part of parts) {
    result.set(part, at)
    at += part.length
  }
  return result
}

const crcTable = Array.from({length: 256}, (_, index) => {
  let value = index
  for (let bit = 0; bit < 8; bit++) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1
  return value >>> 0
})

/** PNG's CRC-32 (ISO 3309) of a chunk's type and data. */
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}
