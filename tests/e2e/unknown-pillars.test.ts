/**
 * Days known only by their total (a totals-only sheet), in real Chromium: the popup whose latest day has unknown
 * pillars shows its total, "—" for each pillar in the chart's table (named "unknown" for screen readers), no
 * next pillar and why, and the History page's table shows "—" in those rows. Screenshots at the real sizes.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type ExtensionHarness, launchExtension, storedDays } from '../../scripts/lib/harness.ts'
import { historyToCsv } from '../../src/core/csv-write.ts'
import { addDays, dayKey } from '../../src/core/day.ts'
import type { DayRecord } from '../../src/core/snapshot.ts'
import { dayWithTotal, totalOnlyDay } from '../support/records.ts'

type Envelope = { ok: true; value: Record<string, unknown> } | { ok: false; error: { code: string } }

describe('days known only by their total', () => {
  let h: ExtensionHarness
  const today = dayKey(new Date())
  // Earlier days with pillars, the last two known only by their total (today's among them), as a hand-kept
  // sheet imported beside an SSI Lens history would give them.
  const days: DayRecord[] = [
    ...[20, 14, 9, 5, 3].map((back, i) => dayWithTotal(addDays(today, -back), 40 + i)),
    totalOnlyDay(addDays(today, -1), 45),
    totalOnlyDay(today, 46, { capturedAt: new Date(Date.now() - 60_000).toISOString() }),
  ]

  beforeEach(async () => {
    h = await launchExtension({ dist: process.env.SSI_LENS_DIST })
    const imported = (await h.sendFromExtensionPage('importCsv', { text: historyToCsv(days) })) as Envelope
    expect(imported).toMatchObject({ ok: true, value: { ok: true, value: { added: days.length } } })
    expect(storedDays(await h.readDatabase()).map((d) => d.pillars === null)).toEqual([
      false,
      false,
      false,
      false,
      false,
      true,
      true,
    ])
  })
  afterEach(async () => {
    await h.close()
  })

  it('the popup shows the total, "—" pillars named "unknown", and says why there is no next pillar', async () => {
    const popup = await h.openPopup('[data-testid="current-score"]')
    await expect.poll(() => popup.locator('[data-testid="current-score"]').textContent()).toBe('46')
    expect(await popup.getByTestId('next-pillar').textContent()).toContain(
      'The latest day’s pillars are unknown: it was imported with its total only.',
    )
    // The chart's slider says the pillars are unknown on that day instead of leaving them out.
    const slider = popup.locator('[data-testid="trend-chart"] [role="slider"]')
    expect(await slider.getAttribute('aria-valuetext')).toMatch(/Total 46, Brand unknown, .*unknown$/)
    await h.screenshot(popup, 'popup-pillars-unknown-light')
    await popup.emulateMedia({ colorScheme: 'dark' })
    await h.screenshot(popup, 'popup-pillars-unknown-dark')
    await popup.emulateMedia({ colorScheme: 'light' })

    // The chart's table, built when opened: the newest row has its total and four "—" named "unknown".
    await popup.locator('.chart-table summary, details.chart-table > summary').first().click()
    const cells = popup.locator('table tbody tr').first().locator('td')
    await expect.poll(() => cells.first().textContent()).toBe('46')
    expect(await cells.evaluateAll((tds) => tds.slice(1).map((td) => td.textContent))).toEqual(
      Array(4).fill('—unknown'),
    )
    expect(
      await cells.evaluateAll((tds) =>
        tds.slice(1).map((td) => td.querySelector('[aria-hidden="true"]')?.textContent),
      ),
    ).toEqual(Array(4).fill('—'))
  })

  it('the History page shows "—" in the pillar cells of those rows, and the totals', async () => {
    const page = await h.openExtensionPage('src/history/index.html', '[data-ready]', {
      width: 1280,
      height: 800,
    })
    const row = page.locator(`[data-testid="history-table"] tr[data-day="${today}"]`)
    await expect.poll(() => row.locator('td.total').textContent()).toBe('46')
    expect(await row.locator('td[class*="pillar-"]').allTextContents()).toEqual(Array(4).fill('—unknown'))
    await h.screenshot(page, 'history-pillars-unknown-light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await h.screenshot(page, 'history-pillars-unknown-dark')
  })
})
