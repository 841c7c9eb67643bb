import {parseArgs} from 'node:util'
import type {Command} from './types.js'

export const glossaryCommand: Command = {
  summary: 'check glossary files, or suggest entries for the hard words of a plan',
  usage: `easyread glossary check [DIR…]
easyread glossary suggest <plan> [--glossary DIR]

check     validates the glossary files in each folder (default: the shipped glossary/terms): YAML syntax, missing,
          empty or unknown fields, terms or aliases defined twice. Problems are printed as file:line:col; exit 2.
          Then judges every \`means\` by the easy-read rules, like a plan's sentences: warnings are printed
          (--quiet leaves them out); an explanation that fails the rules exits 1.
suggest   lists the hard words, phrases and acronyms a plan uses that no glossary entry explains, most used first,
          with how often and the line of first use, as YAML entries ready to fill in (print them to a file with >).
          Reads every format build reads (.md, .txt, .docx).`,
  async run(args, io) {
    const [action, ...rest] = args
    const {values, positionals} = parseArgs({args: rest, allowPositionals: true, options: {glossary: {type: 'string', multiple: true}, quiet: {type: 'boolean'}}})
    const [{checkGlossary, suggestTerms}, {formatProblem}] = await Promise.all([import('../api/glossary.js'), import('../util/result.js')])
    if (action === 'check') {
      const {entries, files, means} = await checkGlossary(positionals.length > 0 ? positionals : undefined)
      io.out(`${entries.length} glossary entries in ${files.length} file${files.length === 1 ? '' : 's'}: no problems found`)
      // The explanations must be easy read themselves: judged like a plan's sentences.
      if (!values.quiet) for (const problem of means.warn) io.out(`${formatProblem(problem)}  warning  ${problem.ruleId}`)
      for (const problem of means.fail) io.err(`${formatProblem(problem)}  error  ${problem.ruleId}`)
      io.out(`Explanations: ${means.sentences} sentences, ${means.failing} failing the easy-read rules, ${means.warn.length} warnings`)
      return means.failing > 0 ? 1 : 0
    }
    if (action === 'suggest') {
      if (positionals.length !== 1) {
        io.err('easyread glossary suggest: give one plan file, e.g. easyread glossary suggest plans/riverside-local-police-plan.md')
        return 2
      }
      io.out((await suggestTerms(positionals[0]!, {glossary: values.glossary})).yaml)
      return 0
    }
    io.err('easyread glossary: say "check [DIR…]" or "suggest <plan>". See "easyread glossary --help"')
    return 2
  }
}
