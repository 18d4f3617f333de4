/**
 * The Team page in real Chromium, driven as a coach would: add thirty people's two-year files and one foreign
 * file, read the table (rows, next pillars, staleness), sort it, export it (read back by Python's csv module),
 * replace one person, remove one, reload — and the user's own history stays exactly as it was.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ExtensionHarness, launchExtension, storedDays } from '../../scripts/lib/harness.ts'
import { historyToCsv } from '../../src/core/csv-write.ts'
import { dayKey } from '../../src/core/day.ts'
import { TEAM_CSV_COLUMNS } from '../../src/core/team-csv.ts'
import { buttonShape } from '../support/button-shape.ts'
import { personDays } from '../support/records.ts'
import { FOREIGN_CSV, personCsv, teamFiles } from '../support/team-files.ts'
import { csvFile, TEAM_PAGE } from './bench.ts'

const PEOPLE = 30

describe('Team page in Chromium', () => {
  let h: ExtensionHarness
  let page: Page
  const today = dayKey(new Date())
  const files = teamFiles(PEOPLE, today)
  const own = personDays({ last: today, count: 60, weak: null, seed: 999 })

  const rows = () => page.locator('[data-testid="team-table"] > tbody')
  const row = (name: string) =>
    page.locator('[data-testid="team-table"] > tbody', { has: page.locator(`th:text-is("${name}")`) })

  beforeAll(async () => {
    h = await launchExtension()
    const reply = await h.sendFromExtensionPage('importCsv', { text: historyToCsv(own) })
    expect(reply).toMatchObject({ ok: true, value: { ok: true, value: { added: own.length } } })
    page = await h.openExtensionPage(TEAM_PAGE, '[data-ready]')
  })
  afterAll(async () => {
    await h?.close()
  })

  it('shows only "You" before anyone is added', async () => {
    await expect.poll(() => rows().count()).toBe(1)
    expect(await rows().first().getAttribute('data-person')).toBe('you')
    expect(await rows().first().locator('th').textContent()).toBe('You')
  })

  it('adds thirty two-year files and refuses a foreign one by name, with the reason', async () => {
    const input = page.getByLabel("Add people's CSV files")
    expect(await input.getAttribute('multiple')).not.toBeNull()
    await input.setInputFiles([
      ...files.map((f) => csvFile(f.name, f.text)),
      csvFile('contacts.csv', FOREIGN_CSV),
    ])
    await expect
      .poll(() => page.locator('[data-testid="add-outcome"] .summary').textContent(), { timeout: 60_000 })
      .toBe(`${PEOPLE} of ${PEOPLE + 1} files added.`)
    const refused = page.locator('[data-outcome="refused"]')
    expect(await refused.count()).toBe(1)
    expect(await refused.getAttribute('data-problem')).toBe('not-export')
    expect(await refused.evaluate((li) => li.firstChild?.textContent)).toBe(
      'contacts.csv was not added: it is not an SSI Lens export. Ask for the file that Export CSV in the SSI Lens popup saves.',
    )
    // The reader's detail is behind a disclosure, not in the sentence.
    expect(await refused.locator('details summary').textContent()).toBe('Details')
    await expect.poll(() => rows().count()).toBe(PEOPLE + 1)
  })

  it('shows each person with their next pillar, days recorded and how stale the file is', async () => {
    for (const [i, file] of files.entries()) {
      const name = file.name.replace(/\.csv$/, '')
      const r = row(name)
      expect(await r.locator('td.next').getAttribute('data-pillar'), name).toBe(file.shape.weak)
      expect(await r.locator('td.days').textContent()).toBe('730 days')
      const stale = i % 5 === 4
      expect(await r.getAttribute('data-stale'), name).toBe(stale ? '' : null)
      if (stale)
        expect(await r.locator('td.stale').textContent()).toBe('20 days ago not updated for over a week')
    }
    // The reason opens from the cell.
    const first = row('Person 01').locator('td.next details')
    await first.locator('summary').click()
    expect(await first.locator('.reason').textContent()).toMatch(/^Establish your professional brand is \d/)
  })

  it('sorts by every column with the keyboard, and says how', async () => {
    const header = page.locator('[data-testid="team-table"] thead th', { hasText: 'Latest' })
    await header.locator('button').focus()
    await page.keyboard.press('Enter')
    expect(await header.getAttribute('aria-sort')).toBe('descending')
    const totals = await rows().locator('td.latest .total').allTextContents()
    expect(totals.map(Number)).toEqual([...totals.map(Number)].sort((a, b) => b - a))
    await page.keyboard.press('Enter')
    expect(await header.getAttribute('aria-sort')).toBe('ascending')
    for (const name of [
      'Name',
      'Change, 49 days',
      'Weakest pillar',
      'Next pillar',
      'Days recorded',
      'Last day',
    ]) {
      const th = page.locator('[data-testid="team-table"] thead th', { hasText: name })
      await th.locator('button').click()
      expect(await th.getAttribute('aria-sort'), name).not.toBeNull()
    }
    await page.locator('[data-testid="team-table"] thead th', { hasText: 'Name' }).locator('button').click()
  })

  it('exports the team as RFC 4180 CSV that Python reads as one row per person', async () => {
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export team CSV' }).click()
    const file = await download
    expect(file.suggestedFilename()).toBe(`ssi-team-${today}.csv`)
    const path = await file.path()
    const parsed = JSON.parse(
      execFileSync('python3', [
        '-c',
        'import csv,json,sys; print(json.dumps(list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))))',
        path,
      ]).toString(),
    ) as string[][]
    expect(parsed[0]).toEqual([...TEAM_CSV_COLUMNS])
    expect(parsed).toHaveLength(PEOPLE + 2)
    const names = parsed.slice(1).map((r) => r[0])
    expect(new Set(names)).toEqual(new Set(['You', ...files.map((f) => f.name.replace(/\.csv$/, ''))]))
    const person = parsed.find((r) => r[0] === 'Person 05') as string[]
    expect(person[8]).toBe('brand') // next_pillar
    expect(person[11]).toBe('true') // stale
    expect(readFileSync(path, 'utf8').startsWith('\uFEFFname,')).toBe(true)
  })

  it('asks before replacing a person of the same name, and replaces them on yes', async () => {
    const newer = personCsv({ last: today, count: 100, weak: 'people', seed: 7 })
    await page.getByLabel("Add people's CSV files").setInputFiles([csvFile('Person 05.csv', newer)])
    const question = page.getByRole('alertdialog')
    await question.waitFor()
    expect(await question.textContent()).toContain('Person 05 is already on the team')
    await page.getByRole('button', { name: "Replace Person 05's history" }).click()
    await expect
      .poll(() => page.locator('[data-outcome="added"]').textContent())
      .toBe('Person 05.csv: replaced the history of Person 05, now 100 days.')
    await expect.poll(() => row('Person 05').locator('td.days').textContent()).toBe('100 days')
    expect(await row('Person 05').locator('td.next').getAttribute('data-pillar')).toBe('people')
    expect(await row('Person 05').getAttribute('data-stale')).toBeNull()
    expect(await rows().count()).toBe(PEOPLE + 1)
  })

  it('removes a person only after the confirmation, and keeps it so after a reload', async () => {
    const target = row('Person 03')
    await target.getByRole('button', { name: 'Remove', exact: true }).click()
    await page.getByRole('button', { name: 'Remove Person 03' }).click()
    await expect.poll(() => rows().count()).toBe(PEOPLE)
    await page.reload()
    await page.waitForSelector('[data-ready] [data-testid="team-table"]')
    expect(await rows().count()).toBe(PEOPLE)
    expect(await row('Person 03').count()).toBe(0)
  })

  it('never touched the user’s own history, and sent nothing anywhere', async () => {
    expect(h.foreignRequests()).toEqual([])
    expect(storedDays(await h.readDatabase('ssi-lens', ['months']))).toEqual(own)
    expect(await h.countRecords()).toMatchObject({ people: PEOPLE - 1, personDays: PEOPLE - 1 })
  })

  it('is linked from the popup and from the options page as "Team"', async () => {
    for (const from of [await h.openPopup(), await h.openOptions()]) {
      const link = from.getByRole('link', { name: 'Team', exact: true })
      const href = await link.evaluate((a) => (a as HTMLAnchorElement).href)
      expect(href).toBe(h.url(TEAM_PAGE))
      await from.close()
    }
  })

  it('draws everyone’s total with the popup’s chart, one panel per row, You on top', async () => {
    const lines = page.locator('[data-testid="team-chart"] [data-panel] [data-series="overall"]')
    await expect.poll(() => lines.count()).toBe(await rows().count())
    expect(
      await page.locator('[data-testid="team-chart"] [data-panel]').first().getAttribute('data-panel'),
    ).toBe('you')
    await page.getByRole('button', { name: '1 year', exact: true }).click()
    expect(await page.getByRole('button', { name: '1 year', exact: true }).getAttribute('aria-pressed')).toBe(
      'true',
    )
    expect(await page.locator('[data-testid="team-table"] thead').textContent()).toContain('Change, 1 year')
    await expect.poll(() => lines.count()).toBe(await rows().count())
    await page.getByRole('button', { name: '49 days', exact: true }).click()
  })

  it('looks right in light and dark', async () => {
    await page.setViewportSize({ width: 1280, height: 900 })
    await h.screenshot(page, 'team-light')
    await h.screenshot(page, 'team-glance-light', '.glance')
    await page.emulateMedia({ colorScheme: 'dark' })
    await h.screenshot(page, 'team-dark')
    await h.screenshot(page, 'team-glance-dark', '.glance')
    await page.emulateMedia({ colorScheme: 'light' })
  })

  it('draws its buttons as pills, in the shape of the History and options pages’ buttons', async () => {
    const history = await h.openExtensionPage('src/history/index.html', '[data-ready]')
    const pill = await history.getByRole('button', { name: 'Older month' }).evaluate(buttonShape)
    await history.close()
    const options = await h.openOptions()
    const optionsPill = await options.getByRole('button', { name: 'No goal' }).evaluate(buttonShape)
    await options.close()
    const team = await Promise.all(
      [
        page.locator('label[for="add-files"]'),
        page.getByRole('button', { name: 'Export team CSV' }),
        page.getByRole('button', { name: '49 days', exact: true }),
        page.getByRole('button', { name: '1 year', exact: true }),
        page.getByRole('button', { name: /^Rename / }).first(),
        page.getByRole('button', { name: 'Remove' }).first(),
      ].map((button) => button.evaluate(buttonShape)),
    )
    expect(pill).toMatch(/^999px solid/)
    expect([optionsPill, ...team]).toEqual(Array(team.length + 1).fill(pill))
  })

  it('is cleared with everything else by Options → Clear all data, which says so first', async () => {
    const options = await h.openOptions()
    await options.getByRole('button', { name: 'Delete all data…' }).click()
    await expect
      .poll(() => options.getByRole('alertdialog').textContent())
      .toContain(`This also removes ${PEOPLE - 1} people from the Team page, with their files.`)
    await options.getByRole('button', { name: `Delete ${own.length} days` }).click()
    await expect
      .poll(() => options.getByRole('status').first().textContent())
      .toBe(`Deleted ${own.length} days. Removed ${PEOPLE - 1} people from the Team page.`)
    const db = await h.readDatabase()
    expect([storedDays(db).length, db.people?.length, db.personDays?.length]).toEqual([0, 0, 0])
    await options.close()
    await page.reload()
    await page.waitForSelector('[data-ready] [data-testid="team-empty"]')
  })
})
