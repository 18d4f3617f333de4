/**
 * Connects the inline badge to the rest of SSI Lens: the `inlineBadge` setting (read at start and watched, so the
 * badge appears or disappears the moment the option changes, without a reload) and the browser's i18n.
 */
import { browser } from '../shared/extension-api.ts'
import type { InlineBadgeLines } from '../shared/inline-badge-lines.ts'
import { SETTINGS_KEY, storedInlineBadge } from '../shared/settings.ts'
import { createInlineBadge, type InlineBadge } from './badge.ts'

type GetMessage = (key: string, substitutions?: string[]) => string

/**
 * The badge's words when the background could not be reached at all (it was restarting, or gone): the one
 * outcome it could not word itself. The same keys as its own `not-saved` words (shared/failure-keys).
 */
function unreachedLines(getMessage: GetMessage): InlineBadgeLines {
  // The catalogue test guarantees these keys in every language: no fallback text is needed.
  const msg = (key: string, ...subs: string[]) => getMessage(key, subs)
  const status = msg(
    'badgeFailure',
    msg('failureNotSaved', msg('failureNotSavedOther')),
    msg('failureNotSavedAction'),
  )
  return { change: null, trend: 'unknown', next: null, status, failed: true, state: 'not-saved' }
}

/**
 * Starts following the `inlineBadge` setting and returns the function the content script calls with each
 * capture outcome's lines (null: the background did not answer). Until the setting is known nothing is drawn,
 * so a switched-off badge never flashes.
 */
export function connectInlineBadge(doc: Document = document): (lines: InlineBadgeLines | null) => void {
  // chrome.i18n is synchronous and present in Chrome, Edge and Firefox alike.
  const getMessage: GetMessage = (key, subs) => chrome.i18n.getMessage(key, subs)
  const locale = chrome.i18n.getUILanguage()
  // Built on the first outcome: on the other Sales Navigator pages the content script runs on, nothing is made.
  let badge: InlineBadge | null = null
  let enabled: boolean | null = null
  let last: InlineBadgeLines | null = null

  const update = () => {
    if (enabled === false) badge?.remove()
    else if (enabled && last) {
      badge ??= createInlineBadge(doc, {
        // The catalogue test guarantees both keys in every language, so no fallback text is needed.
        name: getMessage('badgeName'),
        close: getMessage('badgeClose'),
        lang: locale,
        // Arabic mirrors the badge as it mirrors the extension's pages.
        dir: getMessage('@@bidi_dir') as 'ltr' | 'rtl',
      })
      badge.show(last)
    }
  }

  // The one setting read alone (storedInlineBadge), not the whole settings table: the content script's bytes.
  browser.storage.local.get(SETTINGS_KEY).then(
    (stored) => {
      enabled ??= storedInlineBadge(stored[SETTINGS_KEY])
      update()
    },
    () => {
      enabled ??= storedInlineBadge(undefined)
      update()
    },
  )
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[SETTINGS_KEY]
    if (area !== 'local' || !change) return
    enabled = storedInlineBadge(change.newValue)
    update()
  })

  return (lines) => {
    last = lines ?? unreachedLines(getMessage)
    update()
  }
}
