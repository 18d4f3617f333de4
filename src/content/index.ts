/**
 * The content script, on every Sales Navigator page (`/sales/*`). On the SSI page it captures the numbers; on any
 * other page it only listens for an in-app navigation to the SSI page (see navigation.ts for why).
 */
import { isSsiPageUrl } from '../core/page/page-state.ts'
import type { UrlKind } from '../core/snapshot.ts'
import { send } from '../shared/messaging.ts'
import { connectInlineBadge } from './badge-connect.ts'
import { type CaptureOutcome, startCapture } from './capture.ts'
import { watchNavigation } from './navigation.ts'

/**
 * Shows each outcome in the inline badge, while the `inlineBadge` option is on (badge-connect watches it).
 * Connected on the first outcome, so on the other Sales Navigator pages the script does not even read settings.
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

arrive(location.href, 'page-load')
watchNavigation(window, (href) => arrive(href, 'in-app-navigation'))
