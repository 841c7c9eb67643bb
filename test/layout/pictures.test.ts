import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import type {Root} from 'mdast'
import {visit} from 'unist-util-visit'
import type {EasyRow} from '../../src/types.js'
import {temporaryFolder} from '../helpers/cli.js'
import {fullPlan, root} from '../helpers/paths.js'
import {laidOut} from '../helpers/layout.js'
import {searchEmoji} from '../../src/layout/emoji-search.js'
import {loadPictureTable, loadUserPictures} from '../../src/layout/load.js'
import {formatProblem} from '../../src/util/result.js'
import {prepare} from '../../src/index.js'

function rowsOf(tree: Root): EasyRow[] {
  const rows: EasyRow[] = []
  visit(tree, 'easyRow', (row) => {
    rows.push(row)
  })
  return rows
}

async function writePlan(folder: string, text: string): Promise<string> {
  const file = path.join(folder, 'plan.md')
  await writeFile(file, text)
  return file
}

describe('choosing pictures', () => {
  test('the emoji search finds a thing by its own name, and nothing for a verb or an abstract word', () => {
    expect(searchEmoji('ambulance')?.icon).toBe('ambulance')
    expect(searchEmoji('schools')?.icon).toBe('school')
    // Emoji keywords are not used: "serve" is a tag of soft ice cream, "protect" of the hamsa.
    expect(searchEmoji('serve')).toBeUndefined()
    expect(searchEmoji('protect')).toBeUndefined()
    expect(searchEmoji('change')).toBeUndefined()
  })

  test('a sentence that uses "watch" as a verb gets no watch; an abstract sentence gets no picture', async () => {
    const folder = await temporaryFolder()
    const plan = await writePlan(folder, '# Plan\n\nWe will watch how things change over time.\n\nWe will call an ambulance.\n')
    const rows = rowsOf((await laidOut(plan, {glossary: [path.join(root, 'glossary', 'terms')]})).tree)
    expect(rows.map((row) => row.picture?.alt)).toEqual([undefined, 'an ambulance'])
  })

  test('a glossary entry’s picture comes first, and the same picture never sits on two rows in a row', async () => {
    const folder = await temporaryFolder()
    await mkdir(path.join(folder, 'terms'))
    await writeFile(path.join(folder, 'terms', 'test.yml'), '- term: hotspot\n  means: A hotspot is a place where a lot of crime happens.\n  picture: round-pushpin\n')
    const plan = await writePlan(folder, '# Plan\n\nWe will patrol each hotspot in a police car.\n\nThe police car will stop at the school.\n\nThe police car is blue.\n\nThe police car is fast.\n')
    const rows = rowsOf((await laidOut(plan, {glossary: [path.join(folder, 'terms')]})).tree)
    expect(rows[0]!.picture).toMatchObject({kind: 'icon', icon: 'round-pushpin', source: 'glossary', alt: 'round pushpin'})
    expect(rows[0]!.children.map((child) => child.type)).toEqual(['paragraph', 'termCallout'])
    // The third row names only the police car, which the row above shows: it gets no picture; the fourth may again.
    expect(rows.map((row) => (row.picture?.kind === 'icon' ? row.picture.icon : row.picture))).toEqual(['round-pushpin', 'police-car', undefined, 'police-car'])
  })

  test('--pictures: the user’s own pictures win over the shipped ones, PNG and SVG', async () => {
    const folder = await temporaryFolder()
    const pictures = path.join(folder, 'ours')
    await mkdir(pictures)
    await writeFile(path.join(pictures, 'ambulance.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" fill="#c00"/></svg>')
    await writeFile(path.join(pictures, 'pictures.yml'), 'ambulance: {file: ambulance.svg, alt: our ambulance drawing}\n')
    const plan = await writePlan(folder, '# Plan\n\nWe will call an ambulance.\n')
    const rows = rowsOf((await laidOut(plan, {glossary: [path.join(root, 'glossary', 'terms')], pictures})).tree)
    expect(rows[0]!.picture).toMatchObject({kind: 'file', format: 'svg', alt: 'our ambulance drawing', source: 'user', file: path.join(pictures, 'ambulance.svg')})
  })

  test('a pictures file with mistakes is refused with the file, line and column of each', async () => {
    const folder = await temporaryFolder()
    await writeFile(path.join(folder, 'pictures.yml'), 'police: police.png\ncar: {file: car.gif}\nroad: {file: road.svg, colour: red}\n')
    const result = await loadUserPictures(folder)
    expect(result.ok).toBe(false)
    const lines = result.ok ? [] : result.errors.map(formatProblem).map((line) => line.replace(folder, 'DIR'))
    expect(lines).toEqual([
      'DIR/pictures.yml:2:6: "car.gif" is not a PNG or SVG file',
      'DIR/pictures.yml:3:24: Unknown field "colour" (expected one of: file, alt)'
    ])
    await writeFile(path.join(folder, 'pictures.yml'), 'police: police.png\n')
    const missing = await loadUserPictures(folder)
    expect(missing.ok ? [] : missing.errors.map(formatProblem).map((line) => line.replace(folder, 'DIR'))).toEqual(['DIR/pictures.yml:1:9: Cannot find the picture file police.png'])
    await expect(prepare({pictures: path.join(folder, 'nowhere')})).rejects.toThrow(/needs a pictures.yml/)
  })

  test('a word → picture table is checked: every icon must be in the Noto set and have alt text', async () => {
    const folder = await temporaryFolder()
    const file = path.join(folder, 'pictures.yml')
    await writeFile(file, 'police: {icon: police-officer, alt: a police officer}\nmobile phones: {icon: mobile-phone, alt: a mobile phone}\n')
    const good = await loadPictureTable(file)
    expect(good.ok && Object.fromEntries(good.value)).toEqual({
      police: {kind: 'icon', icon: 'police-officer', alt: 'a police officer', source: 'table'},
      'mobile phone': {kind: 'icon', icon: 'mobile-phone', alt: 'a mobile phone', source: 'table'}
    })
    await writeFile(file, 'police: {icon: policeman, alt: a police officer}\ncar: {icon: automobile}\nroad: motorway\n')
    const bad = await loadPictureTable(file)
    expect(bad.ok ? [] : bad.errors.map(formatProblem).map((line) => line.replace(folder, 'DIR'))).toEqual([
      'DIR/pictures.yml:1:16: No Noto emoji icon is called "policeman"',
      'DIR/pictures.yml:2:6: Missing field "alt"',
      'DIR/pictures.yml:3:7: "road" needs a map like {icon: police-officer, alt: a police officer}'
    ])
  })

  test('the cover’s picture comes from the title’s glossary terms, else a page of writing', async () => {
    const folder = await temporaryFolder()
    const plan = await writePlan(folder, '# Police Scotland in Riverside\n\nWe will keep the roads safe.\n')
    const glossary = [path.join(root, 'glossary', 'terms')]
    expect((await laidOut(plan, {glossary})).file.data.coverPicture).toMatchObject({kind: 'icon', icon: 'police-officer', source: 'glossary'})
    const plain = await writePlan(folder, '# Riverside 2026\n\nWe will keep the roads safe.\n')
    expect((await laidOut(plain, {glossary})).file.data.coverPicture).toMatchObject({kind: 'icon', icon: 'page-facing-up', alt: 'a page of writing'})
  })

})
