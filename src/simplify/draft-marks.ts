import type {Heading, List, Paragraph, Parent, Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {PlanBlock, PlanBlockKind} from '../types.js'

/**
 * How a draft is recognised: `easyread draft` writes this HTML comment as the draft's first line. A Markdown plan
 * that holds it is a draft a writer has edited: the simplify stage leaves its words alone.
 */
export const draftMarker = '<!-- easyread-draft'
/** Before the heading of each plan block, so that the built draft lays it out as a plan block again. */
export const blockMarker = (kind: PlanBlockKind) => `<!-- easyread-block: ${kind} -->`
/** Before a sentence that still fails the checker, saying why. */
export const checkMarker = '<!-- easyread-check:'
/** Under a sentence, a change the simplify stage offers but did not make: `<!-- easyread-suggest [rule-id]: the suggested text -->`. */
export const suggestMarker = (rule: string) => `<!-- easyread-suggest [${rule}]:`

/** Before a row's first sentence: the picture the writer chose for it in the workbench (an icon name, `none`, or `file PATH`). */
export const pictureMarker = (choice: string) => `<!-- easyread-picture: ${choice} -->`

const picturePattern = /^<!-- easyread-picture: ([^>]*?) -->$/
const blockPattern = /^<!-- easyread-block: (objective|activity|milestones|update|measures) -->$/
// A left-out sentence's comment (select/left-out-marks.ts) the writer did not restore goes too.
const ownComment = /^<!-- easyread-(?:draft|block|check|picture|suggest|left-out)\b[\s\S]*-->\s*$/

export function isDraft(tree: Root): boolean {
  return tree.children.some((child) => child.type === 'html' && child.value.startsWith(draftMarker))
}

/**
 * Turn a draft's marks back into structure: each block mark and the heading after it become a `planBlock` (the heading
 * is its label) holding the paragraphs and lists up to the next mark or heading; easyread's own comments are removed
 * (the writer's other HTML stays, and the writers report it).
 */
export function restoreDraft(tree: Root): void {
  attachPictures(tree)
  const result: RootContent[] = []
  const children = tree.children
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    const block = child.type === 'html' ? blockPattern.exec(child.value.trim()) : null
    if (block) {
      const heading = children[index + 1]
      const label = heading?.type === 'heading' ? toString(heading as Heading) : ''
      if (heading?.type === 'heading') index++
      const node: PlanBlock = {type: 'planBlock', kind: block[1] as PlanBlockKind, label, children: [], position: child.position}
      while (index + 1 < children.length) {
        const next = children[index + 1]!
        if (next.type === 'html' && ownComment.test(next.value)) {
          if (blockPattern.test(next.value.trim())) break
          index++
          continue
        }
        if (next.type !== 'paragraph' && next.type !== 'list') break
        node.children.push(next as Paragraph | List)
        index++
      }
      result.push(node)
      continue
    }
    if (child.type === 'html' && ownComment.test(child.value)) continue
    result.push(child)
  }
  tree.children = result
  removeOwnComments(tree)
}

/** A picture mark goes onto the paragraph or list after it (`data.chosenPicture`), for the layout stage. */
function attachPictures(tree: Root): void {
  tree.children.forEach((child, index) => {
    const choice = child.type === 'html' ? picturePattern.exec(child.value.trim())?.[1] : undefined
    const next = tree.children[index + 1]
    if (choice && (next?.type === 'paragraph' || next?.type === 'list')) next.data = {...next.data, chosenPicture: choice.trim()}
  })
}

/** easyread's check comments inside lists and blocks go too. */
function removeOwnComments(parent: Parent): void {
  parent.children = (parent.children as RootContent[]).filter((child) => !(child.type === 'html' && ownComment.test(child.value))) as Parent['children']
  for (const child of parent.children as RootContent[]) if ('children' in child) removeOwnComments(child as Parent)
}
