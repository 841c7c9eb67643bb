import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {copyFile, mkdtemp} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {
  Document, ExternalHyperlink, FootnoteReferenceRun, HeadingLevel, ImageRun, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun
} from 'docx'
import {requirePrograms} from './programs.js'

/** A 1×1 PNG, for a picture the reader must drop. */
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')

/**
 * A small plan written as Word writes one, with the `docx` library: a Title, Heading 1 and 2, bold, a nested
 * bulleted list, a numbered list, a table, a hyperlink, a footnote, a picture with alt text, and a paragraph in a
 * style of the author's own ("Fancy Quote"). Paragraph numbers (what the reader's places count) are in comments.
 */
export async function wordPlan(): Promise<Uint8Array> {
  const document = new Document({
    styles: {paragraphStyles: [{id: 'FancyQuote', name: 'Fancy Quote', basedOn: 'Normal', run: {color: '888888'}}]},
    numbering: {
      config: [
        {reference: 'bullets', levels: [0, 1, 2].map((level) => ({level, format: LevelFormat.BULLET, text: '•', style: {paragraph: {indent: {left: 720 * (level + 1), hanging: 360}}}}))},
        {reference: 'numbers', levels: [{level: 0, format: LevelFormat.DECIMAL, text: '%1.', style: {paragraph: {indent: {left: 720, hanging: 360}}}}]}
      ]
    },
    footnotes: {1: {children: [new Paragraph('The council agreed this in May 2024.')]}},
    sections: [{
      children: [
        new Paragraph({heading: HeadingLevel.TITLE, children: [new TextRun('Riverside Safety Plan')]}), // 1
        new Paragraph({heading: HeadingLevel.HEADING_1, children: [new TextRun('Our aims')]}), // 2
        new Paragraph({children: [new TextRun('We want every street to feel '), new TextRun({text: 'safe', bold: true}), new TextRun('.'), new FootnoteReferenceRun(1)]}), // 3
        new Paragraph({children: [new ImageRun({type: 'png', data: png, transformation: {width: 40, height: 40}, altText: {name: 'map', title: 'Map of Riverside', description: 'Map of Riverside'}})]}), // 4
        new Paragraph({text: 'We will:'}), // 5
        new Paragraph({text: 'Patrol the park.', numbering: {reference: 'bullets', level: 0}}), // 6
        new Paragraph({text: 'At night.', numbering: {reference: 'bullets', level: 1}}), // 7
        new Paragraph({text: 'At weekends.', numbering: {reference: 'bullets', level: 1}}), // 8
        new Paragraph({text: 'Meet the schools.', numbering: {reference: 'bullets', level: 0}}), // 9
        new Paragraph({heading: HeadingLevel.HEADING_2, children: [new TextRun('How we will check')]}), // 10
        new Paragraph({text: 'Count the calls.', numbering: {reference: 'numbers', level: 0}}), // 11
        new Paragraph({text: 'Ask the people.', numbering: {reference: 'numbers', level: 0}}), // 12
        new Table({rows: [
          new TableRow({children: [new TableCell({children: [new Paragraph('Year')]}), new TableCell({children: [new Paragraph('Calls')]})]}), // 13, 14
          new TableRow({children: [new TableCell({children: [new Paragraph('2024')]}), new TableCell({children: [new Paragraph('1200')]})]}) // 15, 16
        ]}),
        new Paragraph({children: [new TextRun('Read more on '), new ExternalHyperlink({link: 'https://example.org/plan', children: [new TextRun({text: 'our website', style: 'Hyperlink'})]}), new TextRun('.')]}), // 17
        new Paragraph({style: 'FancyQuote', children: [new TextRun('Safety is everyone’s job.')]}) // 18
      ]
    }]
  })
  return new Uint8Array(await Packer.toBuffer(document))
}

/**
 * Convert a file with LibreOffice (`soffice --headless --convert-to <to>`), each run with its own profile so runs
 * never clash. soffice exits 0 even when it converts nothing, so the output file is checked.
 */
export async function convertWithLibreOffice(input: string, to: string, filter = to): Promise<string> {
  requirePrograms('soffice')
  const folder = await mkdtemp(path.join(tmpdir(), 'easyread-soffice-'))
  const source = path.join(folder, path.basename(input))
  await copyFile(input, source)
  const profile = `file://${path.join(folder, 'profile')}`
  const result = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', filter, '--outdir', folder, source], {encoding: 'utf8', timeout: 120_000})
  const output = path.join(folder, `${path.basename(input, path.extname(input))}.${to}`)
  if (!existsSync(output)) throw new Error(`LibreOffice made no ${output} (exit ${result.status}): ${result.stderr}`)
  return output
}
