/**
 * Connects the inline badge to the rest of SSI Lens: the `inlineBadge` setting (read at start and watched, so the
 * badge appears or disappears the moment the option changes, without a reload) and the browser's i18n.
 */
import { DEFAULT_SETTINGS } from '../shared/settings.ts'
import { loadSettings, watchSettings } from '../shared/settings-store.ts'
import { createInlineBadge, type InlineBadge } from './badge.ts'
import { type BadgeOutcome, badgeLines, type GetMessage } from './badge-text.ts'

/**
 * Starts following the `inlineBadge` setting and returns the function the content script calls with each
 * capture outcome. Until the setting is known nothing is drawn, so a switched-off badge never flashes.
 */
export function connectInlineBadge(doc: Document = document): (outcome: BadgeOutcome) => void {
  // chrome.i18n is synchronous and present in Chrome, Edge and Firefox alike.
  const getMessage: GetMessage = (key, subs) => chrome.i18n.getMessage(key, subs)
  const locale = chrome.i18n.getUILanguage()
  // Built on the first outcome: on the other Sales Navigator pages the content script runs on, nothing is made.
  let badge: InlineBadge | null = null
  let enabled: boolean | null = null
  let last: BadgeOutcome | null = null

  const update = () => {
    if (enabled === false) badge?.remove()
    else if (enabled && last) {
      badge ??= createInlineBadge(doc, {
        name: getMessage('badgeName') || 'SSI Lens',
        close: getMessage('badgeClose') || '×',
        lang: locale,
      })
      badge.show(badgeLines(last, getMessage, locale))
    }
  }

  loadSettings().then(
    (settings) => {
      enabled ??= settings.inlineBadge
      update()
    },
    () => {
      enabled ??= DEFAULT_SETTINGS.inlineBadge
      update()
    },
  )
  watchSettings((settings) => {
    enabled = settings.inlineBadge
    update()
  })

  return (outcome) => {
    last = outcome
    update()
  }
}
