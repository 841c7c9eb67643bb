import type {SplitRule} from '../tails.js'
import {whoCuts} from '../tail-phrases.js'

/** “…, who is …” made “This person is …”. */
export const splitWho: SplitRule = {id: 'split-who', family: 'split', confidence: 0.8, summary: '“…, who is …” made “This person is …”', cuts: whoCuts}
