import type {VFile} from 'vfile'

/** GitHub's workflow commands escape these in a message, and also `:` and `,` in a property. */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')

/**
 * Every finding as a GitHub Actions annotation, which shows it on the line of the pull request's file:
 * `::warning file=plan.md,line=4,col=7,endLine=4,endColumn=19,title=no-passive::Unexpected passive voice …`.
 */
export function githubAnnotations(files: readonly VFile[]): string[] {
  return files.flatMap((file) => {
    const findings = (file.data.sentences ?? []).flatMap((sentence) => sentence.findings)
    findings.sort((a, b) => a.line - b.line || a.column - b.column)
    return findings.map((finding) => {
      const place = `file=${escapeProperty(file.path)},line=${finding.line},col=${finding.column},endLine=${finding.endLine},endColumn=${finding.endColumn},title=${escapeProperty(finding.ruleId)}`
      return `::${finding.severity === 'error' ? 'error' : 'warning'} ${place}::${escapeData(finding.message)}`
    })
  })
}
