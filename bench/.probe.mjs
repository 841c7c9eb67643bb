import {unified} from 'unified'
import {VFile} from 'vfile'
import {toString} from 'mdast-util-to-string'
import {simplify} from '/work/wt-trust/dist/simplify/plugin.js'
import {shippedSimplifyData} from '/work/wt-trust/dist/simplify/load.js'
import {readFileSync} from 'node:fs'
const sentences = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean)
for (const sentence of sentences) {
  const position = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: sentence.length + 1, offset: sentence.length}}
  const tree = {type: 'root', children: [{type: 'paragraph', children: [{type: 'text', value: sentence, position}]}]}
  const file = new VFile()
  const out = await unified().use(simplify, {data: shippedSimplifyData(), we: [], rules: {}}).run(tree, file)
  console.log('IN  ', sentence)
  for (const node of out.children) if (node.type === 'paragraph') { console.log('OUT ', toString(node)); for (const s of node.data?.suggestions ?? []) console.log('OFF ', `[${s.rule}]`, s.text) }
  for (const c of file.data.changes ?? []) console.log('  ', c.status, c.rule, c.confidence)
  console.log()
}
