import {describe, expect, test} from 'vitest'
import {createMatcher} from '../../src/glossary/match.js'
import type {GlossaryEntry} from '../../src/glossary/types.js'

const entry = (term: string, aliases: string[] = []): GlossaryEntry => ({id: term.toLowerCase().replace(/ /g, '-'), term, aliases, means: `${term} means something.`, source: {file: 'test.yml', line: 1, column: 1}})
const matcher = createMatcher([
  entry('councillor'),
  entry('hotspot', ['hot spot']),
  entry('multiagency', ['multi-agency']),
  entry('scrutiny board', ['scrutiny committee']),
  entry('board'),
  entry('mitigate'),
  entry('Community Planning Partners', ['community planning partnership']),
  entry('mentoring'),
  entry('mentor'),
  entry('anti-social behaviour'),
  entry('Police Scotland'),
  entry('Scottish Police Authority', ['SPA']),
  entry('agency'),
  entry('social'),
  entry('embed'),
  entry('proactive'),
  entry('accessible'),
  entry('strategic')
])

/** Each case: a text, and the terms found in it as `id:matched words`. */
const cases: Array<[string, string, string[]]> = [
  ['plural', 'Two councillors met.', ['councillor:councillors']],
  ['plural of a joined word', 'crime hotspots', ['hotspot:hotspots']],
  ['space variant', 'a hot spot for crime', ['hotspot:hot spot']],
  ['hyphen variant', 'a multi-agency plan', ['multiagency:multi-agency']],
  ['space for the hyphen', 'a multi agency plan', ['multiagency:multi agency']],
  ['joined form', 'our multiagency plan', ['multiagency:multiagency']],
  ['joined only at the hyphen', 'antisocial behaviour and anti social behaviour', ['anti-social-behaviour:antisocial behaviour', 'anti-social-behaviour:anti social behaviour']],
  ['case', 'COUNCILLOR Smith and Councillor Jones', ['councillor:COUNCILLOR', 'councillor:Councillor']],
  ['inflected verb', 'to mitigate, mitigating and mitigated risks', ['mitigate:mitigate', 'mitigate:mitigating', 'mitigate:mitigated']],
  ['longest match wins', 'the scrutiny board and the board', ['scrutiny-board:scrutiny board', 'board:board']],
  ['alias of a longer term', 'a scrutiny committee', ['scrutiny-board:scrutiny committee']],
  ['a term across a line break', 'the scrutiny\nboard', ['scrutiny-board:scrutiny\nboard']],
  ['not inside another word', 'onboarding, dashboard, hotspotting', []],
  ['possessive', "the councillor's office", ['councillor:councillor']],
  ['plural alias', 'Community Planning Partnerships met', ['community-planning-partners:Community Planning Partnerships']],
  ['own name beats a form of another term', 'a mentoring scheme and a mentor', ['mentoring:mentoring', 'mentor:mentor']],
  ['proper name', 'Police Scotland works here', ['police-scotland:Police Scotland']],
  ['punctuation between words breaks a term', 'scrutiny, board', ['board:board']],
  ['curly possessive', 'Police Scotland’s vision', ['police-scotland:Police Scotland']],
  ['plural possessive', 'the councillors’ meeting', ['councillor:councillors']],
  ['a plural in brackets', 'each Community Planning Partnership(s) plan', ['community-planning-partners:Community Planning Partnership(s)']],
  ['an acronym only in capitals', 'the SPA and the spa', ['scottish-police-authority:SPA']],
  ['an acronym’s plural and possessive', 'SPAs and the SPA’s role', ['scottish-police-authority:SPAs', 'scottish-police-authority:SPA']],
  ['never part of a hyphenated word', 'non-councillor, agency-led and anti-social', []],
  ['a spaced dash is no hyphen', 'multi – agency', ['agency:agency']],
  ['a doubled consonant', 'embedded and embedding', ['embed:embedded', 'embed:embedding']],
  ['the -ly form of an adjective', 'we work proactively, accessibly and strategically', ['proactive:proactively', 'accessible:accessibly', 'strategic:strategically']],
  ['never inside a web address', 'see www.example.org/councillor-hotspots or https://example.org/scrutiny-board', []],
  ['never inside a mail address', 'write to councillor@example.org', []],
  ['a link’s text outside its address', 'https://example.org/board is the scrutiny board site', ['scrutiny-board:scrutiny board']]
]

describe('matching glossary terms', () => {
  test.each(cases)('%s: %j', (_name, text, expected) => {
    expect(matcher.find(text).map((match) => `${match.entry.id}:${text.slice(match.start, match.end)}`)).toEqual(expected)
  })
})
