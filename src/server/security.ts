import {randomBytes, timingSafeEqual} from 'node:crypto'
import type {IncomingMessage} from 'node:http'

/** A fresh secret for one run of the workbench: 32 random bytes, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url')
}

/** Why a request is refused, with its HTTP status; undefined when it may go on. */
export interface Refusal {
  status: 403 | 404 | 421
  reason: string
}

/** The names the server answers to: its loopback address and `localhost`, on its own port. */
export function ownHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`])
}

function sameSecret(given: string, token: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * Every request must name the server itself in Host (no DNS rebinding), come from its own page or from no page
 * (Origin and Sec-Fetch-Site), and carry the token, in the `token` query parameter or the `X-Easyread-Token` header.
 * A path with `..` or a backslash in it is refused before any route sees it.
 */
export function refusal(request: IncomingMessage, url: URL, port: number, token: string): Refusal | undefined {
  const hosts = ownHosts(port)
  if (!hosts.has(request.headers.host ?? '')) return {status: 421, reason: 'This server answers only to its own address'}
  const origin = request.headers.origin
  if (origin !== undefined && ![...hosts].some((host) => origin === `http://${host}`)) return {status: 403, reason: 'Requests from other sites are refused'}
  if (request.headers['sec-fetch-site'] === 'cross-site') return {status: 403, reason: 'Requests from other sites are refused'}
  const given = url.searchParams.get('token') ?? String(request.headers['x-easyread-token'] ?? '')
  if (!sameSecret(given, token)) return {status: 403, reason: 'This address needs the token the workbench printed'}
  const raw = request.url ?? ''
  if (/(?:^|[/\\])\.\.(?:[/\\]|$)|\\|%2e%2e|%5c/i.test(raw.split('?')[0] ?? '')) return {status: 404, reason: 'No such page'}
  return undefined
}

/**
 * The headers of every answer: a Content-Security-Policy that lets the page run only its own script and load
 * only its own assets (styles also by the run's nonce, for the editor's and the preview's own CSS), never from
 * the network; no caching, no sniffing, no referrer, no framing by other pages.
 */
export function securityHeaders(nonce: string): Record<string, string> {
  const policy = [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'self'",
    "frame-ancestors 'self'",
    "base-uri 'none'",
    "form-action 'none'"
  ].join('; ')
  return {
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cross-Origin-Opener-Policy': 'same-origin'
  }
}
