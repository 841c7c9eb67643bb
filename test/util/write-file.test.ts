import {spawnSync} from 'node:child_process'
import {mkdtemp, readdir, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {writeFileAtomic, writeOutputs} from '../../src/util/write-file.js'

describe('writeFileAtomic', () => {
  test('removes the temporary file a killed build left beside its target, and keeps a running one’s', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'easyread-write-'))
    // A process that has ended: its pid no longer runs (as after kill -9 midway through a write).
    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {encoding: 'utf8'})
    const deadPid = Number(ended.stdout)
    const left = `.plan.html.${deadPid}.1700000000000.tmp`
    const live = `.plan.html.${process.pid}.1700000000001.tmp`
    const other = `.other.html.${deadPid}.1700000000000.tmp`
    for (const name of [left, live, other]) await writeFile(path.join(folder, name), 'half a page')

    await writeFileAtomic(path.join(folder, 'plan.html'), '<p>whole</p>')

    expect(await readFile(path.join(folder, 'plan.html'), 'utf8')).toBe('<p>whole</p>')
    expect((await readdir(folder)).sort()).toEqual([live, other, 'plan.html'].sort())
  })
})

describe('writeOutputs and the signals', () => {
  test('SIGINT and SIGTERM are caught from the first file of a batch to its last, with no gap between files', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'easyread-write-'))
    const changes: string[] = []
    const added = (event: string | symbol) => {
      if (event === 'SIGTERM' || event === 'SIGINT') changes.push(`caught ${String(event)} (${process.listenerCount(event)} before)`)
    }
    const removed = (event: string | symbol) => {
      if (event === 'SIGTERM' || event === 'SIGINT') changes.push(`let go ${String(event)} (${process.listenerCount(event)} after)`)
    }
    process.on('newListener', added)
    process.on('removeListener', removed)
    try {
      const written = await writeOutputs(['plan.html', 'plan.docx', 'plan.report.json'].map((name) => [path.join(folder, name), name] as const), {inputs: [], onInput: 'refuse'})
      expect(written).toHaveLength(3)
    } finally {
      process.off('newListener', added)
      process.off('removeListener', removed)
    }
    // A handler removed and added again between two files left a moment when the signal took its default action.
    expect(changes).toEqual(['caught SIGINT (0 before)', 'caught SIGTERM (0 before)', 'let go SIGINT (0 after)', 'let go SIGTERM (0 after)'])
    expect((await readdir(folder)).sort()).toEqual(['plan.docx', 'plan.html', 'plan.report.json'])
  })
})
