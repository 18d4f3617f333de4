/**
 * The page reader's entry, only ever on the SSI page: the manifest runs it when the SSI page is loaded, the
 * background injects it (`injectReader`) when the user reaches the SSI page by an in-app link. It captures the
 * numbers and shows the inline badge; index.ts, on every Sales Navigator page, hands it each later navigation.
 */
import { isSsiPageUrl } from '../core/page/page-state.ts'
import type { UrlKind } from '../core/snapshot.ts'
import { send } from '../shared/messaging.ts'
import { connectInlineBadge } from './badge-connect.ts'
import { type CaptureOutcome, startCapture } from './capture.ts'
import { slot } from './reader-slot.ts'

/**
 * Shows each outcome in the inline badge, while the `inlineBadge` option is on (badge-connect watches it).
 * Connected on the first outcome, so a page that never gets one does not even read settings.
 */
let showBadge: ReturnType<typeof connectInlineBadge> | null = null

/** Every capture outcome of this tab: the inline badge shows it. */
function onOutcome(outcome: CaptureOutcome): void {
  showBadge ??= connectInlineBadge()
  showBadge(outcome.kind === 'saved' ? outcome.result.lines : outcome.lines)
}

let stopCapture: (() => void) | null = null

function arrive(href: string, urlKind: UrlKind): void {
  const onSsiPage = isSsiPageUrl(href)
  if (onSsiPage && stopCapture) return // a query or hash change on the SSI page: the same page view
  stopCapture?.()
  stopCapture = null
  if (onSsiPage)
    stopCapture = startCapture({ doc: document, url: () => location.href, urlKind, send, onOutcome })
}

// Run twice in one document (the manifest's copy and an injected one, racing a page load), the second does nothing.
if (!slot.ssiLensArrive) {
  slot.ssiLensArrive = arrive
  arrive(location.href, slot.ssiLensReached ?? 'page-load')
}
