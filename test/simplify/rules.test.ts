import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseDocument} from 'yaml'
import {fixtures} from '../helpers/paths.js'
import {simplifyLines} from './run.js'
import {sentenceProblems} from './english.js'
import type {PlainWord} from '../../src/simplify/types.js'
import type {PlanBlockKind} from '../../src/types.js'

interface Case {
  kind?: PlanBlockKind
  /** The sentence is an item of a list in its block (a milestone). */
  'in-list'?: boolean
  /** The name of the plan's own body, for the voice rule ("Lanarkshire Division"). */
  we?: string[]
  input: string
  output: string[]
  /** Changes offered under the sentences, not made: "[rule-id] the suggested text". */
  offered?: string[]
}

const fixturePath = path.join(fixtures, 'simplify', 'sentences.yml')
const document = parseDocument(readFileSync(fixturePath, 'utf8'))
const fixture = document.toJS() as {'plain-words': PlainWord[]; sentences: Case[]}

describe('simplify rules on real sentences of the seed plan', () => {
  it('has at least 40 cases, among them splits, lists, acronyms, plain words, plan codes and plan blocks', () => {
    expect(fixture.sentences.length).toBeGreaterThanOrEqual(40)
    expect(fixture.sentences.filter((case_) => case_.output.length > 1 && !case_.output.some((line) => line.startsWith('- '))).length).toBeGreaterThanOrEqual(12)
    expect(fixture.sentences.some((case_) => case_.output.some((line) => line.startsWith('- ')))).toBe(true)
    expect(fixture.sentences.some((case_) => case_.kind === 'update')).toBe(true)
  })

  for (const [index, case_] of fixture.sentences.entries()) {
    it(`${case_.kind ? `[${case_.kind}] ` : ''}${case_.input.slice(0, 70)}…`, async () => {
      const {lines, changes, offered} = await simplifyLines(case_.input, {kind: case_.kind, plainWords: fixture['plain-words'], inList: case_['in-list'], we: case_.we})
      // UPDATE=1 writes what the rules give now into the fixture: review its diff before committing it.
      if (process.env.UPDATE) {
        document.setIn(['sentences', index, 'output'], document.createNode(lines))
        if (offered.length > 0) document.setIn(['sentences', index, 'offered'], document.createNode(offered))
        else document.deleteIn(['sentences', index, 'offered'])
        writeFileSync(fixturePath, document.toString({lineWidth: 200}))
        return
      }
      expect(lines).toEqual(case_.output)
      expect(offered).toEqual(case_.offered ?? [])
      // Every difference is on the audit trail: no output differs from its input without a recorded change.
      if (lines.join(' ') !== case_.input) expect(changes.length).toBeGreaterThan(0)
      for (const change of changes) expect(change.line).toBe(1)
      // Each sentence a split made is correct English.
      const split = lines.length > 1 && !lines.some((line) => line.startsWith('- '))
      if (split) for (const sentence of lines) expect(sentenceProblems(sentence), sentence).toEqual([])
      // An item cut in two holds two sentences; each is correct English too.
      const itemSentences = case_['in-list'] ? lines.flatMap((line) => line.replace(/^- /, '').match(/[^.]+\.(?=\s|$)/g) ?? []).map((sentence) => sentence.trim()) : []
      if (itemSentences.length > 1) for (const sentence of itemSentences) expect(sentenceProblems(sentence), sentence).toEqual([])
    })
  }
})

describe('each rule on its own', () => {
  it('plain words: whole words, case kept, "a"/"an" fixed, never in a name or a quotation', async () => {
    const words = [{from: 'utilise', to: 'use'}, {from: 'additional', to: 'extra'}, {from: 'approximately', to: 'about', amount: true}, {from: 'in order to', to: 'to'}, {from: 'commence', to: 'start'}]
    const run = async (text: string) => (await simplifyLines(text, {plainWords: words})).lines
    expect(await run('Utilise the roads in order to commence work.')).toEqual(['Use the roads to start work.'])
    expect(await run('We need an additional officer for approximately 3 weeks.')).toEqual(['We need an extra officer for about 3 weeks.'])
    // "about" needs an amount after it: before anything else ("an about round number") the office word stays.
    expect(await run('It is an approximately round number.')).toEqual(['It is an approximately round number.'])
    expect(await run('It is an approximately 10% rise.')).toEqual(['It is an approximately 10% rise.'])
    expect(await run('We spend approximately £2 million, approximately half of it on approximately a third of the roads.')).toEqual(['We spend about £2 million, about half of it on about a third of the roads.'])
    expect(await run('We have approximately ten officers; approximately the same number work at night.')).toEqual(['We have about ten officers; approximately the same number work at night.'])
    expect(await run('They said ‘utilise it’ at the Commence Centre.')).toEqual(['They said ‘utilise it’ at the Commence Centre.'])
    expect(await run('We utilised utilisers.')).toEqual(['We utilised utilisers.'])
  })

  it('plain words that need a clause after them ("make sure") are used only before one', async () => {
    const words = [{from: 'ensure', to: 'make sure', clause: true}]
    const run = async (text: string) => (await simplifyLines(text, {plainWords: words})).lines
    expect(await run('We will ensure we are accessible.')).toEqual(['We will make sure we are accessible.'])
    expect(await run('We will ensure that policing keeps your trust.')).toEqual(['We will make sure that policing keeps your trust.'])
    // Only a noun group after it: "make sure long term solutions" is not English, so "ensure" stays.
    expect(await run('We work in partnership to ensure long term solutions to complex problems.')).toEqual(['We work in partnership to ensure long term solutions to complex problems.'])
  })

  it('acronyms: written out at first use, left alone where the plan writes them out or in a name', async () => {
    expect((await simplifyLines('We report to HMICS each year.')).lines).toEqual(['We report to His Majesty\'s Inspectorate of Constabulary in Scotland (HMICS) each year.'])
    expect((await simplifyLines('We report to the Scottish Police Authority (SPA) each year.')).lines).toEqual(['We report to the Scottish Police Authority (SPA) each year.'])
    expect((await simplifyLines('The United Nations COP26 climate summit was held here.')).lines).toEqual(['The United Nations COP26 climate summit was held here.'])
  })

  it('plan codes: every code of the seed plan in plain words', async () => {
    expect((await simplifyLines('Y1-3, Quarterly', {kind: 'update'})).lines).toEqual(['We will report on this every 3 months, for all 3 years of the plan.'])
    expect((await simplifyLines('Y1-3, Q2 & Q4', {kind: 'update'})).lines).toEqual(['We will report on this twice a year, for all 3 years of the plan.'])
    expect((await simplifyLines('Y2, Q1', {kind: 'update'})).lines).toEqual(['We will report on this once a year, in year 2 of the plan.'])
    // Not a code: left as it is.
    expect((await simplifyLines('Every spring', {kind: 'update'})).lines).toEqual(['Every spring'])
  })

  it('lists: a series of things or of "-ing" words at the end of a long sentence, never a series of describing words', async () => {
    const run = async (text: string) => (await simplifyLines(text)).lines
    // Adjectives, not things: "modern, visible and accessible" all describe "policing".
    const adjectives = 'We describe how Police Scotland will continue to provide modern, visible and accessible policing to local communities.'
    expect(await run(adjectives)).toEqual([adjectives])
    // Words at the end that belong to every thing of the series ("… on the environment", "… alike") keep it a sentence.
    const shared = 'This includes working hard to reduce the impact of our activity, estates and fleet on the environment.'
    expect(await run(shared)).toEqual([shared])
    const alike = 'This culture will lead to improved outcomes over the next three years for our colleagues, citizens and communities alike.'
    expect(await run(alike)).toEqual([alike])
    // A short sentence reads well as it is.
    expect(await run('We work with the public, partners and schools.')).toEqual(['We work with the public, partners and schools.'])
    // A comma inside a thing to do that is not the last: no clean series of verbs ("a framework, mentoring programme").
    const broken = 'We will carry out a training framework, mentoring programme and go after joint development chances with partners.'
    expect(await run(broken)).toEqual([broken])
  })

  it('voice: the name of the plan\'s own body becomes "we" only where it is the subject or owner', async () => {
    const run = async (text: string) => (await simplifyLines(text, {we: ['Lanarkshire Division']})).lines
    expect(await run('Lanarkshire Division serves the local authority areas of North and South Lanarkshire.')).toEqual(['We serve the local authority areas of North and South Lanarkshire.'])
    expect(await run('As we enter 2023, Lanarkshire Division remains focused on our communities.')).toEqual(['As we enter 2023, we remain focused on our communities.'])
    expect(await run('How effective is Lanarkshire Division’s work with partners?')).toEqual(['How effective is our work with partners?'])
    // Elsewhere the name stays: "the officers in Lanarkshire Division" are not "the officers in we".
    expect(await run('All officers in Lanarkshire Division will police with courage.')).toEqual(['All officers in Lanarkshire Division will police with courage.'])
    expect(await run('Twitter - Lanarkshire Division')).toEqual(['Twitter - Lanarkshire Division'])
    // No name given and none found: nothing changes.
    expect((await simplifyLines('Lanarkshire Division is the second largest division.')).lines).toEqual(['Lanarkshire Division is the second largest division.'])
  })

  it('split: no cut where the words belong together (sentences of our sample plan)', async () => {
    const run = async (text: string) => (await simplifyLines(text)).lines
    // "the places and times": a noun after "and", not "We will times".
    const places = 'We will deploy our resources proactively to the places and times where they will have the greatest impact.'
    expect(await run(places)).toEqual([places])
    // An opening phrase with a word the tagger takes for a verb ("led") is not a sentence.
    expect(await run('Through intelligence led policing, we will identify hotspots and prolific offenders and deploy our resources proactively to the places and times where they will have the greatest impact.')).toEqual([
      'Through intelligence led policing, we will identify hotspots and prolific offenders.',
      places
    ])
    // "including A, armed policing, B and C": the series goes on; "which can …" after plural teams is "These can …",
    // but after a series "These" may mean the teams or the resources: the cut is offered, not made.
    const supported = 'Local officers are supported by regional and national specialist resources, including road policing, armed policing, dog units and major investigation teams, which can be deployed whenever the nature of an incident requires additional capability or expertise.'
    expect(await simplifyLines(supported)).toMatchObject({lines: [supported], offered: [
      '[split-which] Local officers are supported by regional and national specialist resources, including road policing, armed policing, dog units and major investigation teams. These can be deployed whenever the nature of an incident requires additional capability or expertise.'
    ]})
    // A series of partners is not the council named again.
    expect((await run('We will work with the council, the fire and rescue service and other road safety stakeholders to deliver prevention, education and enforcement activity on the routes with the highest casualty rates.'))[0]).toBe('We will work with the council, the fire and rescue service and other road safety stakeholders.')
    // "a phrase that residents used": the clause's subject comes after "that".
    const phrase = 'Our aim can be summed up in a phrase that residents used again and again: "a safer Riverside for everyone".'
    expect(await run(phrase)).toEqual([phrase])
    // "so that" inside a series of things to do: the series is laid out as a list instead.
    expect(await run('We will introduce a wellbeing programme for officers and staff, review our operating model so that resources are matched to the times and places of greatest demand, and invest in training and leadership development at every level.')).toEqual([
      'We will:',
      '- introduce a wellbeing programme for officers and staff',
      '- review our operating model so that resources are matched to the times and places of greatest demand',
      '- invest in training and leadership development at every level'
    ])
  })

  it('split: leaves a long sentence whole when no cut is sure, and offers the one it is not sure of', async () => {
    const text = 'Procurement of and demand for goods and services will remain under scrutiny, ensuring resources are used in the most efficient way possible to meet the greatest need.'
    const {lines, changes} = await simplifyLines(text)
    expect(lines).toEqual([text])
    // "This ensures …": what "this" points back to (the scrutiny) is the writer's call.
    expect(changes.map((change) => [change.rule, change.status])).toEqual([['tail-result', 'offered']])
  })
})
