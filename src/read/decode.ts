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
  return cleanText(text.replace(/\r\n?/g, '\n'), file)
}

/**
 * The text as every later stage may trust it: in NFC (so "café" typed on macOS, "cafe" + a combining accent, matches
 * the glossary's), without soft hyphens (invisible, but they would split "com\u00ADmunity"), a vertical tab or form
 * feed (Word's line and page breaks in exported text) as a line break, so the words either side stay apart, and no
 * other control character (ESC, BEL: a terminal would act on them; a terminal's escape sequence, such as ESC [31m,
 * goes whole, so that no "[31m" is left stuck to a word), with one message saying how many went where.
 */
export function cleanText(text: string, file: VFile): string {
  const first = controls().exec(text)
  if (first) {
    const before = text.slice(0, first.index).split('\n')
    const count = text.match(controls())!.length
    file.message(`Removed ${count} control character${count === 1 ? '' : 's'} (U+${first[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} first): a plan's text has none`, {place: {line: before.length, column: (before.at(-1) ?? '').length + 1}, ruleId: 'control-characters', source: 'easyread'})
  }
  return text.replace(/[\u000b\u000c]/g, '\n').replace(controls(), '').replace(/\u00ad/g, '').normalize('NFC')
}

/** A terminal escape sequence (ESC [ parameters final byte) or any other control character but tab, newline, VT, FF, CR. */
const controls = () => /\u001b\[[0-?]*[ -/]*[@-~]|[\u0000-\u0008\u000e-\u001f\u007f]/g

/**
 * The index of the first byte of the first sequence that breaks UTF-8 (a stray continuation byte, a lead byte
 * without its continuation bytes, an overlong form, a surrogate or a code point past U+10FFFF).
 * Run only after decoding failed.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const lead = bytes[index]!
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0
    if (length === 0) return index
    // The second byte's range is narrower after some lead bytes (no overlong forms, surrogates or > U+10FFFF).
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf
    for (let next = 1; next < length; next++) {
      const byte = bytes[index + next]
      if (byte === undefined || byte < (next === 1 ? low : 0x80) || byte > (next === 1 ? high : 0xbf)) return index
    }
    index += length
  }
  return index
}
