/** The SSI pages and seeded histories the inline badge's end-to-end tests share. */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { type ExtensionHarness, fixture, SCREENSHOTS } from '../../scripts/lib/harness.ts'
import { LINKEDIN_LIKE_CSS } from '../../scripts/lib/sample-page.ts'
import { historyToCsv } from '../../src/core/csv-write.ts'
import { addDays } from '../../src/core/day.ts'
import type { DayRecord } from '../../src/core/snapshot.ts'
import { day } from './records.ts'

const DARK_CSS = `
  .theme--dark body { background: #000; color: rgb(255 255 255 / 90%); }
  .theme--dark .ssi-report__container { background: #1d2226; box-shadow: 0 0 0 1px rgb(255 255 255 / 12%); }
  .theme--dark .t-black--light { color: rgb(255 255 255 / 60%); }`

/** The modern English SSI fixture, optionally in LinkedIn's look, in its dark theme, or with no theme class. */
export function ssiPage(options: { styled?: boolean; theme?: 'light' | 'dark' | 'none' } = {}): string {
  let html = fixture('ssi-modern-en')
  if (options.theme === 'dark') html = html.replace('theme theme--light', 'theme theme--dark')
  if (options.theme === 'none') html = html.replace('theme theme--light', '')
  if (options.styled) html = html.replace('</head>', `<style>${LINKEDIN_LIKE_CSS}${DARK_CSS}</style></head>`)
  return html
}

/** The fixture's total with three points fewer, its brand pillar lowered to match. */
export function weekAgo(today: string, daysBack = 7): DayRecord {
  const d = day(addDays(today, -daysBack))
  return { ...d, overall: 44, pillars: { ...d.pillars, brand: d.pillars.brand - 3 } }
}

/** Stores `records` through the popup's own Import CSV message. */
export async function seedHistory(h: ExtensionHarness, records: DayRecord[]): Promise<void> {
  expect(await h.sendFromExtensionPage('importCsv', { text: historyToCsv(records) })).toMatchObject({
    ok: true,
    value: { ok: true },
  })
}

/** The score card and a strip below it, so the shot shows whether the badge stays clear of the next card. */
export async function screenshotAroundScore(page: Page, name: string): Promise<void> {
  const box = await page.locator('.user-ssi-score').boundingBox()
  if (!box) throw new Error('no score card on the page')
  mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({
    path: join(SCREENSHOTS, `${name}.png`),
    clip: { x: box.x - 8, y: box.y - 8, width: box.width + 16, height: box.height + 56 },
  })
}
