import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Browser, LibreOffice and validator tests start real programs; give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // A page's status after a click is polled: 1 s (vitest's default) is too short while both cores are busy (a
    // "Take all" of 26 changes timed out so in a loaded run). A wrong state still fails, after 10 s.
    expect: {poll: {timeout: 10_000}},
    fileParallelism: true,
    maxWorkers: 2
  }
})
