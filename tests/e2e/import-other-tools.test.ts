/**
 * History from other tools in real Chromium, through the history page's "Import CSV": several linkedin-ssi-data day
 * files and a spreadsheet kept by hand chosen at once, previewed (a column corrected by the user), then imported in
 * one go; the page's list follows.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type ExtensionHarness, FIXTURES, launchExtension, storedDays } from '../../scripts/lib/harness.ts'

const OTHER = join(FIXTURES, 'other-tools')
const PAGE = 'src/history/index.html'
const file = (name: string) => ({ name, mimeType: 'text/csv', buffer: readFileSync(join(OTHER, name)) })

/** A German sheet whose total column ("Wert") names nothing SSI Lens knows: the user picks it. */
const SHEET = Buffer.from(
  'Datum;Wert;Marke;Personen;Einblicke;Beziehungen\r\n02.03.2026;41;12,5;8,25;9;11,4\r\n03.03.2026;42;12,6;8,3;9,2;11,6\r\n',
)

describe('importing other tools’ files', () => {
  let h: ExtensionHarness

  beforeEach(async () => {
    h = await launchExtension({ dist: process.env.SSI_LENS_DIST })
  })
  afterEach(async () => {
    await h.close()
  })

  it('previews several files, lets the user correct a column, and writes every day at once', async () => {
    const page = await h.openExtensionPage(PAGE, '[data-ready]', { width: 900, height: 1100 })
    await page
      .getByLabel('Import CSV')
      .setInputFiles([
        file('ssi-data-scraper-2026-03-10.csv'),
        file('ssi-data-scraper-2026-03-11.csv'),
        file('ssi-data-scraper-2026-03-12.csv'),
        file('ssi-data-transcribed-2026-02-20.csv'),
        { name: 'mein-ssi.csv', mimeType: 'text/csv', buffer: SHEET },
      ])
    const preview = page.getByTestId('import-preview')
    await expect.poll(() => preview.locator('.import-file').count()).toBe(5)
    const importButton = preview.getByRole('button', { name: /^Import / })
    // "Wert" was not recognised: the sheet has no total yet, so nothing can be imported.
    await expect.poll(() => importButton.isDisabled()).toBe(true)
    await h.screenshot(page, 'import-preview-before-correction')

    await preview.getByLabel('Column “Wert”').selectOption('overall')
    await expect.poll(() => importButton.textContent()).toBe('Import 6 days')
    await expect.poll(() => importButton.isEnabled()).toBe(true)
    expect(await preview.textContent()).toContain(
      'Import will write every day at once: 6 days added, 0 replaced, 0 kept.',
    )
    await h.screenshot(page, 'import-preview-light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await h.screenshot(page, 'import-preview-dark')
    await page.emulateMedia({ colorScheme: 'light' })

    await importButton.click()
    await expect
      .poll(() => preview.getByRole('status').textContent())
      .toBe('Imported. 6 days added, 0 replaced, 0 kept.')
    const days = storedDays(await h.readDatabase())
    expect(days.map((d) => [d.day, d.overall, d.source, d.urlKind])).toEqual([
      ['2026-02-20', 44, 'csv', 'import'],
      ['2026-03-02', 41, 'csv', 'import'],
      ['2026-03-03', 42, 'csv', 'import'],
      ['2026-03-10', 47, 'csv', 'import'],
      ['2026-03-11', 48, 'csv', 'import'],
      ['2026-03-12', 45, 'csv', 'import'],
    ])
    expect(days[0]).toMatchObject({ industryName: 'Serviços de TI e consultoria de TI', industryRank: 15 })
    // The page's list follows the import: the newest month, March 2026, newest day first.
    await expect
      .poll(() =>
        page
          .locator('[data-testid="history-table"] tr[data-day]')
          .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-day'))),
      )
      .toEqual(['2026-03-12', '2026-03-11', '2026-03-10', '2026-03-03', '2026-03-02'])
    await h.screenshot(page, 'history-after-import')
    expect(days[3]?.industryPillars).toEqual({
      brand: 10.41,
      people: 6.22,
      insights: 4.05,
      relationships: 10.87,
    })
  })

  it('keeps a totals-only sheet’s days with their totals and unknown pillars, shown as “—”', async () => {
    const page = await h.openExtensionPage(PAGE, '[data-ready]')
    await page.getByLabel('Import CSV').setInputFiles([file('sheet-en-totals.tsv')])
    const preview = page.getByTestId('import-preview')
    await expect.poll(() => preview.textContent()).toContain('Pillars unknown for 3 days')
    const importButton = preview.getByRole('button', { name: /^Import / })
    await expect.poll(() => importButton.isEnabled()).toBe(true)
    await importButton.click()
    await expect
      .poll(() => preview.getByRole('status').textContent())
      .toBe('Imported. 3 days added, 0 replaced, 0 kept.')
    const days = storedDays(await h.readDatabase())
    expect(days.map((d) => [d.day, d.overall, d.pillars, d.note])).toEqual([
      ['2026-01-05', 38, null, null],
      ['2026-01-12', 39, null, null],
      ['2026-01-19', 41, null, null],
    ])
    const row = page.locator('[data-testid="history-table"] tr[data-day="2026-01-19"]')
    await expect.poll(() => row.locator('td.total').textContent()).toBe('41')
    // Each pillar cell shows "—" and says "unknown" to a screen reader.
    expect(await row.locator('td[class*="pillar-"]').allTextContents()).toEqual(Array(4).fill('—unknown'))
    expect(await row.locator('td[class*="pillar-"] [aria-hidden="true"]').allTextContents()).toEqual(
      Array(4).fill('—'),
    )
  })

  it('imports nothing from a set of files when one of them has a problem', async () => {
    const page = await h.openExtensionPage(PAGE, '[data-ready]')
    await page.getByLabel('Import CSV').setInputFiles([
      file('ssi-data-scraper-2026-03-10.csv'),
      {
        name: 'half.tsv',
        mimeType: 'text/csv',
        buffer: Buffer.from('Date\tSSI\tBrand\n2026-01-05\t38\t9\n'),
      },
    ])
    const preview = page.getByTestId('import-preview')
    await expect
      .poll(() => preview.getByTestId('import-problems').textContent())
      .toContain('Some of the day’s four pillars are empty')
    expect(await preview.getByRole('button', { name: /^Import / }).isDisabled()).toBe(true)
    expect(storedDays(await h.readDatabase())).toEqual([])
  })
})
