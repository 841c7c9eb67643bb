import {spawnSync} from 'node:child_process'
import {mkdtemp, readdir, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {writeFileAtomic} from '../../src/util/write-file.js'

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
