/** The page's token (from the server's meta tag): sent with every request. */
const token = document.querySelector<HTMLMetaElement>('meta[name="easyread-token"]')?.content ?? ''

/** The style nonce, for CodeMirror's own styles under the page's Content-Security-Policy. */
export const nonce = document.querySelector<HTMLMetaElement>('meta[name="easyread-nonce"]')?.content ?? ''

/** An address of the server's with the token in it (for frames and pictures, which cannot send headers). */
export function withToken(address: string): string {
  return `${address}${address.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}`
}

/** Call the workbench's API; an answer that is not OK throws its message. */
export async function api<T>(method: 'GET' | 'POST' | 'PUT', address: string, body?: unknown): Promise<T> {
  const response = await fetch(address, {
    method,
    headers: {'X-Easyread-Token': token, ...(body === undefined ? {} : {'Content-Type': 'application/json'})},
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  const data = (await response.json().catch(() => ({error: response.statusText}))) as T & {error?: string}
  if (!response.ok) throw new Error(data.error ?? response.statusText)
  return data
}

/** Say something in the page's status line (a polite live region). */
export function say(message: string): void {
  const status = document.getElementById('status')
  if (status) status.textContent = message
}

/** Make an element with text content and attributes: the plan's words only ever reach the page as text. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value)
  node.append(...children)
  return node
}

export function button(label: string, action: () => void, attributes: Record<string, string> = {}): HTMLButtonElement {
  const node = element('button', {type: 'button', ...attributes}, label)
  node.addEventListener('click', action)
  return node
}
