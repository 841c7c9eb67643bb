import {readFileSync} from 'node:fs'

/** easyread's version, from its package.json (`src/api` and `dist/api` both sit two folders below it). */
export const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}).version
