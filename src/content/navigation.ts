/**
 * Sales Navigator is a single-page app: a click on an in-app link to the SSI page changes the URL with
 * `history.pushState` (or a navigation it intercepts) and loads no page, so no content script starts. The manifest
 * therefore matches `https://www.linkedin.com/sales/*` (the least that covers every in-app route to `/sales/ssi`),
 * and on every such page index.ts only listens for the URL to change: to the Navigation API's
 * `currententrychange` where the browser has it, which fires on every change of the current entry without a page
 * load (`pushState`, `replaceState`, an intercepted navigation, back and forward: tests/e2e/navigation-kinds), and
 * otherwise (Firefox before the Navigation API) by comparing `location.href` once a second.
 */

/** The part of the Navigation API used here (not in every TypeScript DOM library yet). */
export interface NavigationEvents {
  addEventListener(type: 'currententrychange', listener: () => void): void
}

/** How often the address is compared where the browser has no Navigation API. */
export const POLL_MS = 1_000
