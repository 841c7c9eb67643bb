import {randomBytes} from 'node:crypto'
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import type {AddressInfo} from 'node:net'
import {UserError} from '../util/user-error.js'
import {formatProblem} from '../util/result.js'
import {hasIcon, iconSvg} from '../layout/icons.js'
import {newToken, refusal, securityHeaders} from './security.js'
import {assetFolder, assets, workbenchPage} from './page.js'
import type {Workbench} from './workbench.js'
import {WorkbenchClosing} from './heavy.js'

/** The largest request body the page sends (a whole draft, with room): larger ones are refused. */
const maxBody = 8 * 1024 * 1024

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message)
  }
}

async function jsonBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  if (!/^application\/json\b/.test(request.headers['content-type'] ?? '')) throw new HttpError(415, 'Send JSON')
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > maxBody) throw new HttpError(413, 'The request is too large')
    chunks.push(chunk)
  }
  try {
    const value = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>
  } catch {
    // answered below
  }
  throw new HttpError(400, 'The request is not a JSON object')
}

function text(value: unknown, name: string): string {
  if (typeof value !== 'string') throw new HttpError(400, `"${name}" must be text`)
  return value
}

type Route = (request: IncomingMessage, url: URL) => Promise<{type: string; body: string | Uint8Array} | object>

/** A running workbench server: its address (with the token) and a way to stop it. */
export interface WorkbenchServer {
  url: string
  port: number
  close: () => Promise<void>
}

/**
 * Serve the workbench for one draft on 127.0.0.1 (never another interface), on `port` (0: any free port). Every
 * request is checked first (`refusal`: Host, Origin, token, paths); then only the routes below answer.
 */
export async function startServer(workbench: Workbench, options: {port?: number; nonce?: string} = {}): Promise<WorkbenchServer> {
  const token = newToken()
  const nonce = options.nonce ?? randomBytes(16).toString('base64')
  const headers = securityHeaders(nonce)
  let previewHtml = '<!doctype html><title>Preview</title>'
  const name = path.basename(workbench.draftPath)
  const json = (value: unknown) => ({type: 'application/json; charset=utf-8', body: JSON.stringify(value)})

  const routes: Record<string, Route> = {
    'GET /': async () => ({type: 'text/html; charset=utf-8', body: workbenchPage(token, nonce, name)}),
    'GET /preview': async () => ({type: 'text/html; charset=utf-8', body: previewHtml}),
    'GET /api/draft': async () => json({...(await workbench.readDraft()), name, changes: workbench.changes}),
    'GET /api/draft/version': async () => json({version: (await workbench.readDraft()).version}),
    'PUT /api/draft': async (request) => {
      const body = await jsonBody(request)
      return json(await workbench.save(text(body.text, 'text'), text(body.base, 'base')))
    },
    'POST /api/check': async (request) => json(await workbench.checkAll(text((await jsonBody(request)).text, 'text'))),
    'POST /api/check-line': async (request) => {
      const body = await jsonBody(request)
      const lines = Array.isArray(body.lines) ? (body.lines as Array<{line?: unknown; text?: unknown}>) : []
      const results = []
      for (const each of lines.slice(0, 200)) {
        if (typeof each.line !== 'number' || typeof each.text !== 'string') throw new HttpError(400, 'Each line needs "line" and "text"')
        results.push({line: each.line, text: each.text, result: (await workbench.checkLine(each.line, each.text)) ?? null})
      }
      return json({results})
    },
    'POST /api/preview': async (request) => {
      previewHtml = await workbench.preview(text((await jsonBody(request)).text, 'text'), nonce)
      return json({ok: true})
    },
    'POST /api/glossary': async (request) => {
      const body = await jsonBody(request)
      return json(await workbench.saveTerm({term: text(body.term, 'term'), means: text(body.means, 'means')}))
    },
    'POST /api/suggestions': async (request) => json(await workbench.suggestions(text((await jsonBody(request)).text, 'text'))),
    'GET /api/pictures': async (_request, url) => json(workbench.searchPictures(url.searchParams.get('q') ?? '')),
    'GET /icon': async (_request, url) => {
      const icon = url.searchParams.get('name') ?? ''
      if (!/^[a-z0-9-]+$/.test(icon) || !hasIcon(icon)) throw new HttpError(404, 'No such picture')
      return {type: 'image/svg+xml', body: iconSvg(icon, 64)}
    },
    'GET /user-picture': async (_request, url) => {
      const file = workbench.userPicture(url.searchParams.get('choice') ?? '')
      if (!file) throw new HttpError(404, 'No such picture')
      return {type: /\.png$/i.test(file) ? 'image/png' : 'image/svg+xml', body: await readFile(file)}
    },
    'POST /api/export': async (request) => json(await workbench.export((await jsonBody(request)).countPages === true))
  }

  const server = createServer((request, response) => {
    void answer(request, response)
  })

  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const port = (server.address() as AddressInfo).port
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`)
    const send = (status: number, type: string, body: string | Uint8Array) => {
      response.writeHead(status, {...headers, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body)})
      response.end(body)
    }
    const refused = refusal(request, url, port, token)
    if (refused) return send(refused.status, 'text/plain; charset=utf-8', refused.reason)
    try {
      const asset = request.method === 'GET' ? assets[url.pathname] : undefined
      if (asset) return send(200, asset.type, await readFile(path.join(assetFolder, asset.file)))
      const route = routes[`${request.method} ${url.pathname}`]
      if (!route) return send(404, 'text/plain; charset=utf-8', 'No such page')
      const result = (await route(request, url)) as {type: string; body: string | Uint8Array}
      send(200, result.type, result.body)
    } catch (error) {
      if (error instanceof HttpError) return send(error.status, 'application/json; charset=utf-8', JSON.stringify({error: error.message}))
      if (error instanceof UserError) return send(400, 'application/json; charset=utf-8', JSON.stringify({error: error.problems.map(formatProblem).join('\n')}))
      if (error instanceof WorkbenchClosing) return send(503, 'application/json; charset=utf-8', JSON.stringify({error: error.message}))
      process.stderr.write(`easyread edit: internal error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
      send(500, 'application/json; charset=utf-8', JSON.stringify({error: 'Internal error: see the terminal'}))
    }
  }

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
    })
  } catch (error) {
    await workbench.close()
    const code = (error as NodeJS.ErrnoException).code
    throw new UserError([{file: '', message: code === 'EADDRINUSE' ? `Port ${options.port} is in use: choose another with --port, or leave it out` : `Cannot listen on 127.0.0.1 (${code ?? String(error)})`}])
  }
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }).then(() => workbench.close())
  }
}
