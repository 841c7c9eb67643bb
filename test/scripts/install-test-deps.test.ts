import {readFile, writeFile, chmod} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {temporaryFolder} from '../helpers/cli.js'
import {root} from '../helpers/paths.js'
import {chromiumPath, debianPackages, findProgram, missingPrograms, requirePrograms, type Program} from '../helpers/programs.js'

/** The script's checks: each `command -v PROGRAM … missing+=(PACKAGE)` line, as [program, package]. */
async function scriptChecks(): Promise<Array<[string, string]>> {
  const script = await readFile(path.join(root, 'scripts', 'install-test-deps.sh'), 'utf8')
  return [...script.matchAll(/^command -v (\S+) .*\|\| missing\+=\(([^)]+)\)$/gm)].map((match) => [match[1]!, match[2]!])
}

describe('the programs the tests run, and scripts/install-test-deps.sh', () => {
  test('the script installs the package of every program a test runs, the one its failure message names', async () => {
    const checks = await scriptChecks()
    expect(checks.map(([program]) => program)).toEqual(['chromium', 'soffice', 'pdftoppm', 'pandoc', 'qpdf', 'script'])
    for (const [program, debian] of checks) expect(debianPackages[program as Program]).toBe(debian)
    const installed = new Set(checks.map(([, debian]) => debian))
    for (const debian of Object.values(debianPackages)) expect(installed).toContain(debian)
  })

  test('after the script, every program is there', () => {
    expect(missingPrograms(Object.keys(debianPackages) as Program[])).toEqual([])
    expect(() => requirePrograms('pandoc', 'soffice', 'pdfinfo', 'pdftotext', 'pdftoppm', 'chromium')).not.toThrow()
  })

  test('a program missing from PATH is named with the Debian package to install', async () => {
    const empty = await temporaryFolder('easyread-no-programs-')
    expect(missingPrograms(['pandoc', 'soffice', 'pdfinfo'], empty)).toEqual([
      'pandoc is not installed: apt-get install pandoc',
      'soffice is not installed: apt-get install libreoffice-writer-nogui',
      'pdfinfo is not installed: apt-get install poppler-utils'
    ])
  })

  test('a program is found as an executable file on PATH, never as a plain file or a folder; Chromium by its path', async () => {
    const [plain, executable] = [await temporaryFolder('easyread-plain-'), await temporaryFolder('easyread-bin-')]
    await writeFile(path.join(plain, 'pandoc'), '')
    await writeFile(path.join(executable, 'pandoc'), '#!/bin/sh\n')
    await chmod(path.join(executable, 'pandoc'), 0o755)
    const searchPath = [plain, path.join(plain, 'nothing'), executable].join(path.delimiter)
    expect(findProgram('pandoc', searchPath)).toBe(path.join(executable, 'pandoc'))
    expect(findProgram('pandoc', plain)).toBeUndefined()
    expect(findProgram('chromium', '')).toBe(chromiumPath)
  })
})
