import {accessSync, constants, statSync} from 'node:fs'
import path from 'node:path'

/**
 * The Debian package of each program a test runs; `scripts/install-test-deps.sh` installs every one of them (a test
 * checks that). A test that runs one calls `requirePrograms` first, so that a machine without it fails with the
 * package to install, never with a bare assertion; no test is skipped for it.
 */
export const debianPackages = {
  chromium: 'chromium',
  soffice: 'libreoffice-writer-nogui',
  pdfinfo: 'poppler-utils',
  pdftotext: 'poppler-utils',
  pdftoppm: 'poppler-utils',
  pandoc: 'pandoc',
  qpdf: 'qpdf',
  script: 'bsdutils'
} as const

export type Program = keyof typeof debianPackages

/** Debian's Chromium, never a downloaded browser (CHROMIUM_PATH may point elsewhere). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** How each program is started: by name through PATH, or by its path. */
const commands: Partial<Record<Program, string>> = {chromium: chromiumPath}

/** Where `program` is: its path when it names one, else the first executable file of its name on `searchPath`. */
export function findProgram(program: Program, searchPath = process.env.PATH ?? ''): string | undefined {
  const command = commands[program] ?? program
  const candidates = command.includes('/') ? [command] : searchPath.split(path.delimiter).filter(Boolean).map((folder) => path.join(folder, command))
  return candidates.find(isExecutableFile)
}

/** The message for each of `programs` that is not installed: "pandoc is not installed: apt-get install pandoc". */
export function missingPrograms(programs: readonly Program[], searchPath = process.env.PATH ?? ''): string[] {
  return programs.filter((program) => findProgram(program, searchPath) === undefined).map((program) => {
    const where = commands[program] ? ` (no ${commands[program]})` : ''
    return `${program} is not installed${where}: apt-get install ${debianPackages[program]}`
  })
}

/** Fail the test (or its `beforeAll`) before it runs a program that is not installed, naming the Debian package. */
export function requirePrograms(...programs: Program[]): void {
  const missing = missingPrograms(programs)
  if (missing.length > 0) throw new Error(`${missing.join('; ')} (bash scripts/install-test-deps.sh installs every program the tests run)`)
}

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK)
    return statSync(file).isFile()
  } catch {
    return false
  }
}
