/**
 * LinkedIn-wide shifts in real Chromium: a history whose latest change is shared with both peer averages makes the
 * popup say so; the same fall without the averages moving does not.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type ExtensionHarness, launchExtension } from '../../scripts/lib/harness.ts'
import { historyToCsv } from '../../src/core/csv-write.ts'
import { addDays, dayKey } from '../../src/core/day.ts'
import type { DayRecord } from '../../src/core/snapshot.ts'
import { day, snapshot } from '../support/records.ts'

const SHIFT = '[data-testid="platform-shift"]'
const MARK = '[data-testid="trend-chart"] .marker-shift'

/** Yesterday at 47 with averages 32 / 35, today at 44 (relationships −3) with the averages given. */
function twoDays(industryAverage: number, networkAverage: number): DayRecord[] {
  const today = dayKey(new Date())
  const fallen = { ...snapshot().pillars, relationships: 10.2104 }
  return [
    day(addDays(today, -1)),
    // Captured now: an import refuses a capture time after the clock (09:30 UTC may not have come yet).
    day(today, {
      overall: 44,
      pillars: fallen,
      industryAverage,
      networkAverage,
      capturedAt: new Date().toISOString(),
    }),
  ]
}

describe('LinkedIn-wide shifts in the popup', () => {
  let h: ExtensionHarness

  beforeEach(async () => {
    h = await launchExtension({ dist: process.env.SSI_LENS_DIST })
  })
  afterEach(async () => {
    await h.close()
  })

  it('says the latest fall was LinkedIn-wide when both averages fell with it', async () => {
    await h.sendFromExtensionPage('importCsv', { text: historyToCsv(twoDays(30, 33)) })
    const popup = await h.openPopup('[data-testid="current-score"]')
    await expect
      .poll(() => popup.locator(SHIFT).textContent())
      .toMatch(/^LinkedIn-wide change: people in your industry and network fell too\./)
    expect(await popup.locator(SHIFT).isVisible()).toBe(true)
    // The chart marks the shift day in its panels.
    expect(await popup.locator(MARK).count()).toBeGreaterThan(0)
    await h.screenshot(popup, 'popup-platform-shift-light')
    await popup.emulateMedia({ colorScheme: 'dark' })
    await h.screenshot(popup, 'popup-platform-shift-dark')
  })

  it('says nothing of LinkedIn when only the user’s total fell', async () => {
    await h.sendFromExtensionPage('importCsv', { text: historyToCsv(twoDays(32, 35)) })
    const popup = await h.openPopup('[data-testid="current-score"]')
    // The next-pillar card renders in the same pass as the note would: once it is there, the note is decided.
    await popup.waitForSelector('[data-testid="next-pillar"]')
    expect(await popup.locator(SHIFT).count()).toBe(0)
    expect(await popup.locator(MARK).count()).toBe(0)
  })
})
