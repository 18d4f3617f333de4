/**
 * The extension API for code that runs in the content script too. Chrome (MV3, 116+) and Firefox both return
 * promises natively: Firefox as `browser`, Chrome as `chrome`. Skipping webextension-polyfill here keeps 3 KiB gzip
 * out of the content script's 12 KiB budget. The background keeps the polyfill for `runtime.onMessage`, where
 * Chrome's native listener cannot answer by returning a promise.
 */
import type Browser from 'webextension-polyfill'

type Api = typeof Browser
const scope = globalThis as unknown as { browser?: Api; chrome?: Api }

/** `browser` in Firefox, `chrome` in Chrome and Edge; read on each use, so tests may install either later. */
export const browser: Api = new Proxy({} as Api, {
  get: (_target, name) => (scope.browser ?? scope.chrome)?.[name as keyof Api],
})
