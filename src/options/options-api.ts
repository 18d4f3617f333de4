/**
 * Everything the options page does outside itself, behind one small interface, so the page can be rendered in
 * tests against an in-memory browser and in the extension against the real one.
 */
import type { Permissions } from 'webextension-polyfill'
import { browser } from '../shared/extension-api.ts'
import { send } from '../shared/messaging.ts'
import type { Settings } from '../shared/settings.ts'
import { loadSettings, updateSettings, watchSettings } from '../shared/settings-store.ts'

export interface OptionsApi {
  load(): Promise<Settings>
  save(change: Partial<Settings>): Promise<Settings>
  /** Calls `listener` when any context changes the settings; returns an unsubscribe. */
  watch(listener: (settings: Settings) => void): () => void
  /** The recorded days and the people on the Team page ("Clear all data" deletes both). */
  countDays(): Promise<StoredCounts>
  /** Deletes every stored day and every person on the Team page; resolves to how many of each were deleted. */
  clearAll(): Promise<StoredCounts>
  /**
   * Asks for the optional `notifications` permission. Call it synchronously from a click handler, before any
   * `await`: browsers grant optional permissions only while the user's gesture lasts.
   */
  requestNotifications(): Promise<boolean>
  /** Gives the permission back when the reminder is switched off: SSI Lens keeps only what it uses. */
  releaseNotifications(): Promise<void>
  hasNotifications(): Promise<boolean>
  /** The shortcut that opens the popup (e.g. "Alt+Shift+S"), or null when none is set. */
  popupShortcut(): Promise<string | null>
  /** Opens the browser's own page for changing extension shortcuts. */
  openShortcutSettings(): Promise<void>
}

export interface StoredCounts {
  days: number
  people: number
}

const NOTIFICATIONS = { permissions: ['notifications'] } satisfies Permissions.Permissions

/** Firefox 137+ has a method for this; Chrome and Edge have a page an extension may open in a tab. */
type CommandsWithSettings = typeof browser.commands & { openShortcutSettings?: () => Promise<void> }

export function createBrowserOptionsApi(): OptionsApi {
  return {
    load: loadSettings,
    save: updateSettings,
    watch: watchSettings,
    countDays: () => send('countDays', {}),
    clearAll: async () => {
      const { deleted, people } = await send('clearAll', {})
      return { days: deleted, people }
    },
    requestNotifications: () => browser.permissions.request(NOTIFICATIONS),
    releaseNotifications: async () => {
      await browser.permissions.remove(NOTIFICATIONS)
    },
    hasNotifications: () => browser.permissions.contains(NOTIFICATIONS),
    popupShortcut: async () => {
      const commands = await browser.commands.getAll()
      return commands.find((c) => c.name === '_execute_action')?.shortcut || null
    },
    openShortcutSettings: async () => {
      const commands = browser.commands as CommandsWithSettings
      if (typeof commands.openShortcutSettings === 'function') await commands.openShortcutSettings()
      // tabs.create needs no "tabs" permission.
      else await browser.tabs.create({ url: 'chrome://extensions/shortcuts' })
    },
  }
}
