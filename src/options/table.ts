import {defaultOptions, fontSizes, formats, pageSizes, type Options} from '../options.js'

/** The commands of `easyread`. */
export type CommandName = 'build' | 'check' | 'draft' | 'edit' | 'glossary' | 'render'

/**
 * One option, declared once: the flag parser (`src/cli/flags.ts`), the config checker (`src/config.ts`), each
 * command's `--help` and the README's option table are all made from these rows. The default of a build option is
 * `defaultOptions[option]` (typed, in `src/options.ts`); `checkOptions` checks its value.
 */
export interface OptionRow {
  /** The long flag without its dashes (`font-size`). */
  flag: string
  short?: string
  type: 'string' | 'boolean'
  /** The flag may be given more than once; its values are a list. */
  multiple?: true
  /** The word standing for the value in help: N, DIR, FILE. */
  value?: string
  /** The build option the flag sets; absent for flags of the command line only (`--out`, `--quiet`). */
  option?: keyof Options
  /** The flag sets the option to false (`--no-simplify`). */
  negates?: true
  /** The colour a colour flag sets, within `colours`. */
  colour?: keyof Options['colours']
  /** The key in `easyread.config.yml`, or absent when the option has none (flags of the command line only). */
  config?: string
  /** The config value is a path (or list of paths) relative to the config file. */
  path?: 'one' | 'many'
  /** The values allowed, when they are few. */
  values?: readonly (string | number)[]
  /** The default as words, where `defaultOptions` does not say it plainly (or the option is not a build option). */
  default?: string
  help: string
  commands: readonly CommandName[]
}

const making: CommandName[] = ['build', 'draft', 'edit']
const reading: CommandName[] = ['build', 'check', 'draft', 'edit']
const inputs: CommandName[] = ['build', 'check', 'draft']

/** Every option of every command. Rows with a config key come in the order the config checker lists them. */
export const optionTable: readonly OptionRow[] = [
  {flag: 'out', short: 'o', type: 'string', value: 'DIR', default: 'output', commands: ['build'], help: 'output folder; `-` writes one format to standard output (choose it with --format)'},
  {flag: 'out', short: 'o', type: 'string', value: 'DIR', default: 'output', commands: ['draft'], help: 'output folder'},
  {flag: 'out', short: 'o', type: 'string', value: 'FILE', default: 'the terminal', commands: ['check'], help: 'write the report to FILE (never a plan it reads; `-` is standard output)'},
  {flag: 'out', short: 'o', type: 'string', value: 'DIR', default: 'the draft\'s folder', commands: ['edit'], help: 'where the workbench\'s Export writes'},
  {flag: 'out', short: 'o', type: 'string', value: 'DIR', default: '<name>-pages next to the file', commands: ['render'], help: 'the folder for the page images'},
  {flag: 'font', type: 'string', value: 'NAME', option: 'font', config: 'font', commands: making, help: 'body font'},
  {flag: 'font-size', type: 'string', value: 'N', option: 'fontSize', config: 'font-size', values: fontSizes, commands: making, help: 'body size in points'},
  {flag: 'line-spacing', type: 'string', value: 'N', option: 'lineSpacing', config: 'line-spacing', commands: making, help: 'line spacing, 1.5 to 3'},
  {flag: 'page-size', type: 'string', value: 'SIZE', option: 'pageSize', config: 'page-size', values: pageSizes, commands: making, help: 'Word page size'},
  {flag: 'colours', type: 'string', option: 'colours', config: 'colours', default: 'text 1a1a1a, background ffffff, heading 0b4f8a, callout fff4cc', commands: [], help: 'config only: a map of text, background, heading and callout colours (six hex digits); each pair read together must reach WCAG AA contrast (4.5:1)'},
  {flag: 'text-colour', type: 'string', value: 'HEX', option: 'colours', colour: 'text', commands: making, help: 'body text colour'},
  {flag: 'background-colour', type: 'string', value: 'HEX', option: 'colours', colour: 'background', commands: making, help: 'page colour'},
  {flag: 'heading-colour', type: 'string', value: 'HEX', option: 'colours', colour: 'heading', commands: making, help: 'heading colour'},
  {flag: 'callout-colour', type: 'string', value: 'HEX', option: 'colours', colour: 'callout', commands: making, help: 'colour of the box behind a term\'s explanation'},
  {flag: 'pictures', type: 'string', value: 'DIR', option: 'pictures', config: 'pictures', path: 'one', default: 'none', commands: making, help: 'a folder with pictures.yml mapping words to your own PNG/SVG files (they win over the shipped pictures)'},
  {flag: 'glossary', short: 'g', type: 'string', multiple: true, value: 'DIR', option: 'glossary', config: 'glossary', path: 'many', default: 'the shipped glossary/terms', commands: [...reading, 'glossary'], help: 'a folder of glossary .yml files; repeat for more'},
  {flag: 'age', type: 'string', value: 'N', option: 'age', config: 'age', commands: reading, help: 'target reading age in years, 5 to 18'},
  {flag: 'callouts', type: 'string', value: 'WHERE', option: 'callouts', config: 'callouts', values: ['sentence', 'section', 'end'], commands: making, help: 'where term explanations go: under the sentence, at the end of its section, or a "Words to know" list at the end'},
  {flag: 'bold-every-use', type: 'boolean', option: 'boldEveryUse', config: 'bold-every-use', commands: making, help: 'bold every use of a glossary term, not only the first'},
  {flag: 'format', short: 'f', type: 'string', value: 'LIST', option: 'formats', config: 'format', values: formats, commands: ['build', 'edit'], help: 'outputs to write, comma-separated (pdf needs LibreOffice)'},
  {flag: 'format', short: 'f', type: 'string', value: 'LIST', values: ['md', 'docx'], default: 'md', commands: ['draft'], help: 'the draft\'s form: md, docx or md,docx (Word with tracked changes)'},
  {flag: 'format', short: 'f', type: 'string', value: 'FORMAT', values: ['text', 'json', 'sarif', 'html', 'github'], default: 'text', commands: ['check'], help: 'text (grouped by file), json, sarif (SARIF 2.1.0), html (a report page) or github (annotations for GitHub Actions)'},
  {flag: 'page-count', type: 'boolean', option: 'pageCount', config: 'page-count', commands: making, help: 'count the Word pages with LibreOffice (slow) and warn above 24'},
  {flag: 'no-simplify', type: 'boolean', option: 'simplify', negates: true, config: 'simplify', default: 'simplify on', commands: making, help: 'build the plan as it is written: no split sentences, plain words, lists or plain headings (config: simplify: false)'},
  {flag: 'leave-out', type: 'string', multiple: true, value: 'HEADING', option: 'leaveOut', config: 'leave-out', default: 'none', commands: making, help: 'leave out the section with this heading (e.g. a foreword); repeat for more'},
  {flag: 'keep-only', type: 'string', multiple: true, value: 'HEADING', option: 'keepOnly', config: 'keep-only', default: 'all sections', commands: making, help: 'keep only the sections with these headings; repeat for more'},
  {flag: 'we', type: 'string', multiple: true, value: 'NAME', option: 'we', config: 'we', default: 'the name the plan\'s performance measures ask about', commands: making, help: 'the name of the body that wrote the plan, written as "we"; repeat for more'},
  {flag: 'block-headings', type: 'string', option: 'blockHeadings', config: 'block-headings', default: 'glossary/simplify-headings.yml', commands: [], help: 'config only: plain headings of plan blocks by kind (objective, activity, milestones, update, measures)'},
  {flag: 'rule', type: 'string', multiple: true, value: 'ID=off', option: 'rules', config: 'rules', default: 'all on', commands: making, help: 'turn a simplify rule off (or on) by its id, e.g. --rule tail-including=off; repeat for more (config: a map, rules: {tail-including: off})'},
  {flag: 'select', type: 'string', value: 'on|off', option: 'select', config: 'select', default: 'on', commands: making, help: 'choose what an easy read keeps within the budget; off keeps every section and sentence (also off with --no-simplify)'},
  {flag: 'pages', type: 'string', value: 'N', option: 'pages', config: 'pages', commands: making, help: 'keep the easy read within N Word pages at the type settings'},
  {flag: 'words', type: 'string', value: 'N', option: 'words', config: 'words', default: 'none: the budget is in pages', commands: making, help: 'keep it within N words instead of pages'},
  {flag: 'select-data', type: 'string', value: 'FILE', option: 'selectData', config: 'select-data', path: 'one', default: 'glossary/select.yml', commands: making, help: 'your own select.yml: the words that give sections their roles, the opening\'s wording'},
  {flag: 'title', type: 'string', value: 'TEXT', option: 'title', default: 'the plan\'s first heading, else the file name', commands: making, help: 'the document\'s title'},
  {flag: 'picture-width', type: 'string', value: 'CM', option: 'pictureWidth', commands: making, help: 'width of a row\'s picture in Word, 2.5 to 6 cm; the HTML row gives its picture the same share'},
  {flag: 'reference-docx', type: 'string', value: 'FILE', option: 'referenceDocx', default: 'none', commands: making, help: 'your organisation\'s Word template: its styles, fonts, colours, page, headers and footers are used'},
  {flag: 'config', short: 'c', type: 'string', value: 'FILE', option: 'config', default: 'easyread.config.yml in this folder or the nearest parent (up to a .git folder)', commands: reading, help: 'the settings file to read'},
  {flag: 'name', type: 'string', value: 'NAME', default: 'stdin.md', commands: inputs, help: 'the file name of a plan read from standard input (`-`): its kind and the outputs\' names'},
  {flag: 'max-warnings', type: 'string', value: 'N', default: 'no limit', commands: ['check'], help: 'also exit 1 when there are more than N warnings'},
  {flag: 'force', type: 'boolean', commands: [...inputs, 'render'], help: 'replace existing output files that easyread did not make (without it they are kept, and nothing is written)'},
  {flag: 'open', type: 'boolean', commands: ['edit'], help: 'open the page in the default browser'},
  {flag: 'port', type: 'string', value: 'N', default: 'any free port', commands: ['edit'], help: 'listen on this port, always on 127.0.0.1 only'},
  {flag: 'dpi', type: 'string', value: 'N', default: '96', commands: ['render'], help: 'resolution of the page images, 24 to 600'},
  {flag: 'first', type: 'string', value: 'N', default: '1', commands: ['render'], help: 'the first page to render'},
  {flag: 'last', type: 'string', value: 'N', default: 'the last page', commands: ['render'], help: 'the last page to render'},
  {flag: 'quiet', short: 'q', type: 'boolean', commands: ['build', 'check', 'draft', 'edit', 'glossary', 'render'], help: 'print only errors: no warnings, summary or progress'},
  {flag: 'verbose', type: 'boolean', commands: ['build', 'check', 'draft', 'edit', 'glossary', 'render'], help: 'also print notes, and which config file was used'},
  {flag: 'help', short: 'h', type: 'boolean', commands: ['build', 'check', 'draft', 'edit', 'glossary', 'render'], help: 'print this help'}
]

/** The rows of one command, in table order. */
export function rowsOf(command: CommandName): OptionRow[] {
  return optionTable.filter((row) => row.commands.includes(command))
}

/** The rows with a config key, in table order (one per key). */
export function configRows(): OptionRow[] {
  return optionTable.filter((row): row is OptionRow & {config: string} => row.config !== undefined)
}

/** The default of a row in words: its own, else the build option's default (`off` for a switch, lists comma-separated). */
export function shownDefault(row: OptionRow): string | undefined {
  if (row.default !== undefined) return row.default
  const value = row.colour ? `#${defaultOptions.colours[row.colour].toLowerCase()}` : row.option === undefined ? undefined : defaultOptions[row.option]
  if (value === undefined) return undefined
  if (typeof value === 'boolean') return value ? 'on' : 'off'
  return Array.isArray(value) ? value.join(',') : String(value)
}
