/** Reads, writes and watches settings in `storage.local`; every context shares this one definition. */
import type { Storage } from 'webextension-polyfill'
import { browser } from './extension-api.ts'
import { normalizeSettings, SETTINGS_KEY, type Settings, serializeSettings } from './settings.ts'

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY)
  return normalizeSettings(stored[SETTINGS_KEY])
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await loadSettings()), ...change })
  await browser.storage.local.set({ [SETTINGS_KEY]: serializeSettings(next) })
  return next
}

/** Calls `listener` with the new settings whenever any context changes them; returns an unsubscribe. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, Storage.StorageChange>, area: string) => {
    if (area === 'local' && changes[SETTINGS_KEY]) listener(normalizeSettings(changes[SETTINGS_KEY].newValue))
  }
  browser.storage.onChanged.addListener(onChanged)
  return () => browser.storage.onChanged.removeListener(onChanged)
}
