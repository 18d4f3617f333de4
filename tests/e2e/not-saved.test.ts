/**
 * A capture the browser cannot store (issue #12), in real Chromium: the extension's storage quota is cut to
 * almost nothing through the DevTools protocol (`Storage.overrideQuotaForOrigin`), the way a full disk cuts it,
 * so the background's IndexedDB write really fails — no test hook in the shipped code. The page's inline badge
 * says the day was not saved and why, and the popup shows it like any failed visit.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  type ExtensionHarness,
  fixture,
  launchExtension,
  SSI_URL,
  storedDays,
} from '../../scripts/lib/harness.ts'
import { waitForBadge } from '../../scripts/lib/inline-badge.ts'
import { withoutCdn } from './pages.ts'

describe('a capture during full storage, in Chromium', () => {
  let h: ExtensionHarness
  beforeEach(async () => {
    h = await launchExtension({ dist: process.env.SSI_LENS_DIST })
  })
  afterEach(async () => {
    await h.close()
  })

  it('shows "not saved" with why on the page and in the popup, and stores no day', async () => {
    // The database exists (the worker opened it); from here on the extension's origin has no room left.
    expect(await h.sendFromExtensionPage('countDays', {})).toMatchObject({ ok: true, value: { days: 0 } })
    const page = await h.openExtensionPage('src/options/index.html')
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Storage.overrideQuotaForOrigin', {
      origin: `chrome-extension://${h.extensionId}`,
      quotaSize: 1,
    })

    h.server.serve(SSI_URL, withoutCdn(fixture('ssi-modern-en')))
    const ssi = await h.openPage(SSI_URL)
    const badge = await waitForBadge(ssi, (state) => state !== 'recorded' && state !== '')
    expect(badge.state).toBe('not-saved')
    expect(badge.text).toContain("Today's score could not be saved: the browser's storage is full")
    await h.screenshot(ssi, 'inline-badge-not-saved', '#content-main')

    await cdp.send('Storage.overrideQuotaForOrigin', { origin: `chrome-extension://${h.extensionId}` })
    await cdp.detach()
    expect(storedDays(await h.readDatabase())).toEqual([])
    const popup = await h.openPopup()
    const line = popup.locator('.status-failure[data-failure="not-saved"]')
    await expect
      .poll(() => line.locator('strong').textContent())
      .toBe("Today's score could not be saved: the browser's storage is full")
    expect(await line.locator('.failure-action').textContent()).toMatch(/\S/)
    // The error's name is detail for a bug report: behind Details, never in the sentence itself.
    expect(await line.locator('strong').textContent()).not.toContain('QuotaExceededError')
    expect(await line.locator('.failure-details').textContent()).toContain('QuotaExceededError')
    await h.screenshot(popup, 'popup-not-saved-light')
    await popup.emulateMedia({ colorScheme: 'dark' })
    await h.screenshot(popup, 'popup-not-saved-dark')
  })
})
