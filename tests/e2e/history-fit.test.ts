/**
 * The History page fits a 1,024 px wide window (Chromium's UI language set through `LANGUAGE`, as
 * tests/e2e/languages.test.ts does): no horizontal scroll, and each row's Delete button inside the window, with
 * the widest cells a month can hold (a day after today with its tag, a note, a day entered by hand, an imported
 * day, ranks, averages and an industry). German, French, Brazilian Portuguese and Dutch overflowed it (German by
 * 203 px, pushing "Löschen" out); English is the default. The other four had room to spare when measured: at
 * 1,024 px the table needed 840 (es), 801 (it), 761 (pl) and 756 px (ar) of 984, against German's 957, so each
 * launch of Chromium here goes to a language that could overflow. Screenshots: test-results/history-fit-<lang>.png.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { type ExtensionHarness, launchExtension } from '../../scripts/lib/harness.ts'
import { historyToCsv } from '../../src/core/csv-write.ts'
import { addDays, dayKey } from '../../src/core/day.ts'
import { day, MODERN_PAGE_PEERS, manualEntry, syntheticHistory } from '../support/records.ts'
import { storeRaw } from '../support/worker-store.ts'

const LANGUAGES = ['en', 'de', 'fr', 'pt-BR', 'nl'] as const
const WIDTH = 1024

describe.each(LANGUAGES)('the History page in %s', (language) => {
  let h: ExtensionHarness
  afterEach(async () => {
    await h?.close()
  })

  it(`fits ${WIDTH} px wide, every Delete button inside the window`, async () => {
    h = await launchExtension({ language })
    const today = dayKey(new Date())
    const send = (type: string, payload: unknown) => h.sendFromExtensionPage(type, payload)
    // The newest month's days: imported ones, one with a note, and today entered by hand.
    await send('importCsv', { text: historyToCsv(syntheticHistory(12, today)) })
    await send('setNote', { day: addDays(today, -1), note: 'New headline and banner' })
    await send('saveManualDay', { entry: manualEntry(today, MODERN_PAGE_PEERS), replaces: null })
    // A day after today, as older versions stored it: its row's date carries the "after today" tag.
    const ahead = { overall: 40, pillars: { brand: 14, people: 9, insights: 7, relationships: 10 } }
    await storeRaw(h, day(addDays(today, 1), ahead))
    const page = await h.openExtensionPage('src/history/index.html', '[data-ready]', {
      width: WIDTH,
      height: 768,
    })
    await page.locator('[data-testid="history-table"] tbody tr').first().waitFor()
    const fit = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
      // The row's last button is its Delete (in every language's own word).
      outside: [...document.querySelectorAll('[data-testid="history-table"] tbody tr')].flatMap((row) => {
        const box = [...row.querySelectorAll('button')].at(-1)?.getBoundingClientRect()
        return box && (box.right > document.documentElement.clientWidth || box.left < 0)
          ? [row.getAttribute('data-day')]
          : []
      }),
    }))
    await h.screenshot(page, `history-fit-${language}`)
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${language}`))
    expect(fit.scrollWidth, 'no horizontal scroll').toBeLessThanOrEqual(fit.viewport)
    expect(fit.outside, 'rows whose Delete button is outside the window').toEqual([])
  })
})
