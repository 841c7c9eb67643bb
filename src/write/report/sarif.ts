import {realpathSync} from 'node:fs'
import path from 'node:path'
import type {VFile} from 'vfile'
import {rules} from '../../readability/rules/index.js'
import {readingAgeMargin} from '../../readability/verdict.js'

/** The easy-read rules and the formula signal, as SARIF rule descriptors. */
function descriptors() {
  const all = [
    ...rules.map((rule) => ({id: rule.id, summary: rule.summary, standard: rule.standard})),
    {id: 'reading-age', summary: `The readability formulas' reading age, for the sentence and its passage, no more than ${readingAgeMargin.warn} years above the target`, standard: 'GOV.UK / GDS practice (reading age 9); WCAG 2.x SC 3.1.5'}
  ]
  return all.map((rule) => ({
    id: rule.id,
    name: rule.id.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase()),
    shortDescription: {text: rule.summary},
    fullDescription: {text: `${rule.summary}. From: ${rule.standard}.`},
    help: {text: `${rule.summary}. See the README's "Readability" section.`},
    properties: {standard: rule.standard, tags: ['readability', 'easy-read']}
  }))
}

/**
 * A path with its symlinks resolved, as the operating system gives the working folder (`process.cwd()`), so that
 * both sides of a relative path are spelt alike; the path as it is when it does not exist.
 */
function realPath(file: string): string {
  try {
    return realpathSync(file)
  } catch {
    return file
  }
}

/** A path as SARIF wants it: relative to where the check ran, with forward slashes. */
function uriOf(file: VFile, cwd: string): string {
  const relative = path.relative(cwd, realPath(path.resolve(cwd, file.path)))
  return relative.split(path.sep).map(encodeURIComponent).join('/')
}

/**
 * The findings of every file as one SARIF 2.1.0 log, for code scanning in CI (GitHub, Azure DevOps): one run of
 * the tool "easyread", its rules with the guidance each comes from, and a result per finding with its region.
 */
export function toSarif(files: readonly VFile[], version: string, where = process.cwd()): string {
  const cwd = realPath(where)
  const ruleList = descriptors()
  const results = files.map((file) => ({file, uri: uriOf(file, cwd)})).flatMap(({file, uri}) => (file.data.sentences ?? []).flatMap((sentence) => sentence.findings.map((finding) => ({
    ruleId: finding.ruleId,
    ruleIndex: ruleList.findIndex((rule) => rule.id === finding.ruleId),
    level: finding.severity,
    message: {text: finding.message},
    locations: [{
      physicalLocation: {
        artifactLocation: {uri, uriBaseId: '%SRCROOT%'},
        region: {startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn, snippet: {text: finding.actual}}
      }
    }],
    properties: {sentence: sentence.text, verdict: sentence.verdict, ...(finding.expected === undefined ? {} : {expected: finding.expected})}
  }))))
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {driver: {name: 'easyread', version, rules: ruleList}},
      originalUriBaseIds: {'%SRCROOT%': {uri: `file://${cwd.split(path.sep).map(encodeURIComponent).join('/')}/`}},
      results
    }]
  }
  return JSON.stringify(log, null, 2) + '\n'
}
