import type {Root} from 'mdast'
import type {Element, ElementContent, Root as HastRoot} from 'hast'
import type {VFile} from 'vfile'
import {toHast} from 'mdast-util-to-hast'
import {toHtml} from 'hast-util-to-html'
import {sanitize} from 'hast-util-sanitize'
import {h} from 'hastscript'
import type {EasyRow} from '../types.js'
import type {Options} from '../options.js'
import {createProcessor, type PipelineData} from '../pipeline.js'
import {htmlHandlers} from '../write/html/handlers.js'
import {pageSchema} from '../write/html/sanitize.js'
import {pageStyle} from '../write/html/style.js'
import {spriteFor} from '../write/html/pictures.js'
import {readText} from './judge.js'

/** The page's schema, plus the line of the draft each row and heading starts at, for following the cursor. */
const previewSchema = {...pageSchema, attributes: {...pageSchema.attributes, '*': [...(pageSchema.attributes?.['*'] ?? []), 'dataLine']}}

/** The row and heading handlers of the page, each also saying its line in the draft. */
const handlers = {
  ...htmlHandlers,
  easyRow(state: Parameters<typeof htmlHandlers.easyRow>[0], node: EasyRow): Element {
    const element = htmlHandlers.easyRow(state, node)
    element.properties.dataLine = node.position?.start.line
    return element
  }
}

/** Extra CSS of the preview: the row at the writer's cursor is framed. */
const previewStyle = `.row.current, h2.current, h3.current { outline: 0.2rem solid #0b57d0; outline-offset: 0.3rem; } body { padding: 0.5rem; }`

/**
 * The easy-read rows of a draft as `easyread build` lays them out (the same stages and handlers: pictures, words,
 * explanation boxes), as a page for the workbench's preview frame; each row and heading carries its line in the
 * draft. The plan's words are escaped and the markup sanitised as the build's page is; styles carry the nonce.
 */
export function createPreview(options: Options, data: PipelineData) {
  const processor = createProcessor(options, data)
  return async function preview(text: string, filePath: string, nonce: string): Promise<{html: string; file: VFile}> {
    const {file, tree} = await readText(text, filePath)
    const processed = (await processor.run(tree, file)) as Root
    for (const node of processed.children) {
      if (node.type === 'heading' && node.position) node.data = {...node.data, hProperties: {...node.data?.hProperties, dataLine: node.position.start.line}}
    }
    const body = sanitize(toHast(processed, {handlers}) as HastRoot, previewSchema) as HastRoot
    const content = body.children as ElementContent[]
    const sprite = spriteFor(body)
    const page = h(null, [
      {type: 'doctype'},
      h('html', {lang: 'en-GB'}, [
        h('head', [h('meta', {charset: 'utf-8'}), h('title', `Preview: ${file.data.title ?? 'easy read'}`), h('style', {nonce}, pageStyle(options) + previewStyle)]),
        h('body', [...(sprite ? [sprite] : []), h('main', content)])
      ])
    ])
    return {html: toHtml(page, {allowDangerousHtml: true}), file}
  }
}
