/**
 * The content script declared on every Sales Navigator page (`/sales/*`). It does nothing but notice in-app
 * navigation (see navigation.ts for why it must be there at all): everything else — the page reader, the capture,
 * the inline badge — is reader.ts, which the browser runs only on the SSI page. A page load of the SSI page gets it
 * from the manifest; an in-app navigation to it gets it from the background (`injectReader`), so the other Sales
 * Navigator pages never compile or run a byte of the reader.
 */
import { isSsiPath } from '../core/page/page-state.ts'
import type { UrlKind } from '../core/snapshot.ts'
import type { Message } from '../shared/protocol.ts'
import { type NavigationEvents, POLL_MS } from './navigation.ts'
import { slot } from './reader-slot.ts'

/** An injection asked for and not yet answered: one request per arrival, not one per address change. */
let asking = false
const answered = (): void => {
  asking = false
}
/** Sent as it is (not through messaging's `send`): the answer does not matter here, only the bytes do. */
const INJECT: Message<'injectReader'> = { type: 'injectReader', payload: {} }

/** Asks the background to run the reader in this document, which shows the SSI page, reached as `urlKind`. */
function askForReader(urlKind: UrlKind): void {
  if (asking) return
  asking = true
  slot.ssiLensReached = urlKind
  // Answered or not (the tab moved on meanwhile, the background was restarting), the next arrival asks again
  // unless the reader runs by then.
  // `chrome`, not shared/extension-api's proxy: both browsers have it and return a promise (the bytes again).
  chrome.runtime.sendMessage(INJECT).then(answered, answered)
}

/**
 * The address last seen: a change of it without a page load is an in-app navigation. Not read at load (see
 * below), so the first change is always handed on, even to the address the page loaded with: the reader takes a
 * change to the SSI page it is already capturing for the same page view, and other pages are no SSI page.
 */
let last: string | undefined

function onAddressChange(): void {
  const href = location.href
  if (href === last) return
  last = href
  // Once the reader runs in this document, it decides everything (leaving, returning, a query change).
  if (slot.ssiLensArrive) slot.ssiLensArrive(href, 'in-app-navigation')
  // The manifest runs this script on www.linkedin.com over https only: the path is all there is to check.
  else if (isSsiPath(location.pathname)) askForReader('in-app-navigation')
}

// What runs below, on every load of every Sales Navigator page, calls none of this script's functions and reads
// nothing of the page, not even its address: V8 compiles a function when it is first called, and each such call,
// the first read of `location`, costs a tenth of a millisecond or more of a budget of 1 ms (README,
// Performance). A page load of the SSI page, in any capitals, gets the reader from the manifest, which lists each.
//
// Where the browser has no Navigation API, `navigation` can still be something: the page's element with that id
// (named access on the window), which never fires the event. Only the API has a current entry.
const navigation = (globalThis as { navigation?: NavigationEvents }).navigation
if (navigation && 'currentEntry' in navigation)
  navigation.addEventListener('currententrychange', onAddressChange)
else setInterval(onAddressChange, POLL_MS)
