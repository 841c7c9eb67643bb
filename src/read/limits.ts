/** A line (or Word paragraph) longer than this is refused: no plan has such a paragraph, and the readability formulas slow down on it. */
export const maxLineCharacters = 20_000

/** Lists or quotes nested deeper than this are refused (Word has 9 list levels; Markdown parsing slows down sharply past this). */
export const maxNesting = 20

/** Fail on the first line longer than `maxLineCharacters`; `unit` names a line ("Line", or "Paragraph" in a Word file). */
export function checkLineLengths(lines: readonly string[], fail: (reason: string, line: number) => never, unit = 'Line'): void {
  lines.forEach((row, index) => {
    if (row.length > maxLineCharacters) {
      fail(`${unit} ${index + 1} is ${row.length.toLocaleString('en-GB')} characters long; easyread reads ${unit.toLowerCase()}s of up to ${maxLineCharacters.toLocaleString('en-GB')} characters. Break it into shorter paragraphs`, index + 1)
    }
  })
}
