import type {VFile} from 'vfile'

/**
 * Decode a text file's bytes: UTF-8 (with or without a byte order mark) or UTF-16 with a byte order mark.
 * Windows line endings become `\n`, so lines and columns still match the user's editor.
 * Invalid UTF-8 fails with the line and column of the first bad byte.
 */
export function decodeText(bytes: Uint8Array, file: VFile): string {
  let text: string
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2))
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2))
  } else {
    try {
      text = new TextDecoder('utf-8', {fatal: true, ignoreBOM: false}).decode(bytes)
    } catch {
      const at = firstInvalidUtf8(bytes)
      const before = new TextDecoder('utf-8').decode(bytes.subarray(0, at)).split('\n')
      file.fail(
        'Cannot read the file as text: it is not valid UTF-8. Save it as UTF-8 (in Word: "Plain Text", encoding "Unicode (UTF-8)")',
        {line: before.length, column: (before.at(-1) ?? '').length + 1},
        'easyread:encoding'
      )
    }
  }
  return text.replace(/\r\n?/g, '\n')
}

/** The index of the first byte that breaks UTF-8; found by halving, run only after decoding failed. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0
  let high = bytes.length
  // Binary search on the longest prefix that is valid or only cut inside a character (streaming mode allows that).
  while (low < high) {
    const middle = (low + high + 1) >> 1
    try {
      new TextDecoder('utf-8', {fatal: true}).decode(bytes.subarray(0, middle), {stream: true})
      low = middle
    } catch {
      high = middle - 1
    }
  }
  return low
}
