import { ref } from 'vue'
import { language } from './i18n'

/** What the REST door answers about who is signed in (GET /api/v1/session). */
export interface SignedIn {
  user: string
  roles: string[]
  jurisdictions: string[]
  permissions: string[]
  csrf?: string
  idleMinutes?: number
}

export interface FieldError {
  field: string
  code: string
  message: string
}

/** An RFC 9457 problem the API answered with. */
export class Problem extends Error {
  constructor(readonly status: number, readonly detail: string, readonly errors: FieldError[]) {
    super(detail)
  }
}

/** The signed-in user, or null: every screen but sign-in needs one. */
export const session = ref<SignedIn | null>(null)

/** Called when the server says the session has ended, to send the user back to sign-in. */
let onEnded: () => void = () => {}
export function whenSessionEnds(handler: () => void) {
  onEnded = handler
}

const API = '/api/v1'

async function send(method: string, path: string, body?: unknown, authorization?: string): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    // Tells the door a script asks: a 401 then carries no Basic challenge, which would open the browser's own dialog.
    'X-Requested-With': 'XMLHttpRequest',
    'Accept-Language': language.value === 'zh' ? 'zh-CN' : 'en',
  }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  if (authorization) headers.Authorization = authorization
  if (method !== 'GET' && session.value?.csrf) headers['X-CSRF-Token'] = session.value.csrf
  return fetch(API + path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  })
}

async function answer<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T
  const text = await response.text()
  const json = text ? JSON.parse(text) : undefined
  if (!response.ok) {
    throw new Problem(response.status, json?.detail ?? response.statusText, json?.errors ?? [])
  }
  return json as T
}

/** A call of the REST door with the session's cookie; a 401 means the session is over. */
export async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await send(method, path, body)
  if (response.status === 401) {
    session.value = null
    onEnded()
  }
  return answer<T>(response)
}

/** Signs in with the password, once: the answer sets the session's cookie; the password is not kept. */
/**
 * Sends a file as the body of a PUT, as the browser streams it, with the session's cookie and
 * anti-forgery token; answers as {@link call} does.
 */
export async function upload<T>(path: string, file: Blob, type: string): Promise<T> {
  const response = await fetch(API + path, {
    method: 'PUT',
    headers: {
      Accept: 'application/json',
      'Content-Type': type,
      'X-Requested-With': 'XMLHttpRequest',
      'X-CSRF-Token': session.value?.csrf ?? '',
    },
    credentials: 'same-origin',
    body: file,
  })
  if (response.status === 401) {
    session.value = null
    onEnded()
  }
  return answer<T>(response)
}

export async function signIn(user: string, password: string): Promise<SignedIn> {
  const bytes = new TextEncoder().encode(`${user}:${password}`)
  const basic = 'Basic ' + btoa(String.fromCharCode(...bytes))
  const signedIn = await answer<SignedIn>(await send('POST', '/session', undefined, basic))
  session.value = signedIn
  return signedIn
}

/** The session this browser holds, if it is still open. */
export async function resume(): Promise<SignedIn | null> {
  const response = await send('GET', '/session')
  if (!response.ok) return null
  const signedIn = await answer<SignedIn>(response)
  session.value = signedIn.csrf ? signedIn : null
  return session.value
}

export async function signOut() {
  await send('DELETE', '/session')
  session.value = null
}

/** Whether the signed-in user holds a permission: the console shows what the door would allow. */
export function may(permission: string): boolean {
  return session.value?.permissions.includes(permission) ?? false
}
