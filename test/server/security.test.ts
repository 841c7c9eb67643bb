import {readFile} from 'node:fs/promises'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {openSample, rawRequest} from '../helpers/workbench.js'
import {samplePlan} from '../helpers/paths.js'

let opened: Awaited<ReturnType<typeof openSample>>
let token: string
let host: string

beforeAll(async () => {
  opened = await openSample()
  token = new URL(opened.server.url).searchParams.get('token')!
  host = `127.0.0.1:${opened.server.port}`
}, 300_000)

afterAll(async () => {
  await opened?.server.close()
})

describe('the workbench server is safe by default', () => {
  test('it drafts the plan beside it, never writing over the plan, and listens on 127.0.0.1 only', async () => {
    expect(opened.draftPath).toBe(opened.plan.replace(/\.md$/, '.draft.md'))
    expect(await readFile(opened.plan, 'utf8')).toBe(await readFile(samplePlan, 'utf8'))
    expect(opened.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{43}$/)
  })

  test('the page and the API answer with the token, under a strict Content-Security-Policy', async () => {
    const page = await rawRequest(opened.server.port, `/?token=${token}`, {host})
    expect(page.status).toBe(200)
    const policy = String(page.headers['content-security-policy'])
    expect(policy).toContain("default-src 'none'")
    expect(policy).toContain("script-src 'self'")
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:/)
    expect(page.body).not.toMatch(/<script>|https?:\/\/(?!127)/)
    const draft = await rawRequest(opened.server.port, '/api/draft', {host, 'x-easyread-token': token})
    expect(draft.status).toBe(200)
    expect((JSON.parse(draft.body) as {text: string}).text).toBe(await readFile(opened.draftPath, 'utf8'))
  })

  test('a request without the token, or with a wrong one, is refused', async () => {
    expect((await rawRequest(opened.server.port, '/', {host})).status).toBe(403)
    expect((await rawRequest(opened.server.port, '/api/draft', {host})).status).toBe(403)
    expect((await rawRequest(opened.server.port, `/api/draft?token=${token.slice(0, -1)}x`, {host})).status).toBe(403)
    expect((await rawRequest(opened.server.port, '/assets/workbench.js', {host})).status).toBe(403)
  })

  test('a request from another site (Origin, Sec-Fetch-Site) or for another host name (DNS rebinding) is refused', async () => {
    expect((await rawRequest(opened.server.port, '/api/draft', {host, 'x-easyread-token': token, origin: 'http://evil.example'})).status).toBe(403)
    expect((await rawRequest(opened.server.port, '/api/draft', {host, 'x-easyread-token': token, origin: 'null'})).status).toBe(403)
    expect((await rawRequest(opened.server.port, '/api/draft', {host, 'x-easyread-token': token, 'sec-fetch-site': 'cross-site'})).status).toBe(403)
    expect((await rawRequest(opened.server.port, `/?token=${token}`, {host: `evil.example:${opened.server.port}`})).status).toBe(421)
    expect((await rawRequest(opened.server.port, '/api/draft', {host, 'x-easyread-token': token, origin: `http://${host}`})).status).toBe(200)
  })

  test('no path outside its own: "../" in any spelling is refused, and only files the draft names are served', async () => {
    for (const target of ['/../package.json', '/assets/../../package.json', '/assets/..%2f..%2fpackage.json', '/assets/%2e%2e/%2e%2e/package.json', '/assets\\..\\package.json']) {
      const answer = await rawRequest(opened.server.port, `${target}?token=${token}`, {host})
      expect(answer.status, target).toBe(404)
      expect(answer.body).not.toContain('"name": "easyread"')
    }
    expect((await rawRequest(opened.server.port, `/user-picture?choice=${encodeURIComponent('file ../plan.txt')}&token=${token}`, {host})).status).toBe(404)
    expect((await rawRequest(opened.server.port, `/icon?name=${encodeURIComponent('../../package')}&token=${token}`, {host})).status).toBe(404)
  })

  test('a write must be JSON: a form post from another page cannot save the draft', async () => {
    const before = await readFile(opened.draftPath, 'utf8')
    const answer = await rawRequest(opened.server.port, '/api/draft', {host, 'x-easyread-token': token, 'content-type': 'application/x-www-form-urlencoded'}, 'PUT')
    expect(answer.status).toBe(415)
    expect(await readFile(opened.draftPath, 'utf8')).toBe(before)
  })
})
