/**
 * Which kind of page this is, before any number is read: a sign-in page or wall, some other page, or the SSI
 * page. The URL decides first (LinkedIn redirects logged-out visitors), then the markup (the Sales Navigator
 * sign-in can render its form in an iframe on the SSI URL itself).
 */
import { SSI_PATH } from './address.ts'
import type { PageFacts } from './facts.ts'

/** Paths of LinkedIn's sign-in pages and walls. */
const LOGIN_PATHS = ['/login', '/uas/login', '/sales/login', '/checkpoint', '/authwall'] as const

function linkedInPath(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  const host = parsed.hostname.toLowerCase()
  if (parsed.protocol !== 'https:' || (host !== 'linkedin.com' && !host.endsWith('.linkedin.com')))
    return null
  return parsed.pathname.toLowerCase()
}

/** True for the SSI page's path (`/sales/ssi`, any case), with or without a trailing slash. */
export function isSsiPath(path: string): boolean {
  const lower = path.toLowerCase()
  return lower === SSI_PATH || lower === `${SSI_PATH}/`
}

/** True for `https://www.linkedin.com/sales/ssi`, with or without a trailing slash, query or hash. */
export function isSsiPageUrl(url: string): boolean {
  const path = linkedInPath(url)
  return path !== null && isSsiPath(path)
}

/** True for LinkedIn's member and Sales Navigator sign-in pages, checkpoints and auth walls. */
export function isLoginUrl(url: string): boolean {
  const path = linkedInPath(url)
  if (path === null) return false
  return LOGIN_PATHS.some((p) => path === p || path.startsWith(`${p}/`) || path.startsWith(`${p}-`))
}

export type PageState =
  | { state: 'not-logged-in'; reason: string }
  | { state: 'not-ssi-page'; reason: string }
  | { state: 'ssi-page' }

/** Sign-in first (by URL, then by markup: `loginMarker`), then whether the URL is the SSI page at all. */
export function pageState({ url, loginMarker: marker }: Pick<PageFacts, 'url' | 'loginMarker'>): PageState {
  if (isLoginUrl(url))
    return { state: 'not-logged-in', reason: `LinkedIn shows its sign-in page (${new URL(url).pathname})` }
  if (marker) return { state: 'not-logged-in', reason: `LinkedIn shows a sign-in form (${marker})` }
  if (!isSsiPageUrl(url))
    return { state: 'not-ssi-page', reason: `${url.slice(0, 200)} is not the Social Selling Index page` }
  return { state: 'ssi-page' }
}
