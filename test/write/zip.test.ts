import {describe, expect, test} from 'vitest'
import {strToU8, unzipSync, zipSync} from 'fflate'
import {zipEntries} from '../../src/write/docx/zip.js'

const date = new Date(2000, 0, 1)
const entries = [
  {name: '[Content_Types].xml', data: strToU8('<?xml version="1.0"?><Types/>'.repeat(50))},
  {name: 'word/document.xml', data: strToU8('<w:document>café – “quoted”</w:document>')},
  {name: 'word/media/empty.png', data: new Uint8Array(0)},
  {name: 'word/média/ünïcode.bin', data: Uint8Array.from({length: 70_000}, (_, index) => (index * 7919) % 251)}
]

/** The fields of each central directory header, read as a zip reader reads them. */
function centralHeaders(zip: Uint8Array) {
  const view = Buffer.from(zip)
  const end = view.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  const count = view.readUInt16LE(end + 10)
  let at = view.readUInt32LE(end + 16)
  const headers = []
  for (let index = 0; index < count; index++) {
    expect(view.readUInt32LE(at)).toBe(0x02014b50)
    const nameLength = view.readUInt16LE(at + 28)
    const local = view.readUInt32LE(at + 42)
    expect(view.readUInt32LE(local)).toBe(0x04034b50)
    headers.push({
      name: view.subarray(at + 46, at + 46 + nameLength).toString('utf8'),
      flags: view.readUInt16LE(at + 8),
      method: view.readUInt16LE(at + 10),
      time: view.readUInt16LE(at + 12),
      day: view.readUInt16LE(at + 14),
      // The local header says the same CRC and sizes as the central one (no data descriptor).
      sameLocal: view.subarray(local + 14, local + 26).equals(view.subarray(at + 16, at + 28)),
      extra: view.readUInt16LE(at + 30)
    })
    at += 46 + nameLength
  }
  return headers
}

describe('zipEntries: the Word package zipped with Node’s zlib', () => {
  test('unzips to the same entries, in the order given', () => {
    const unzipped = unzipSync(zipEntries(entries, date))
    expect(Object.keys(unzipped)).toEqual(entries.map((entry) => entry.name))
    for (const {name, data} of entries) expect(Buffer.from(unzipped[name]!).equals(Buffer.from(data)), name).toBe(true)
  })

  test('writes the headers fflate’s zipSync wrote: deflated, dated, sizes in the local header, UTF-8 names flagged', () => {
    const ours = centralHeaders(zipEntries(entries, date))
    const fflate = centralHeaders(zipSync(Object.fromEntries(entries.map(({name, data}) => [name, [data, {mtime: date, level: 6}]]))))
    expect(ours).toEqual(fflate)
    expect(ours.map((header) => [header.method, header.day, header.time, header.sameLocal])).toEqual(entries.map(() => [8, (20 << 9) | (1 << 5) | 1, 0, true]))
    expect(ours.map((header) => header.flags & 0x0800)).toEqual([0, 0, 0, 0x0800])
  })

  test('the same entries give the same bytes, and deflate what repeats', () => {
    const zip = zipEntries(entries, date)
    expect(Buffer.from(zipEntries(entries, date)).equals(Buffer.from(zip))).toBe(true)
    expect(zip.length).toBeLessThan(entries.reduce((sum, entry) => sum + entry.data.length, 0))
  })
})
