#!/usr/bin/env node
// A run of easyread lasts about a second, too short for most of V8's optimising compiles (TurboFan, on a thread of
// its own) to pay back: with the tier-up budget about 15 times V8's default only the hottest functions are
// optimised, and a seed build takes a quarter less cpu at the same wall time or less (README, "Tests and benchmarks"). The flag
// must be set before the code it applies to is loaded, so the CLI is imported after it.
import {setFlagsFromString} from 'node:v8'

setFlagsFromString('--interrupt-budget=1000000')
const {main} = await import('../dist/bundle/cli.js')
process.exitCode = await main(process.argv.slice(2))
