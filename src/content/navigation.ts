/**
 * Sales Navigator is a single-page app: a click on an in-app link to the SSI page changes the URL with
 * `history.pushState` and loads no page, so no content script starts. The manifest therefore matches
 * `https://www.linkedin.com/sales/*` (the least that covers every in-app route to `/sales/ssi`), and on every
 * such page this module only listens for the URL to change. It uses the Navigation API's events where the
 * browser has them, and otherwise a `location.href` comparison once a second.
 */

/** The part of the Navigation API used here (not in every TypeScript DOM library yet). */
interface NavigationEvents {
  addEventListener(type: string, listener: () => void): void
  removeEventListener(type: string, listener: () => void): void
}

export interface NavigationWindow {
  location: { href: string }
  navigation?: NavigationEvents
  addEventListener(type: 'popstate', listener: () => void): void
  removeEventListener(type: 'popstate', listener: () => void): void
}

export const POLL_MS = 1_000

/**
 * Calls `onChange(href)` whenever the page's URL changes without a page load. Returns `stop`.
 * `navigatesuccess` ends a navigation the app intercepts; `currententrychange` also covers a bare `pushState`.
 */
export function watchNavigation(
  win: NavigationWindow,
  onChange: (href: string) => void,
  pollMs = POLL_MS,
): () => void {
  let last = win.location.href
  const check = (): void => {
    const href = win.location.href
    if (href === last) return
    last = href
    onChange(href)
  }
  const navigation = win.navigation
  if (navigation && typeof navigation.addEventListener === 'function') {
    navigation.addEventListener('navigatesuccess', check)
    navigation.addEventListener('currententrychange', check)
    win.addEventListener('popstate', check)
    return () => {
      navigation.removeEventListener('navigatesuccess', check)
      navigation.removeEventListener('currententrychange', check)
      win.removeEventListener('popstate', check)
    }
  }
  const timer = setInterval(check, pollMs)
  return () => clearInterval(timer)
}
