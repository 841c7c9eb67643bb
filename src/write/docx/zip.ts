import zlib from 'node:zlib'
import {zipSync, type Zippable} from 'fflate'

/** One file of a zip archive. */
export interface ZipEntry {
  name: string
  data: Uint8Array
}

/** zlib's level for every entry: the level fflate was given before, and Word's own. */
const level = 6

/**
 * A zip archive of `entries`, in the order given, each deflated by Node's zlib and dated `date` (read in local time,
 * as zip's DOS dates are). The layout is the one fflate's `zipSync` wrote (sizes and CRC in each local header, no
 * data descriptors, no extra fields); only the deflated bytes differ, made natively in a few milliseconds where
 * fflate's JavaScript deflate took some 150 ms of a build, most of it compiling itself. Where Node has no
 * `zlib.crc32` (before 20.15) the archive is fflate's, as before.
 */
export function zipEntries(entries: readonly ZipEntry[], date: Date): Uint8Array {
  if (typeof zlib.crc32 !== 'function') {
    const files: Zippable = {}
    for (const {name, data} of entries) files[name] = [data, {mtime: date, level}]
    return zipSync(files)
  }
  if (entries.length > 0xffff) throw new RangeError(`A Word package holds at most 65,535 parts, not ${entries.length}`)
  const time = ((date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1)) & 0xffff
  const day = (((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate()) & 0xffff
  const chunks: Uint8Array[] = []
  const central: Uint8Array[] = []
  let offset = 0
  for (const {name, data} of entries) {
    const fileName = Buffer.from(name, 'utf8')
    const deflated = zlib.deflateRawSync(data, {level})
    const fields = {crc: zlib.crc32(data), compressed: deflated.length, size: data.length, time, day, utf8: fileName.length !== name.length}
    if (offset + 30 + fileName.length + deflated.length > 0xffffffff) throw new RangeError('A Word package must be smaller than 4 GB')
    chunks.push(header('local', fields, fileName, 0), fileName, deflated)
    central.push(header('central', fields, fileName, offset), fileName)
    offset += 30 + fileName.length + deflated.length
  }
  const centralSize = central.reduce((sum, chunk) => sum + chunk.length, 0)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(centralSize, 12)
  end.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat([...chunks, ...central, end]))
}

interface HeaderFields {
  crc: number
  compressed: number
  size: number
  time: number
  day: number
  utf8: boolean
}

/** A local file header (30 bytes) or a central directory header (46 bytes), without the name that follows it. */
function header(kind: 'local' | 'central', fields: HeaderFields, fileName: Uint8Array, offset: number): Buffer {
  const central = kind === 'central'
  const bytes = Buffer.alloc(central ? 46 : 30)
  bytes.writeUInt32LE(central ? 0x02014b50 : 0x04034b50, 0)
  // The central header starts with who made it (zip 2.0 on MS-DOS); then both run alike from `at`.
  if (central) bytes.writeUInt16LE(20, 4)
  const at = central ? 6 : 4
  // Needs zip 2.0 to extract; flags (bit 11: the name is UTF-8); deflated.
  bytes.writeUInt16LE(20, at)
  bytes.writeUInt16LE(fields.utf8 ? 0x0800 : 0, at + 2)
  bytes.writeUInt16LE(8, at + 4)
  bytes.writeUInt16LE(fields.time, at + 6)
  bytes.writeUInt16LE(fields.day, at + 8)
  bytes.writeUInt32LE(fields.crc, at + 10)
  bytes.writeUInt32LE(fields.compressed, at + 14)
  bytes.writeUInt32LE(fields.size, at + 18)
  bytes.writeUInt16LE(fileName.length, at + 22)
  // No extra field; in the central directory no comment, disk 0, no attributes, then where the local header is.
  if (central) bytes.writeUInt32LE(offset, at + 36)
  return bytes
}
