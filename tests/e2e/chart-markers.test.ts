/**
 * The popup chart's markers in real Chromium, in every range: a LinkedIn-wide shift 100 days ago is marked under
 * "1 year" and "All" (in the week that holds it) and not under "49 days"; a note written on the History page is
 * marked on the next popup, read out with its text (pointer or keys) and listed in the chart's table, in daily and
 * weekly ranges; a note changed there is what the next popup shows. Screenshots (420×600, light and dark) go to
 * test-results/.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type ExtensionHarness, launchExtension } from '../../scripts/lib/harness.ts'
import { historyToCsv } from '../../src/core/csv-write.ts'
import { addDays, dayKey } from '../../src/core/day.ts'
import { showMonthOf } from '../support/history-month.ts'
import { syntheticHistory } from '../support/records.ts'
import { historyWithShift } from '../support/shift-history.ts'

const SHIFT_MARK = '[data-testid="trend-chart"] .marker.marker-shift'
const NOTE_MARK = '[data-testid="trend-chart"] .marker.marker-note'
const SLIDER = '[data-testid="trend-chart"] [role="slider"]'
const FELL = 'LinkedIn-wide fall: industry average −2, network average −2'

/** Picks a range and waits until the chart shows it (its slot count is the range's). */
async function showRange(popup: Page, name: string, slots: number): Promise<void> {
  await popup.getByRole('button', { name, exact: true }).click()
  await expect.poll(() => popup.locator(SLIDER).getAttribute('aria-valuemax')).toBe(String(slots - 1))
}

/** Moves the chart's cursor to `slot` with the keyboard (Home, then → as often as needed). */
async function pickSlot(popup: Page, slot: number): Promise<string> {
  const slider = popup.locator(SLIDER)
  await slider.focus()
  await slider.press('Home')
  for (let i = 0; i < slot; i++) await slider.press('ArrowRight')
  await expect.poll(() => slider.getAttribute('aria-valuenow')).toBe(String(slot))
  return (await slider.getAttribute('aria-valuetext')) ?? ''
}

describe('markers on the popup chart', () => {
  let h: ExtensionHarness
  const today = dayKey(new Date())
  const importDays = async (csv: string) => {
    const reply = await h.sendFromExtensionPage('importCsv', { text: csv })
    expect(reply, JSON.stringify(reply).slice(0, 600)).toMatchObject({ ok: true, value: { ok: true } })
  }

  beforeAll(async () => {
    h = await launchExtension({ dist: process.env.SSI_LENS_DIST })
  })
  afterAll(async () => {
    await h?.close()
  })
  beforeEach(async () => {
    await h.sendFromExtensionPage('clearAll', {})
  })

  it('marks a shift 100 days ago under "1 year" and "All", in its week, and not under "49 days"', async () => {
    await importDays(historyToCsv(historyWithShift(120, 100, today)))
    const popup = await h.openPopup('[data-testid="current-score"]')
    await popup.waitForSelector('[data-testid="trend-chart"] [data-series="overall"]')
    expect(await popup.locator(SHIFT_MARK).count()).toBe(0)

    // 1 year: 53 weeks ending today; 100 days back is in the 15th week back, slot 52 − 14.
    await showRange(popup, '1 year', 53)
    await expect.poll(() => popup.locator(SHIFT_MARK).count()).toBe(5) // one per panel
    expect(await pickSlot(popup, 38)).toContain(FELL)
    expect(await popup.locator('.readout .marker-shift').textContent()).toBe(FELL)
    expect(await pickSlot(popup, 39)).not.toContain('LinkedIn-wide')

    // All: from the oldest day (120 back), 18 weeks; the shift's week is 14 weeks before the last.
    await showRange(popup, 'All', 18)
    await expect.poll(() => popup.locator(SHIFT_MARK).count()).toBe(5)
    expect(await pickSlot(popup, 17 - 14)).toContain(FELL)

    await showRange(popup, '49 days', 49)
    await expect.poll(() => popup.locator(SHIFT_MARK).count()).toBe(0)
    await popup.close()
  })

  it('marks a note written on the History page, reads it out, lists it, and follows a change', async () => {
    await importDays(historyToCsv(syntheticHistory(200, today)))
    const noted = addDays(today, -3)
    const history = await h.openExtensionPage('src/history/index.html', '[data-ready]')
    await showMonthOf(history, noted)
    const row = history.locator(`[data-testid="history-table"] tbody tr[data-day="${noted}"]`)
    await row.getByRole('button', { name: 'Add note' }).click()
    await row.getByRole('textbox').fill('Started posting twice a week')
    await row.getByRole('textbox').press('Enter')
    await expect.poll(() => row.locator('.note-text').textContent()).toBe('Started posting twice a week')

    let popup = await h.openPopup('[data-testid="current-score"]')
    await popup.waitForSelector(NOTE_MARK)
    expect(await popup.locator(NOTE_MARK).count()).toBe(5)
    // 49 days end today: three days back is slot 45. The note is announced with the day's values.
    const said = await pickSlot(popup, 45)
    expect(said).toMatch(/^.+: Total \d+, .+\. Note: Started posting twice a week$/)
    expect(await popup.locator('.readout .marker-note').textContent()).toBe(
      'Note: Started posting twice a week',
    )
    // The pointer reads it too: hovering the note's slot.
    await popup.locator(SLIDER).blur()
    const mark = popup.locator(`${NOTE_MARK} line`).first()
    const box = await mark.boundingBox()
    if (!box) throw new Error('the note marker has no box')
    await popup.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await expect
      .poll(() => popup.locator('.readout .marker-note').textContent())
      .toBe('Note: Started posting twice a week')
    await popup.mouse.move(0, 0)
    await popup.locator('.chart-table summary').click()
    // The table's rows load when it is first opened.
    await expect
      .poll(() => popup.getByTestId('table-note').allTextContents())
      .toEqual(['Note: Started posting twice a week'])

    // All: weekly; the last week (ending today) holds the noted day, which names its day.
    await showRange(popup, 'All', 29)
    await expect.poll(() => popup.locator(NOTE_MARK).count()).toBe(5)
    expect(await pickSlot(popup, 28)).toMatch(/\. Note on .+: Started posting twice a week$/)
    await popup.close()

    // Changed on the History page: the next popup shows the new words, not the old ones.
    await row.getByRole('button', { name: 'Edit note' }).click()
    await row.getByRole('textbox').fill('Posting daily now')
    await row.getByRole('textbox').press('Enter')
    await expect.poll(() => row.locator('.note-text').textContent()).toBe('Posting daily now')
    popup = await h.openPopup('[data-testid="current-score"]')
    await popup.waitForSelector(NOTE_MARK)
    expect(await pickSlot(popup, 28)).toMatch(/\. Note on .+: Posting daily now$/)
    await popup.getByRole('button', { name: '49 days', exact: true }).click()
    await popup.close()
    await history.close()
  })

  it('draws a note and a shift in 49 days, and ten years under "All", in light and dark', async () => {
    await importDays(historyToCsv(historyWithShift(60, 20, today)))
    await h.sendFromExtensionPage('setNote', { day: addDays(today, -9), note: 'New headline and banner' })
    const popup = await h.openPopup('[data-testid="current-score"]')
    await popup.waitForSelector(NOTE_MARK)
    expect(await popup.locator(SHIFT_MARK).count()).toBe(5)
    await pickSlot(popup, 48 - 9)
    await h.screenshot(popup, 'popup-chart-markers-light')
    await popup.emulateMedia({ colorScheme: 'dark' })
    await pickSlot(popup, 48 - 20)
    await h.screenshot(popup, 'popup-chart-markers-dark')
    await popup.close()

    await h.sendFromExtensionPage('clearAll', {})
    await importDays(historyToCsv(syntheticHistory(3650, today)))
    const all = await h.openPopup('[data-testid="current-score"]')
    await showRange(all, 'All', 522)
    await all.mouse.move(0, 0)
    await h.screenshot(all, 'popup-chart-all-ten-years-light')
    await all.emulateMedia({ colorScheme: 'dark' })
    await h.screenshot(all, 'popup-chart-all-ten-years-dark')
    await all.getByRole('button', { name: '49 days', exact: true }).click()
    await all.close()
  })
})
