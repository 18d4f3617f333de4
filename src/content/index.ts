/**
 * The content script declared on every Sales Navigator page (`/sales/*`). It does nothing but notice in-app
 * navigation (see navigation.ts for why it must be there at all): everything else — the page reader, the capture,
 * the inline badge — is reader.ts, which the browser runs only on the SSI page. A page load of the SSI page gets it
 * from the manifest; an in-app navigation to it gets it from the background (`injectReader`), so the other Sales
 * Navigator pages never compile or run a byte of the reader.
 */
import { isSsiPath } from '../core/page/page-state.ts'
import type { Message } from '../shared/protocol.ts'
import { watchNavigation } from './navigation.ts'
import { slot } from './reader-slot.ts'

/** An injection asked for and not yet answered: one request per arrival, not one per address change. */
let asking = false
const answered = (): void => {
  asking = false
}
/** Sent as it is (not through messaging's `send`): the answer does not matter here, only the bytes do. */
const INJECT: Message<'injectReader'> = { type: 'injectReader', payload: {} }

watchNavigation(window, (href) => {
  // Once the reader runs in this document, it decides everything (leaving, returning, a query change).
  if (slot.ssiLensArrive) slot.ssiLensArrive(href, 'in-app-navigation')
  // The manifest runs this script on www.linkedin.com over https only: the path is all there is to check.
  else if (isSsiPath(location.pathname) && !asking) {
    asking = true
    slot.ssiLensReached = 'in-app-navigation'
    // Answered or not (the tab moved on meanwhile, the background was restarting), the next arrival asks again
    // unless the reader runs by then.
    // `chrome`, not shared/extension-api's proxy: both browsers have it and return a promise (the bytes again).
    chrome.runtime.sendMessage(INJECT).then(answered, answered)
  }
})
