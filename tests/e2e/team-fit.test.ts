/**
 * The Team page fits a 1,024 px wide window in the languages with the longest words (Chromium's UI language set
 * through `LANGUAGE`, as tests/e2e/languages.test.ts does), and a 1,280 px one: its table scrolls no column out of
 * sight, and each row's Remove button is inside it. At 1,024 px the table needed 1,020 px of its 982 in English,
 * 1,150–1,161 in German, French and Brazilian Portuguese, and Dutch pushed the page itself 4 px wider than the
 * window: Remove was out of view in all five. Screenshots: test-results/team-fit-<lang>-<width>.png.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { type ExtensionHarness, launchExtension } from '../../scripts/lib/harness.ts'
import { dayKey } from '../../src/core/day.ts'
import { teamFiles } from '../support/team-files.ts'
import { csvFile, TEAM_PAGE } from './bench.ts'

const LANGUAGES = ['en', 'de', 'fr', 'pt-BR', 'nl'] as const
// The narrow window Rename stands above Remove in, the wide one they sit side by side in (team.css's container
// query).
const WIDTHS = [1024, 1280] as const
// Twelve people: among them files 20 days old, whose Last day cell carries the "not updated" tag.
const PEOPLE = 12

describe.each(LANGUAGES)('the Team page in %s', (language) => {
  let h: ExtensionHarness
  afterEach(async () => {
    await h?.close()
  })

  it(`fits ${WIDTHS.join(' and ')} px wide, every Remove button in sight`, async () => {
    h = await launchExtension({ language })
    const page = await h.openExtensionPage(TEAM_PAGE, '[data-ready]', { width: WIDTHS[0], height: 768 })
    const files = teamFiles(PEOPLE, dayKey(new Date()))
    await page.locator('#add-files').setInputFiles(files.map((f) => csvFile(f.name, f.text)))
    const people = page.locator('[data-testid="team-table"] > tbody:not([data-person="you"])')
    await expect.poll(() => people.count(), { timeout: 30_000 }).toBe(PEOPLE)
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 768 })
      const fit = await page.evaluate(() => {
        const frame = document.querySelector('.table-wrap') as HTMLElement
        const inside = frame.getBoundingClientRect()
        return {
          scrollWidth: document.documentElement.scrollWidth,
          viewport: document.documentElement.clientWidth,
          table: frame.scrollWidth,
          frame: frame.clientWidth,
          // The row's last button is its Remove (in every language's own word).
          outside: [...document.querySelectorAll('[data-testid="team-table"] > tbody')].flatMap((row) => {
            const box = [...row.querySelectorAll('td.actions button')].at(-1)?.getBoundingClientRect()
            return box && (box.right > inside.right || box.left < inside.left)
              ? [row.querySelector('th')?.textContent]
              : []
          }),
        }
      })
      await h.screenshot(page, `team-fit-${language}-${width}`, '.table-wrap')
      expect(fit.scrollWidth, `${width} px: no horizontal scroll of the page`).toBeLessThanOrEqual(
        fit.viewport,
      )
      expect(fit.table, `${width} px: no horizontal scroll of the table`).toBeLessThanOrEqual(fit.frame)
      expect(fit.outside, `${width} px: rows whose Remove button is out of sight`).toEqual([])
    }
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${language}`))
  })
})
