import type {VFile} from 'vfile'
import {pagePlace} from '../../read/pdf-place.js'

/** Round to 2 places, keeping the JSON short and stable. */
function round(value: number): number | null {
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : null
}

/**
 * The readability report as JSON: the summary, every term explained, every sentence with its counts,
 * raw formula values, reading ages, verdict and findings, and every message with its place.
 */
export function toJsonReport(file: VFile): string {
  // A PDF's places also name the page and the line on it.
  const page = (line: number | undefined) => {
    const place = line === undefined ? undefined : pagePlace(file, line, 1)
    return place?.page === undefined ? {} : {page: place.page, pageLine: place.line}
  }
  const sentences = (file.data.sentences ?? []).map((sentence) => ({
    ...sentence,
    ...page(sentence.line),
    scores: Object.fromEntries(Object.entries(sentence.scores).map(([key, value]) => [key, round(value)])),
    readingAges: Object.fromEntries(Object.entries(sentence.readingAges).map(([key, value]) => [key, round(value ?? Number.NaN)])),
    readingAge: round(sentence.readingAge)
  }))
  const summary = file.data.readability
  const report = {
    // The mark of our outputs: a later build replaces this file, and no file without it (util/ours.ts).
    generator: 'easyread',
    file: file.path,
    title: file.data.title,
    summary: summary && {...summary, meanWords: round(summary.meanWords), medianReadingAge: round(summary.medianReadingAge), fleschReadingEase: round(summary.fleschReadingEase)},
    glossary: file.data.glossary ?? [],
    // Every change the simplify stage made, for the writer to review (absent with --no-simplify or for a draft).
    changes: file.data.changes ?? [],
    // What the select stage kept (budget, estimate, left out by role) and every sentence it left out.
    select: file.data.select ?? null,
    leftOut: file.data.leftOut ?? [],
    boxes: file.data.boxes ?? 0,
    pages: file.data.pages ?? null,
    sentences,
    messages: file.messages.map((message) => ({
      line: message.line ?? null,
      column: message.column ?? null,
      ...page(message.line ?? undefined),
      severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
      ruleId: message.ruleId ?? null,
      source: message.source ?? null,
      message: message.reason
    }))
  }
  return JSON.stringify(report, null, 2) + '\n'
}
