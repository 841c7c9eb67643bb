import path from 'node:path'
import type {Nodes, Root} from 'mdast'
import type {Element, ElementContent} from 'hast'
import type {VFile} from 'vfile'
import {h} from 'hastscript'
import {toHtml} from 'hast-util-to-html'
import type {SentenceReport, Verdict} from '../../readability/types.js'
import {plainText} from '../../util/plain-text.js'

/** Icon and word for each verdict: colour is never the only signal. */
const marks: Record<Verdict, {icon: string; label: string}> = {
  pass: {icon: '✔', label: 'Pass'},
  warn: {icon: '⚠', label: 'Warn'},
  fail: {icon: '✖', label: 'Fail'}
}

const formulaNames: Record<string, string> = {
  fleschReadingEase: 'Flesch reading ease',
  fleschKincaidGrade: 'Flesch-Kincaid grade',
  gunningFog: 'Gunning fog',
  smog: 'SMOG',
  colemanLiau: 'Coleman-Liau',
  automatedReadability: 'Automated Readability Index',
  daleChall: 'Dale-Chall',
  spache: 'Spache'
}

const style = `
body{font-family:Arial,Helvetica,sans-serif;font-size:1.125rem;line-height:1.5;color:#1a1a1a;background:#fff;margin:0}
main{max-width:60rem;margin:0 auto;padding:1rem 1.25rem 4rem}
h1,h2,h3,h4,h5,h6{color:#0b4f8a;line-height:1.25}
.summary{display:grid;grid-template-columns:max-content auto;gap:.25rem 1rem}
.summary dt{font-weight:bold}
.summary dd{margin:0}
.sentence{position:relative;margin:.5rem 0;padding:.25rem .5rem;border-left:.4rem solid;border-radius:.2rem}
.sentence>p{margin:0}
.sentence>p:focus{outline:3px solid #0b4f8a;outline-offset:2px}
.pass{border-color:#1b5e20;background:#eef7ee}
.warn{border-color:#8a5a00;background:#fff7e0}
.fail{border-color:#a11a1a;background:#fdeeee}
.mark{display:inline-block;min-width:4.5rem;font-weight:bold;margin-right:.5rem}
.pass .mark{color:#1b5e20}.warn .mark{color:#6b4500}.fail .mark{color:#8b1a1a}
.details{display:none;position:absolute;z-index:2;left:0;right:0;top:100%;margin-top:.25rem;padding:.75rem;background:#fff;color:#1a1a1a;border:2px solid #1a1a1a;border-radius:.3rem;box-shadow:0 .2rem .6rem rgba(0,0,0,.3);font-size:1rem}
.sentence:hover .details,.sentence:focus-within .details{display:block}
.details table{border-collapse:collapse;margin-top:.5rem}
.details th,.details td{text-align:left;padding:.1rem .6rem .1rem 0;border-bottom:1px solid #ccc}
.details ul{margin:.25rem 0;padding-left:1.25rem}
.block-label{font-weight:bold;margin:1rem 0 .25rem}
@media print{.details{display:block;position:static;box-shadow:none}}
`

function round(value: number): string {
  return Number.isFinite(value) ? value.toFixed(1) : '–'
}

/** What a sentence's focus or hover shows: its verdict's reasons, then every score and reading age. */
function details(sentence: SentenceReport, id: string): Element {
  const reasons = sentence.reasons.length === 0
    ? [h('li', 'No rule found a problem, and the formulas agree.')]
    : sentence.reasons.map((reason) => h('li', [h('strong', `${reason.verdict === 'note' ? 'Note' : marks[reason.verdict].label} (${reason.ruleId}): `), reason.reason]))
  const rows = Object.entries(sentence.scores).map(([key, value]) => {
    const age = sentence.readingAges[key as keyof typeof sentence.readingAges]
    return h('tr', [h('th', {scope: 'row'}, formulaNames[key] ?? key), h('td', round(value)), h('td', age === undefined ? '–' : round(age))])
  })
  return h('div', {className: ['details'], id, role: 'tooltip'}, [
    h('p', {style: 'margin:0'}, `${marks[sentence.verdict].icon} ${marks[sentence.verdict].label}: ${sentence.counts.words} words; reading age ${round(sentence.readingAge)} (passage ${round(sentence.passageReadingAge)}); retext-readability: ${sentence.retext.formulas === null ? 'too short to judge' : `${sentence.retext.formulas} of 7 formulas say hard`}`),
    h('ul', reasons),
    h('table', [h('thead', h('tr', [h('th', {scope: 'col'}, 'Formula'), h('th', {scope: 'col'}, 'Score'), h('th', {scope: 'col'}, 'Reading age')])), h('tbody', rows)])
  ])
}

function sentenceBlock(sentence: SentenceReport, id: string): Element {
  const mark = marks[sentence.verdict]
  return h('div', {className: ['sentence', sentence.verdict], id}, [
    h('p', {tabIndex: 0, 'aria-describedby': `${id}-details`}, [h('span', {className: ['mark']}, `${mark.icon} ${mark.label}`), sentence.text]),
    details(sentence, `${id}-details`)
  ])
}

/** The plan's blocks with every sentence marked; plan headings sit under the file's own heading levels. */
function planContent(node: Nodes, sentences: readonly SentenceReport[], prefix: string): ElementContent[] {
  switch (node.type) {
    case 'heading':
      return [h(`h${Math.min(6, node.depth + 3)}`, plainText(node))]
    case 'paragraph': {
      const index = node.data?.sentence
      const sentence = index === undefined ? undefined : sentences[index]
      return sentence ? [sentenceBlock(sentence, `${prefix}-${index}`)] : plainText(node).trim() ? [h('p', plainText(node))] : []
    }
    case 'list':
      return [h(node.ordered ? 'ol' : 'ul', node.children.map((item) => h('li', item.children.flatMap((child) => planContent(child, sentences, prefix)))))]
    case 'planBlock':
      return [h('div', [h('p', {className: ['block-label']}, node.label), ...node.children.flatMap((child) => planContent(child, sentences, prefix))])]
    case 'termCallout':
      return []
    default:
      return 'children' in node ? (node.children as Nodes[]).flatMap((child) => planContent(child, sentences, prefix)) : []
  }
}

function fileSection(checked: {tree: Root; file: VFile}, number: number): Element {
  const {tree, file} = checked
  const summary = file.data.readability
  const sentences = file.data.sentences ?? []
  const prefix = `f${number}`
  const name = path.basename(file.path || 'plan')
  const percent = (count: number) => (summary && summary.sentences > 0 ? ` (${Math.round((count / summary.sentences) * 100)}%)` : '')
  return h('section', {'aria-labelledby': `${prefix}-title`}, [
    h('h2', {id: `${prefix}-title`}, file.data.title ? `${file.data.title} (${name})` : name),
    summary
      ? h('dl', {className: ['summary']}, [
          h('dt', 'Sentences'), h('dd', String(summary.sentences)),
          h('dt', `${marks.pass.icon} Pass`), h('dd', `${summary.pass}${percent(summary.pass)}`),
          h('dt', `${marks.warn.icon} Warn`), h('dd', `${summary.warn}${percent(summary.warn)}`),
          h('dt', `${marks.fail.icon} Fail`), h('dd', `${summary.fail}${percent(summary.fail)}`),
          h('dt', 'Median reading age'), h('dd', `${round(summary.medianReadingAge)} (target ${summary.targetAge})`),
          h('dt', 'Words a sentence'), h('dd', round(summary.meanWords)),
          h('dt', 'Flesch reading ease'), h('dd', round(summary.fleschReadingEase))
        ])
      : h('p', 'No sentences were checked.'),
    ...(summary && summary.hardest.length > 0
      ? [h('h3', 'The hardest sentences'), h('ol', summary.hardest.map((index) => h('li', h('a', {href: `#${prefix}-${index}`}, `${marks[sentences[index]!.verdict].label}: ${sentences[index]!.text}`))))]
      : []),
    h('h3', 'Every sentence'),
    ...planContent(tree, sentences, prefix)
  ])
}

/**
 * The readability report as one self-contained HTML page: for each file, its summary, its hardest sentences, and
 * the plan with every sentence marked by its verdict (an icon and a word as well as a colour); focusing or hovering
 * a sentence shows what decided its verdict and every formula's score and reading age.
 */
export function toHtmlReport(checked: ReadonlyArray<{tree: Root; file: VFile}>): string {
  const age = checked[0]?.file.data.readability?.targetAge ?? 9
  const page = h(null, [
    {type: 'doctype'},
    h('html', {lang: 'en-GB'}, [
      h('head', [h('meta', {charset: 'utf-8'}), h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}), h('meta', {name: 'generator', content: 'easyread'}), h('title', 'Readability report'), h('style', style)]),
      h('body', h('main', [
        h('h1', 'Readability report'),
        h('p', `Every sentence is marked ${marks.pass.icon} Pass, ${marks.warn.icon} Warn or ${marks.fail.icon} Fail for a reader with a reading age of ${age}. Move to a sentence with the Tab key, or point at it, to see what decided its mark and its scores.`),
        ...checked.map((item, number) => fileSection(item, number))
      ]))
    ])
  ])
  return toHtml(page) + '\n'
}
