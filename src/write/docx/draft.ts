import {CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, HeadingLevel, InsertedTextRun, Paragraph, TextRun, type ICommentOptions, type IParagraphOptions, type ParagraphChild} from 'docx'
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {PlanBlockKind} from '../../types.js'
import {documentNumbering, documentStyles, numberingReferences, type DocxStyleOptions} from './styles.js'
import {finishPackage, packageDate, packageParts} from './finish.js'
import {draftLines, type DraftLine, type Piece} from './draft-lines.js'
import {placeChanges, wordChanges, type ChangeRecord} from './draft-changes.js'

/** Who made the tracked changes and comments, as Word's review pane shows it. */
export const reviewAuthor = 'easyread'
/** The keyword that marks a Word file as an easyread draft: `easyread build` reads it back as the writer left it. */
export const draftKeyword = 'easyread-draft'
/** The paragraph style of each plan block's heading, so the block is known again when the draft is read back (name and id alike: LibreOffice makes ids from names). */
export const blockStyle = (kind: PlanBlockKind) => `EasyreadBlock${kind.charAt(0).toUpperCase()}${kind.slice(1)}`
/** The paragraph style of a list item's paragraph after its first (under the bullet, without one). */
export const listContinueStyle = 'EasyreadListContinue'
export const blockKinds: readonly PlanBlockKind[] = ['objective', 'activity', 'milestones', 'update', 'measures']

const headingLevels = [HeadingLevel.TITLE, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5] as const

/**
 * The draft as a Word file for review: the simplified plan, in which every change easyread made is a tracked change
 * (the plan's words deleted, the new words inserted, by "easyread", with a comment naming the rule), a section or
 * sentence left out is a tracked deletion, and a change a rule only offered is a comment. Accepting all gives the
 * draft, rejecting all gives the plan's own words; `easyread build` reads the reviewed file back.
 */
export async function toDraftDocx(tree: Root, file: VFile, from: string, options: DocxStyleOptions): Promise<Uint8Array> {
  const lines = draftLines(tree, file)
  const placed = placeChanges(lines, file)
  const place = location(file)
  const offsetOf = (change: ChangeRecord) => (change.line !== undefined && change.column !== undefined ? place.toOffset({line: change.line, column: change.column}) ?? 0 : 0)
  const comments: ICommentOptions[] = []
  let revision = 0
  const mark = () => ({id: ++revision, author: reviewAuthor, date: packageDate.toISOString()})
  const comment = (text: string) => {
    const id = comments.length
    comments.push({id, author: reviewAuthor, initials: 'ER', date: packageDate, children: [new Paragraph({children: [new TextRun(text)]})]})
    return id
  }
  const reference = (id: number) => new TextRun({children: [new CommentReference(id)]})
  const runs = (pieces: readonly Piece[], how: 'plain' | 'inserted'): ParagraphChild[] =>
    pieces.map((piece) => (how === 'plain' ? new TextRun({text: piece.text, bold: piece.bold}) : new InsertedTextRun({...mark(), text: piece.text, bold: piece.bold})))
  const deleted = (text: string) => new DeletedTextRun({...mark(), text})
  const ruleList = (changes: readonly ChangeRecord[]) => changes.map((change) => change.rule).join(', ')

  const paragraphs: Paragraph[] = []
  const removalsBefore = (index: number) => {
    for (const removal of placed.removals.filter((entry) => entry.before === index)) {
      const id = comment(`easyread left this out (${removal.note}). Reject the deletion to keep it.`)
      removal.paragraphs.forEach((words, at) => paragraphs.push(new Paragraph({
        run: {deletion: mark()},
        children: [...(at === 0 ? [new CommentRangeStart(id)] : []), deleted(words), ...(at === removal.paragraphs.length - 1 ? [new CommentRangeEnd(id), reference(id)] : [])]
      })))
    }
  }
  // The lines of a group after its first are inserted; all but the group's last have an inserted paragraph mark.
  const inGroup = new Map<number, {last: boolean; id: number}>()
  lines.forEach((line, index) => {
    removalsBefore(index)
    let children: ParagraphChild[]
    let insertedMark = false
    const group = placed.groups.get(index)
    const member = inGroup.get(index)
    const label = placed.labels.get(index)
    if (group) {
      const spans = group.lines.length === 1 ? wordChanges(line, group.original, group.changes, offsetOf) : undefined
      if (spans) {
        children = []
        let at = 0
        for (const span of spans) {
          const id = comment(`easyread: ${span.change.rule}`)
          children.push(...runs(slicePieces(line.pieces, at, span.start), 'plain'), new CommentRangeStart(id), deleted(span.change.before), ...runs(slicePieces(line.pieces, span.start, span.end), 'inserted'), new CommentRangeEnd(id), reference(id))
          at = span.end
        }
        children.push(...runs(slicePieces(line.pieces, at, Infinity), 'plain'))
      } else {
        const id = comment(`easyread: ${ruleList(group.changes)}`)
        const last = group.lines.length === 1
        children = [new CommentRangeStart(id), deleted(group.original), ...runs(line.pieces, 'inserted'), ...(last ? [new CommentRangeEnd(id), reference(id)] : [])]
        insertedMark = !last
        group.lines.slice(1).forEach((other, at) => inGroup.set(other, {last: at === group.lines.length - 2, id}))
      }
    } else if (member) {
      children = [...runs(line.pieces, 'inserted'), ...(member.last ? [new CommentRangeEnd(member.id), reference(member.id)] : [])]
      insertedMark = !member.last
    } else if (label) {
      const id = comment(`easyread: ${label.rule}`)
      children = [new CommentRangeStart(id), deleted(label.before), ...runs(line.pieces, 'inserted'), new CommentRangeEnd(id), reference(id)]
    } else children = runs(line.pieces, 'plain')
    for (const offer of placed.offers.filter((entry) => entry.line === index)) {
      const id = comment(`easyread suggests (${offer.change.rule}): ${offer.change.after}`)
      children = [new CommentRangeStart(id), ...children, new CommentRangeEnd(id), reference(id)]
    }
    paragraphs.push(new Paragraph({...lineStyle(line), ...(insertedMark ? {run: {insertion: mark()}} : {}), children}))
  })
  removalsBefore(lines.length)
  for (const change of placed.unplaced) file.info(`The ${change.rule} change “${change.after.slice(0, 40)}” has no place in the plan: the Word draft shows it untracked`, {ruleId: 'draft-docx', source: 'easyread'})

  const styles = documentStyles(options)
  const document = new Document({
    title: file.data.title ?? 'Easy read draft',
    subject: `Easy read draft of ${from}`,
    description: 'Review the changes easyread made (accept or reject each), edit the words, then run "easyread build" on this file.',
    keywords: draftKeyword,
    creator: reviewAuthor,
    lastModifiedBy: reviewAuthor,
    styles: {...styles, paragraphStyles: [...(styles.paragraphStyles ?? []), ...blockKinds.map((kind) => ({id: blockStyle(kind), name: blockStyle(kind), basedOn: 'Heading2', next: 'Normal', quickFormat: true})), {id: listContinueStyle, name: listContinueStyle, basedOn: 'Normal', next: 'Normal'}]},
    numbering: documentNumbering(),
    comments: {children: comments},
    features: {trackRevisions: true},
    sections: [{children: paragraphs}]
  })
  return finishPackage(await packageParts(document), {language: 'en-GB'})
}

/** A line's paragraph style: a heading level, a plan block's heading, a list item's numbering. */
function lineStyle(line: DraftLine): Partial<IParagraphOptions> {
  if (line.kind === 'heading') return {heading: headingLevels[(line.depth ?? 2) - 1] ?? HeadingLevel.HEADING_5}
  if (line.kind === 'block') return {style: blockStyle(line.block!)}
  if (line.list?.continued) return {style: listContinueStyle, indent: {left: 720 * (line.list.level + 1)}}
  if (line.list) return {numbering: {reference: line.list.ordered ? numberingReferences.ordered : numberingReferences.bullet, instance: line.list.instance, level: Math.min(line.list.level, 5)}}
  return {}
}

/** The pieces of a line's words from one offset to another, keeping each piece's weight. */
function slicePieces(pieces: readonly Piece[], start: number, end: number): Piece[] {
  const result: Piece[] = []
  let at = 0
  for (const piece of pieces) {
    const from = Math.max(start, at)
    const to = Math.min(end, at + piece.text.length)
    if (to > from) result.push({text: piece.text.slice(from - at, to - at), bold: piece.bold})
    at += piece.text.length
  }
  return result
}
