import { render } from 'preact'
import type { FailureRecord } from '../core/snapshot.ts'
import { browser } from '../shared/extension-api.ts'
import { markPageLanguage } from '../shared/i18n.ts'
import { send } from '../shared/messaging.ts'
import { normalizeSettings } from '../shared/settings.ts'
import { loadSettings, updateSettings } from '../shared/settings-store.ts'
import { App } from './App.tsx'
import { createPopupApi } from './api.ts'
import { keepFirstPaint, type Opening, replaceKeptView } from './kept-view.ts'
import { popupOverview, sessionUnsavedFailure } from './stored-overview.ts'

/**
 * The popup, started by its first module (opening.ts) with what that read. The first load draws from exactly
 * that — the settings and unsaved failure read then, the day of the open — so the view it keeps for the next open
 * is the one its key names; later loads (after an import) read afresh.
 */
export function start(opening: Opening): void {
  // Before the first render, so no word is ever drawn in the wrong direction.
  markPageLanguage()
  // The first call of each answers from the open; a later one (after an import) reads afresh.
  const once = <T,>(first: () => T, later: () => T): (() => T) => {
    let used = !opening.read
    return () => {
      if (used) return later()
      used = true
      return first()
    }
  }
  const api = createPopupApi({
    send,
    readOverview: once(
      () => popupOverview(opening.now, async () => opening.unsavedFailure as FailureRecord | null),
      () => popupOverview(new Date(), sessionUnsavedFailure),
    ),
    loadSettings: once(async () => normalizeSettings(opening.settings), loadSettings),
    updateSettings,
    openOptionsPage: () => browser.runtime.openOptionsPage(),
    replaceKeptView,
    keepFirstPaint: (main) =>
      keepFirstPaint(opening, main).catch((error) =>
        console.warn('SSI Lens: the popup could not keep its first paint', error),
      ),
  })
  const root = document.getElementById('app')
  if (root) render(<App api={api} />, root)
}
