/**
 * The popup's Import CSV as a person meets it: the file's bytes are decoded in the page (a Windows-1252 file
 * keeps its accents), a file a German spreadsheet damaged gives one grouped line with the reason, and a file
 * whose dates read both ways asks which order, then imports with the answer.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type ExtensionHarness, launchExtension } from '../../scripts/lib/harness.ts'
import { CSV_COLUMNS } from '../../src/core/csv-columns.ts'
import { decodeWindows1252 } from '../../src/core/csv-decode.ts'
import { historyToCsv } from '../../src/core/csv-write.ts'
import { addDays, dayKey } from '../../src/core/day.ts'
import { day } from '../support/records.ts'

const today = dayKey(new Date())

/** Windows-1252 bytes of a text that holds only Latin-1 characters. */
const latin1 = (text: string) => Buffer.from(Uint8Array.from(text, (c) => c.charCodeAt(0)))

describe('Import CSV in the popup (Chromium)', () => {
  let h: ExtensionHarness
  beforeEach(async () => {
    h = await launchExtension({ dist: process.env.SSI_LENS_DIST })
  })
  afterEach(async () => {
    await h.close()
  })

  async function choose(name: string, buffer: Buffer) {
    const popup = await h.openPopup()
    await popup.locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer })
    await popup.locator('.import-result').waitFor()
    return popup
  }

  async function shoot(popup: Awaited<ReturnType<typeof choose>>, name: string) {
    // After an import the popup shows the history above the result: bring the result into view.
    await popup.locator('.import-result').scrollIntoViewIfNeeded()
    await h.screenshot(popup, `${name}-light`)
    await popup.emulateMedia({ colorScheme: 'dark' })
    await h.screenshot(popup, `${name}-dark`)
    await popup.emulateMedia({ colorScheme: 'light' })
  }

  it('reads a Windows-1252 file with its accents and says how it was read', async () => {
    const csv = historyToCsv([day(addDays(today, -1), { industryName: 'Tecnologia da informação' })])
    expect(decodeWindows1252(latin1(csv.slice(1)))).toBe(csv.slice(1))
    const popup = await choose('excel.csv', latin1(csv.slice(1)))
    await expect.poll(() => popup.locator('.import-result').textContent()).toContain('1 day added')
    expect(await popup.locator('.import-notes').textContent()).toContain('Windows-1252')
    const db = await h.readDatabase()
    expect(JSON.stringify(db)).toContain('Tecnologia da informação')
    expect(JSON.stringify(db)).not.toContain('\uFFFD')
    await shoot(popup, 'popup-import-windows-1252')
  })

  it('groups a German spreadsheet’s thousands misreads into one line, with every line behind Details', async () => {
    const lines = historyToCsv(Array.from({ length: 43 }, (_, i) => day(addDays(today, -50 + i))))
      .split('\r\n')
      .map((line, i) => (i === 0 || line === '' ? line : line.replace(',16.4382,', ',16438,')))
    const popup = await choose('resaved.csv', Buffer.from(lines.join('\r\n')))
    const groups = await popup.locator('.issue-groups li').allTextContents()
    expect(groups).toEqual([
      expect.stringMatching(
        /^Lines 2–44: Establish your professional brand is 16438, not 0–25\. The file looks like a spreadsheet read 16\.438 as 16438/,
      ),
    ])
    expect(await popup.locator('details.issue-lines').getAttribute('open')).toBeNull()
    await shoot(popup, 'popup-import-grouped-errors')
    expect(await h.readDatabase().then((db) => JSON.stringify(db).includes('16438'))).toBe(false)
  })

  it('asks for the date order when every date reads both ways, and imports with the answer', async () => {
    const days = [day('2026-01-10'), day('2026-05-11'), day('2026-09-12')]
    const header = CSV_COLUMNS.slice(0, 11).join(',')
    const rows = historyToCsv(days)
      .split('\r\n')
      .slice(1, -1)
      .map((line) => {
        const cells = line.split(',').slice(0, 11)
        const [y, m, d] = (cells[0] as string).split('-')
        cells[0] = `${m}/${d}/${y}`
        return cells.join(',')
      })
    const popup = await choose('us.csv', Buffer.from([header, ...rows].join('\r\n')))
    const dayFirst = popup.getByRole('button', { name: /^Day first: .*Oct.* to .*Dec.*2026$/ })
    const monthFirst = popup.getByRole('button', { name: /^Month first: .*Jan.* to .*Sep.*2026$/ })
    await dayFirst.waitFor()
    await shoot(popup, 'popup-import-date-order')
    await monthFirst.click()
    await expect.poll(() => popup.locator('.import-result').textContent()).toContain('3 days added')
    expect(await popup.locator('.import-notes').textContent()).toContain('month first')
  })
})
