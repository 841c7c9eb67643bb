import {spawn} from 'node:child_process'
import {parseArgs} from 'node:util'
import type {Command} from './types.js'
import {optionFlags, rawOptionsFrom} from './flags.js'
import {UserError} from '../util/user-error.js'

export const editCommand: Command = {
  summary: 'open a plan or draft in the workbench, a local page to finish the easy-read version',
  usage: `easyread edit <plan or draft> [options]

Starts the workbench, a page on this computer only, and prints its address (with a secret token: keep it to
yourself). A plan (.md, .txt, .docx) is drafted first, as "easyread draft" does, into <name>.draft.md beside it
(the plan itself is never changed); a draft that exists already is opened as it is.

The page shows the draft one sentence a line with each sentence's verdict, checks a sentence again as you type,
previews the easy-read rows, lists the changes the draft made (take, undo or edit each), the glossary terms
(edit an explanation or add a term: saved in easyread-glossary/terms.yml beside the draft) and the pictures
(choose another for a row). Save writes the draft file; Export writes HTML, Word and the report as "build" does.
Stop it with Ctrl+C.

Options:
  --open                 open the page in the default browser
  --port N               listen on this port (default: any free port); always on 127.0.0.1 only
  --out DIR              where Export writes (default: the draft's folder)
  --pictures DIR         a folder with pictures.yml mapping words to PNG/SVG files, to choose from
  --glossary DIR         a folder of glossary .yml files; repeat for more (default: the shipped glossary)
  --age N                target reading age in years (default: 9)
  --config FILE          settings file (default: easyread.config.yml in the current folder, if there is one)
  Every other option of "easyread build" (fonts, colours, page size, --leave-out, …) is used for the draft and the export.`,
  async run(args, io) {
    const {values, positionals} = parseArgs({args, allowPositionals: true, options: {...optionFlags, open: {type: 'boolean'}, port: {type: 'string'}, out: {type: 'string'}, quiet: {type: 'boolean'}}})
    if (positionals.length !== 1) {
      io.err('easyread edit: give one plan or draft, e.g. easyread edit plans/riverside-local-police-plan.md')
      return 2
    }
    const port = values.port === undefined ? 0 : Number(values.port)
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError([{file: '', message: `--port must be a whole number from 0 to 65535, not "${values.port}"`}])
    const [{startWorkbench}, {findConfig}] = await Promise.all([import('../server/index.js'), import('../config.js')])
    const {server, draftPath, drafted} = await startWorkbench(positionals[0]!, {...rawOptionsFrom(values), config: findConfig(values.config)}, {port, out: values.out})
    io.out(drafted ? `drafted ${draftPath}` : `opened ${draftPath}`)
    io.out(`easyread workbench: ${server.url}`)
    io.out('Press Ctrl+C to stop.')
    if (values.open) spawn(process.platform === 'darwin' ? 'open' : 'xdg-open', [server.url], {stdio: 'ignore', detached: true}).on('error', () => io.err('easyread edit: could not open a browser; open the address above')).unref()
    await new Promise<void>((resolve) => {
      const stop = () => resolve()
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
    })
    await server.close()
    return 0
  }
}
