import type {VFile} from 'vfile'

/** A few lines for the terminal after a build: how many sentences pass, warn and fail, and the terms explained. */
export function summaryLines(file: VFile): string[] {
  const summary = file.data.readability
  if (!summary) return []
  const share = (count: number) => (summary.sentences === 0 ? '0%' : `${Math.round((count / summary.sentences) * 100)}%`)
  const explained = (file.data.glossary ?? []).filter((use) => use.explained !== 'by-text').length
  return [
    `${summary.sentences} sentences: ${summary.pass} pass (${share(summary.pass)}), ${summary.warn} warn (${share(summary.warn)}), ${summary.fail} fail (${share(summary.fail)}) at reading age ${summary.targetAge}`,
    `${summary.meanWords.toFixed(1)} words a sentence on average; median reading age ${summary.medianReadingAge.toFixed(1)}; Flesch reading ease ${summary.fleschReadingEase.toFixed(0)}`,
    `${explained} glossary terms explained where they are first used`
  ]
}
