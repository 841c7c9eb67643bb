import {describe, expect, it} from 'vitest'
import {shippedSimplifyData} from '../../src/simplify/load.js'
import type {PlanBlockKind} from '../../src/types.js'
import {simplifyLines} from './run.js'

// Each wrong rewrite a careful reader found in the seed's output (issue 14), as a sentence of the seed plan or one of
// ours of the same kind: now right, or offered to the writer and not made.

const run = (sentence: string, options: {kind?: PlanBlockKind; inList?: boolean} = {}) => simplifyLines(sentence, {...options, plainWords: shippedSimplifyData().plainWords})
const made = (changes: Awaited<ReturnType<typeof run>>['changes']) => changes.filter((change) => change.status === 'made')

describe('the wrong rewrites of issue 14, each now right or only offered', () => {
  it('"identified as being" is never "found as being"', async () => {
    const {lines} = await run('We will improve and enhance our processes for managing and supporting those identified as being at most risk of harm', {kind: 'activity'})
    expect(lines.join(' ')).toContain('identified as being at most risk')
    expect(lines.join(' ')).not.toContain('found as')
  })

  it('"optimises" is never "makes the best of" (which means to make do)', async () => {
    const {lines, offered} = await run('We will design an operating model that optimises the availability of police resources where and when they are needed by our local communities', {kind: 'activity'})
    expect([...lines, ...offered].join(' ')).not.toContain('best of')
    expect(lines.join(' ')).toContain('optimises the availability')
  })

  it('"implement a training framework … pursue … opportunities" keeps its words; the swaps are only offered', async () => {
    const {lines, changes} = await run('We will implement a training framework, mentoring programme and pursue joint development opportunities with partners.')
    expect(lines).toEqual(['We will implement a training framework, mentoring programme and pursue joint development opportunities with partners.'])
    expect(made(changes)).toEqual([])
    expect(changes.filter((change) => change.rule === 'plain-word').map((change) => change.status)).toEqual(['offered', 'offered'])
  })

  it('"the passing of Her Majesty, the late Queen Elizabeth II" is not cut into "This is the late Queen Elizabeth II."', async () => {
    const {lines} = await run('Recent events including the response to the coronavirus pandemic, the United Nations COP26 climate summit and the passing of Her Majesty, the late Queen Elizabeth II, have placed extraordinary pressure on policing and the wider public services across Scotland.')
    expect(lines).not.toContain('This is the late Queen Elizabeth II.')
    expect(lines.join(' ')).toContain('the passing of Her Majesty, the late Queen Elizabeth II.')
  })

  it('after a list of groups consulted, "including other service providers" names what it points back to', async () => {
    const {lines} = await run('To create your Local Police Plan we have engaged and consulted with the public, stakeholders, community representatives and partners including other service providers to ensure we have a shared understanding of the local community and the role of policing within it.')
    expect(lines).not.toContain('This includes other service providers.')
    expect(lines).toContain('These partners include other service providers.')
  })

  it('"including BAME and seldom heard voices" is not "This includes Black, Asian and Minority Ethnic (BAME) and …"', async () => {
    const {lines, offered} = await run('Design, implement and deliver a multiagency survey for key demographic focus groups (including BAME and seldom held voices in consultations) to understand how safe women and girls feel in public space', {kind: 'milestones', inList: true})
    expect(lines.join(' ')).not.toMatch(/This includes/)
    expect(lines.join(' ')).not.toContain('Minority Ethnic (BAME) and')
    expect(offered.some((line) => line.startsWith('[acronym]') && line.includes('Black, Asian and Minority Ethnic (BAME) and seldom held voices'))).toBe(true)
  })

  it('"simply unacceptable" is never "simply wrong" (which says the figure is incorrect)', async () => {
    const {lines, changes} = await run('The number of drugs deaths in Lanarkshire is simply unacceptable.')
    expect(lines).toEqual(['The number of drugs deaths in Lanarkshire is simply unacceptable.'])
    expect(changes).toEqual([])
  })

  it('"Establish current and projected demographics" (find out) is offered as "Set up …", not made', async () => {
    const {lines, offered} = await run('Establish current and projected demographics through open source and Community Planning Partnership data', {kind: 'milestones', inList: true})
    expect(lines).toEqual(['- Establish current and projected demographics through open source and Community Planning Partnership data'])
    expect(offered).toEqual(['[plain-word] Establish current and projected demographics through open source and Community Planning Partnership data'.replace('Establish', 'Set up')])
  })

  it('"training opportunities" are not "training chances"; "an opportunity to" is "a chance to"', async () => {
    const training = await run('We will maximise training opportunities, both internally and with partners, to develop our people', {kind: 'activity'})
    expect(training.lines.join(' ')).toContain('training opportunities')
    expect((await run('It provides an opportunity for people to shape our services.')).lines).toEqual(['It provides an opportunity for people to shape our services.'])
    expect((await run('Every officer will have the opportunity to contribute.')).lines).toEqual(['Every officer will have the chance to contribute.'])
  })

  it('"most significant" is not "most big"', async () => {
    const {lines, changes} = await run('Road safety is one of the most significant concerns raised by residents.')
    expect(lines).toEqual(['Road safety is one of the most significant concerns raised by residents.'])
    expect(changes).toEqual([])
  })

  it('"alongside", "various alternative formats" and "reviewed regularly" keep their words', async () => {
    expect((await run('We will work alongside our partners in every town.')).lines).toEqual(['We will work alongside our partners in every town.'])
    expect((await run('This plan can be made available in various alternative formats.')).lines).toEqual(['This plan can be made available in various alternative formats.'])
    expect((await run('Our priorities will be reviewed regularly by the board.')).lines).toEqual(['Our priorities will be reviewed regularly by the board.'])
  })

  it('a quotation is never cut or reworded, even where the sentence splitter cut it across sentences', async () => {
    const opened = 'As the Chief Constable has said: ‘Providing everyone with a fair, just and effective policing response is our moral responsibility and legal duty.'
    expect((await run(opened)).changes).toEqual([])
    const closed = 'It is also an operational imperative and we will utilise every officer to meet it, as it is our duty.’'
    expect((await run(closed)).changes).toEqual([])
    const whole = 'As the Chief Constable has repeatedly said of officers and staff; ‘it’s not what we do, it’s what we are and we will utilise every hour we have.’'
    expect((await run(whole)).lines).toEqual([whole])
  })
})
