/**
 * The history page in real Chromium, driven as a person would: ten years open to one month of rows; a day added
 * by hand (with the question before a recorded day is replaced); a day deleted after a confirmation that names
 * it, with the popup and the toolbar badge following; a note edited in its row and exported; several files
 * imported at once. Screenshots in light and dark go to test-results/.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type ExtensionHarness, launchExtension, storedDays } from '../../scripts/lib/harness.ts'
import { historyToCsv } from '../../src/core/csv-write.ts'
import { addDays, dayKey } from '../../src/core/day.ts'
import { buttonShape } from '../support/button-shape.ts'
import { showMonthOf } from '../support/history-month.ts'
import { day, MODERN_PAGE_PEERS, manualEntry, syntheticHistory } from '../support/records.ts'
import { storeRaw } from '../support/worker-store.ts'

type Envelope = { ok: true; value: Record<string, unknown> } | { ok: false; error: { code: string } }

const PAGE = 'src/history/index.html'
const ROWS = '[data-testid="history-table"] tbody tr'
const VIEWPORT = { width: 1280, height: 860 }

describe('the history page in Chromium', () => {
  let h: ExtensionHarness
  const send = (type: string, payload: unknown) => h.sendFromExtensionPage(type, payload) as Promise<Envelope>
  const importDays = async (csv: string) => {
    const reply = await send('importCsv', { text: csv })
    expect(reply, JSON.stringify(reply).slice(0, 600)).toMatchObject({ ok: true, value: { ok: true } })
  }
  const openHistory = async () => {
    const page = await h.openExtensionPage(PAGE, '[data-ready]', VIEWPORT)
    return page
  }

  beforeAll(async () => {
    h = await launchExtension({ dist: process.env.SSI_LENS_DIST })
  })
  afterAll(async () => {
    await h?.close()
  })
  beforeEach(async () => {
    await send('clearAll', {})
  })

  it('opens with ten years stored to the newest month: newest day first, never more than a month of rows', async () => {
    const today = dayKey(new Date())
    const history = syntheticHistory(3650, today)
    await importDays(historyToCsv(history))
    const page = await openHistory()
    await page.waitForSelector(ROWS)
    const days = await page.locator(ROWS).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-day')))
    // Exactly the newest month's days, newest first: every day of the synthetic history is recorded.
    const newestMonth = addDays(today, -1).slice(0, 7)
    const expected = history.map((r) => r.day).filter((d) => d.startsWith(newestMonth))
    expect(days).toEqual(expected.reverse())
    expect(await page.getByTestId('history-day-count').textContent()).toMatch(/3,650 days/)
    // The other 120 months are one choice away, not rows in the page.
    expect(await page.locator('select option').count()).toBe(
      months(addDays(today, -3650), addDays(today, -1)),
    )
    await page.getByRole('button', { name: 'Older month' }).click()
    // The newest month's rows stay until the older month has arrived: wait for a first row older than them all.
    const oldestShown = days.at(-1) as string
    await expect
      .poll(async () => {
        const first = await page.locator(ROWS).first().getAttribute('data-day')
        return first !== null && /^\d{4}-\d{2}-\d{2}$/.test(first) && first < oldestShown
      })
      .toBe(true)
    await page.close()
  })

  it('adds a day by hand, marked "entered by hand", with the total as the page shows it', async () => {
    const today = dayKey(new Date())
    await importDays(historyToCsv(syntheticHistory(10, today))) // ten days up to yesterday
    const page = await openHistory()
    await page.getByRole('button', { name: 'Add a day' }).click()
    await page.getByLabel('Date', { exact: true }).fill(today)
    await page.getByLabel('Establish your professional brand').fill('16.4')
    await page.getByLabel('Find the right people').fill('9,3')
    await page.getByLabel('Engage with insights').fill('7.8')
    await page.getByLabel('Build relationships').fill('30')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    // Refused next to the field, nothing written.
    await expect
      .poll(() => page.locator('#add-relationships-error').textContent())
      .toBe('Enter a number from 0 to 25.')
    expect(await page.locator('#add-relationships').getAttribute('aria-invalid')).toBe('true')
    await page.getByLabel('Build relationships').fill('13.2')
    expect(await page.getByTestId('manual-total').textContent()).toBe('47')
    await h.screenshot(page, 'history-add-day-light')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await expect.poll(() => page.locator(ROWS).first().getAttribute('data-day')).toBe(today)
    const row = page.locator(`${ROWS}[data-day="${today}"]`)
    expect(await row.locator('.recorded').textContent()).toBe('entered by hand')
    expect(await row.locator('.total').textContent()).toBe('47')
    expect(await page.getByTestId('history-status').textContent()).toMatch(/entered by hand/)

    const stored = storedDays(await h.readDatabase()).find((d) => d.day === today)
    expect(stored).toMatchObject({ source: 'manual', urlKind: 'manual', overall: 47 })
    await expect.poll(async () => (await h.toolbarBadge()).text).toBe('47')
    await page.close()
  })

  it('never replaces a recorded day without a question that names it, its total and how it was recorded', async () => {
    const today = dayKey(new Date())
    const yesterday = addDays(today, -1)
    const captured = day(yesterday, {
      overall: 44,
      pillars: { brand: 16, people: 9, insights: 7, relationships: 12 },
      capturedAt: new Date(Date.now() - 86_400_000).toISOString(),
    })
    await importDays(historyToCsv([captured]))
    const page = await openHistory()
    const dayText = await page.locator(`${ROWS}[data-day="${yesterday}"] th time`).textContent()
    const fill = async () => {
      await page.getByRole('button', { name: 'Add a day' }).click()
      await page.getByLabel('Date', { exact: true }).fill(yesterday)
      await page.getByLabel('Establish your professional brand').fill('16.4')
      await page.getByLabel('Find the right people').fill('9.3')
      await page.getByLabel('Engage with insights').fill('7.8')
      await page.getByLabel('Build relationships').fill('13.2')
      await page.getByRole('button', { name: 'Save', exact: true }).click()
    }
    await fill()
    const dialog = page.getByRole('dialog')
    await dialog.waitFor()
    expect(await dialog.textContent()).toContain(
      `${dayText} is already recorded: total 44, captured on the page.`,
    )
    await h.screenshot(page, 'history-replace-question-light')
    // "No" keeps the captured day exactly as it was.
    await dialog.getByRole('button', { name: 'Keep the recorded day' }).click()
    await dialog.waitFor({ state: 'detached' })
    expect(storedDays(await h.readDatabase())).toEqual([captured])
    // "Yes" replaces it, and only then.
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await dialog.getByRole('button', { name: 'Replace the recorded day' }).click()
    await expect
      .poll(() => page.locator(`${ROWS}[data-day="${yesterday}"] .recorded`).textContent())
      .toBe('entered by hand')
    expect(storedDays(await h.readDatabase())).toEqual([
      expect.objectContaining({ day: yesterday, source: 'manual', overall: 47 }),
    ])
    await page.close()
  })

  it('deletes one day after a confirmation that names it; the day count, toolbar badge and popup follow', async () => {
    const today = dayKey(new Date())
    // Thirty days up to today, today's captured a minute ago (an import refuses a capture time still to come).
    const days = syntheticHistory(30, addDays(today, 1))
    days[29] = {
      ...(days[29] as (typeof days)[number]),
      capturedAt: new Date(Date.now() - 60_000).toISOString(),
    }
    await importDays(historyToCsv(days))
    const latest = days.at(-1) as (typeof days)[number]
    const before = days.at(-2) as (typeof days)[number]
    await expect.poll(async () => (await h.toolbarBadge()).text).toBe(String(latest.overall))

    const page = await openHistory()
    const row = page.locator(`${ROWS}[data-day="${today}"]`)
    const dayText = await row.locator('th time').textContent()
    await row.getByRole('button', { name: 'Delete', exact: true }).click()
    const dialog = page.getByRole('dialog')
    expect(await dialog.textContent()).toContain(
      `Delete ${dayText} (total ${latest.overall}, captured on the page)?`,
    )
    // Focus starts on the safe choice; Escape backs out and deletes nothing.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel')
    await h.screenshot(page, 'history-delete-question-light')
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    expect(storedDays(await h.readDatabase())).toHaveLength(30)

    await row.getByRole('button', { name: 'Delete', exact: true }).click()
    await dialog.getByRole('button', { name: 'Delete this day' }).click()
    await row.waitFor({ state: 'detached' })
    expect(await page.getByTestId('history-day-count').textContent()).toMatch(/29 days/)
    expect(storedDays(await h.readDatabase()).map((d) => d.day)).toEqual(days.slice(0, -1).map((d) => d.day))
    await expect.poll(async () => (await h.toolbarBadge()).text).toBe(`${before.overall}•`)
    const popup = await h.openPopup('[data-testid="current-score"]')
    expect(await popup.getByTestId('current-score').textContent()).toBe(String(before.overall))
    await popup.close()
    await page.close()
  })

  it('edits a note in its row, and exports it in the note column', async () => {
    const today = dayKey(new Date())
    await importDays(historyToCsv(syntheticHistory(5, today)))
    const target = addDays(today, -2)
    const page = await openHistory()
    await showMonthOf(page, target)
    const row = page.locator(`${ROWS}[data-day="${target}"]`)
    await row.getByRole('button', { name: 'Add note' }).click()
    const input = row.getByRole('textbox')
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT')
    await input.fill('Started posting twice a week, "B2B"; =no formula')
    await input.press('Enter')
    await expect
      .poll(() => row.locator('.note-text').textContent())
      .toBe('Started posting twice a week, "B2B"; =no formula')
    const exported = await send('exportCsv', {})
    const csv = exported.ok ? (exported.value.csv as string) : ''
    const [header, ...lines] = csv.slice(1).split('\r\n')
    expect(header?.split(',').slice(11)).toContain('note')
    expect(lines.find((l) => l.startsWith(`${target},`))).toMatch(
      /,"Started posting twice a week, ""B2B""; =no formula"(,|$)/,
    )
    // And the note comes back from its own export.
    await send('clearAll', {})
    await importDays(csv)
    const again = await send('exportCsv', {})
    expect(again.ok && again.value.csv).toBe(csv)
    await page.close()
  })

  it('imports several files at once through "Import CSV"', async () => {
    const today = dayKey(new Date())
    const all = syntheticHistory(20, today)
    const page = await openHistory()
    const input = page.getByLabel('Import CSV')
    expect(await input.getAttribute('multiple')).not.toBeNull()
    await input.setInputFiles([
      { name: 'first.csv', mimeType: 'text/csv', buffer: Buffer.from(historyToCsv(all.slice(0, 10))) },
      { name: 'second.csv', mimeType: 'text/csv', buffer: Buffer.from(historyToCsv(all.slice(10))) },
    ])
    const importButton = page.getByRole('button', { name: /^Import 20 days/ })
    await importButton.waitFor()
    await expect.poll(() => importButton.isEnabled()).toBe(true)
    await importButton.click()
    await expect.poll(async () => storedDays(await h.readDatabase()).length).toBe(20)
    await expect.poll(() => page.getByTestId('history-day-count').textContent()).toMatch(/20 days/)
    await page.close()
  })

  it('is linked from the popup and from the options page as "History", and the popup link opens it in a tab', async () => {
    for (const from of [await h.openPopup(), await h.openOptions()]) {
      const link = from.getByRole('link', { name: 'History', exact: true })
      expect(await link.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(h.url(PAGE))
      await from.close()
    }
    // The manifest asks for no "tabs" permission: a plain target=_blank link is all the popup needs.
    await importDays(historyToCsv(syntheticHistory(5, dayKey(new Date()))))
    await send('setNote', { day: addDays(dayKey(new Date()), -2), note: 'New headline and banner' })
    const popup = await h.openPopup()
    await popup.locator('.chart-table summary').click()
    await h.screenshot(popup, 'popup-history-link-light')
    await popup.emulateMedia({ colorScheme: 'dark' })
    await h.screenshot(popup, 'popup-history-link-dark')
    const [opened] = await Promise.all([
      h.context.waitForEvent('page'),
      popup.getByRole('link', { name: 'History', exact: true }).click(),
    ])
    await opened.waitForSelector('[data-ready]')
    expect(opened.url()).toBe(h.url(PAGE))
    await opened.close()
    await popup.close()
  })

  it('gives its buttons one shape: Import CSV and Import N days as Add a day and the month buttons', async () => {
    await importDays(historyToCsv(syntheticHistory(40, dayKey(new Date()))))
    const page = await openHistory()
    const add = await page.getByRole('button', { name: 'Add a day' }).evaluate(buttonShape)
    const older = await page.getByRole('button', { name: 'Older month' }).evaluate(buttonShape)
    await page.getByLabel('Import CSV').setInputFiles({
      name: 'days.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(historyToCsv(syntheticHistory(3, addDays(dayKey(new Date()), -60)))),
    })
    const importAll = page.getByRole('button', { name: /^Import \d+ days$/ })
    await importAll.waitFor()
    const chooser = await page.locator('label[for="import-files"]').evaluate(buttonShape)
    expect([older, chooser, await importAll.evaluate(buttonShape)]).toEqual([add, add, add])
    await page.close()
  })

  it("colours each pillar's numbers as the popup draws that pillar's line, in light and dark", async () => {
    await importDays(historyToCsv(syntheticHistory(10, dayKey(new Date()))))
    const popup = await h.openPopup()
    const page = await openHistory()
    await page.waitForSelector(ROWS)
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme })
      await page.emulateMedia({ colorScheme: scheme })
      for (const pillar of ['brand', 'people', 'insights', 'relationships']) {
        const line = await popup
          .locator(`.trend-chart [data-series="${pillar}"] path`)
          .first()
          .evaluate((p) => getComputedStyle(p).stroke)
        const number = await page
          .locator(`${ROWS} td.pillar-${pillar}`)
          .first()
          .evaluate((td) => getComputedStyle(td).color)
        expect(number, `${pillar} (${scheme})`).toBe(line)
      }
    }
    await page.close()
    await popup.close()
  })

  it('marks a day after today, and shows every kind of day, in light and dark', async () => {
    const today = dayKey(new Date())
    const tomorrow = addDays(today, 1)
    const days = syntheticHistory(12, today)
    await importDays(historyToCsv(days))
    // A day after today cannot be imported any more (its capture time would be in the future), but older
    // versions stored such days: written straight into the store, as they are found there.
    const ahead = day(tomorrow, {
      overall: 40,
      pillars: { brand: 14, people: 9, insights: 7, relationships: 10 },
    })
    await storeRaw(h, ahead)
    await send('setNote', { day: addDays(today, -3), note: 'New headline and banner' })
    await send('saveManualDay', { entry: manualEntry(today, MODERN_PAGE_PEERS), replaces: null })
    const page = await openHistory()
    const future = page.locator(`${ROWS}[data-day="${tomorrow}"]`)
    expect(await future.getAttribute('class')).toContain('future')
    expect(await future.locator('.tag').textContent()).toBe('after today')
    expect(await future.getByRole('button', { name: 'Delete', exact: true }).isEnabled()).toBe(true)
    if (tomorrow.slice(0, 7) === today.slice(0, 7))
      expect(await page.getByTestId('history-future-days').textContent()).toMatch(/after today/)
    await h.screenshot(page, 'history-page-light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await h.screenshot(page, 'history-page-dark')
    await page.getByRole('button', { name: 'Add a day' }).click()
    await h.screenshot(page, 'history-add-day-dark')
    await page.close()
  })
})

/** How many calendar months the days from `from` to `to` touch. */
function months(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number]
  const [ty, tm] = to.split('-').map(Number) as [number, number]
  return (ty - fy) * 12 + (tm - fm) + 1
}
