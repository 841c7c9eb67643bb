import {it} from 'vitest'
import {simplifyLines} from '/work/main/test/simplify/run.js'
import {shippedSimplifyData} from '/work/main/src/simplify/load.js'
const sentences = (process.env.PROBE ?? '').split('\n').filter(Boolean)
it('probe', async () => {
  for (const s of sentences) {
    const r = await simplifyLines(s, {plainWords: shippedSimplifyData().plainWords})
    console.log('IN  ' + s + '\nOUT ' + r.lines.join(' | ') + '\nOFF ' + r.offered.join(' || ') + '\nCH  ' + r.changes.map((c) => c.rule + ':' + c.status).join(', ') + '\n')
  }
})
