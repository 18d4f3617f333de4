/**
 * "Latest" means the latest day on or before today, in real Chromium (issue #12): a day stored after today (a file
 * written east of here, an older version, a clock set ahead) never hides today's capture on the toolbar or in
 * the popup, and the popup says plainly that it is there.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  type ExtensionHarness,
  fixture,
  launchExtension,
  SSI_URL,
  storedDays,
} from '../../scripts/lib/harness.ts'
import { historyToCsv } from '../../src/core/csv-write.ts'
import { addDays, dayKey } from '../../src/core/day.ts'
import { day } from '../support/records.ts'
import { withoutCdn } from './pages.ts'

type Envelope = { ok: true; value: Record<string, unknown> } | { ok: false; error: { code: string } }

describe('a day stored after today, in Chromium', () => {
  let h: ExtensionHarness
  beforeEach(async () => {
    h = await launchExtension({ dist: process.env.SSI_LENS_DIST })
  })
  afterEach(async () => {
    await h.close()
  })

  it("never hides today's capture: the toolbar shows 47 without the mark and the popup today's 47", async () => {
    const today = dayKey(new Date())
    const tomorrow = addDays(today, 1)
    // Tomorrow is as far as an import may reach: a file written east of here, where it is already tomorrow,
    // captured a minute ago (a real instant, not in the future).
    const ahead = day(tomorrow, {
      overall: 40,
      pillars: { brand: 14, people: 9, insights: 7, relationships: 10 },
      capturedAt: new Date(Date.now() - 60_000).toISOString(),
    })
    const csv = historyToCsv([ahead])
    const imported = (await h.sendFromExtensionPage('importCsv', { text: csv })) as Envelope
    expect(imported).toMatchObject({ ok: true, value: { ok: true, value: { added: 1 } } })

    h.server.serve(SSI_URL, withoutCdn(fixture('ssi-modern-en')))
    await h.openPage(SSI_URL)
    const db = await h.waitForDatabase((d) => storedDays(d).length === 2)
    expect(storedDays(db).map((d) => [d.day, d.overall])).toEqual([
      [today, 47],
      [tomorrow, 40],
    ])

    await expect.poll(async () => (await h.toolbarBadge()).text).toBe('47')
    const popup = await h.openPopup('[data-testid="current-score"]')
    await expect.poll(() => popup.locator('[data-testid="current-score"]').textContent()).toBe('47')
    expect(await popup.locator('.score-when').textContent()).toMatch(/today/i)
    expect(await popup.locator('.status').count()).toBe(0) // no "today is not recorded yet"
    const note = popup.locator('[data-testid="future-days"]')
    await expect.poll(() => note.textContent()).toMatch(/^1 day is dated after today \(.+\)/)
    await h.screenshot(popup, 'popup-day-after-today-light')
    await popup.emulateMedia({ colorScheme: 'dark' })
    await h.screenshot(popup, 'popup-day-after-today-dark')
  })
})
