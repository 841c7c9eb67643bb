import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'

let collect: (() => void) | undefined

/**
 * Run a full garbage collection now. The CLI does it once a plan's stages have run, before the writers: the stages
 * leave the heap about four fifths garbage (a plan ten times the seed's: 155 MB used, some 35 MB of it live), and
 * whether V8 collected it before the Word writer allocated or let the heap grow first decided 50 MB of the peak
 * (260 or 310 MB, from one run to the next). V8 gives the function only to code that asks for it (`--expose-gc`),
 * which a context made after the flag is set does.
 */
export function collectGarbage(): void {
  if (!collect) {
    setFlagsFromString('--expose-gc')
    collect = runInNewContext('gc') as () => void
  }
  collect()
}
