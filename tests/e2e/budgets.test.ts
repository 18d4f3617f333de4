/**
 * The performance budgets (README, "Performance"), measured on the built extension in headless Chromium. Sizes are checked
 * exactly; times with a margin (BUDGET_MARGIN, default 3× in `npm test`) because shared CI machines are noisy: a
 * popup median of 140 ms on a quiet machine was 280 ms while other work ran beside it. What noise cannot blur is
 * checked tightly instead: the popup against an empty extension page, opened alternately in one run. `npm run
 * bench` runs the same measurements with more samples, holds the medians to the budgets themselves (margin 1), and
 * also holds ten years to one day's cost (those medians come from consecutive blocks, which a changing load skews).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ExtensionHarness, launchExtension } from '../../scripts/lib/harness.ts'
import type { ChartRange } from '../../src/core/chart-range.ts'
import { dayKey } from '../../src/core/day.ts'
import { syntheticHistory } from '../support/records.ts'
import { teamFiles } from '../support/team-files.ts'
import {
  BENCH_RESULTS,
  BUDGETS,
  csvOf,
  importThroughExtension,
  measureCsv,
  measureHistoryOpen,
  measureParse,
  measurePopupOpen,
  measureSizes,
  measureTeamAdd,
  measureTeamOpen,
  median,
  openPopupUntilDrawn,
} from './bench.ts'
import { measureContentOnOtherPage } from './bench-content.ts'
import { distWithEmptyPage, type LimitResult, measureLimit } from './bench-limit.ts'

const FULL = process.env.SSI_LENS_BENCH === 'full'
const MARGIN = Number(process.env.BUDGET_MARGIN ?? (FULL ? 1 : 3))
const TEN_YEARS = 3650
const results: Record<string, number> = {}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`
const times = (n: number) => `${n.toFixed(2)}×`
const limits: Record<string, LimitResult> = {}

/** The popup against an empty page of the extension: one row per measured case, with both medians. */
function limitRows() {
  return Object.entries(limits).flatMap(([what, r]) => [
    [
      `popup ÷ empty page, ${what} (medians of ${r.samples}: ${ms(r.popupMs)} ÷ ${ms(r.emptyMs)})`,
      r.ratio,
      BUDGETS.popupLimitRatio,
      times,
    ] as const,
    [
      `floor page (one tiny module, one storage read) ÷ empty page, ${what} (${ms(r.floorMs)} ÷ ${ms(r.emptyMs)})`,
      r.floorRatio,
      undefined,
      times,
    ] as const,
    [`popup ÷ floor page, ${what}`, r.popupMs / r.floorMs, BUDGETS.popupFloorRatio, times] as const,
  ])
}
const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`

/** Stores the chart range the popup opens with, as the popup's range buttons do. */
async function rememberChartRange(h: ExtensionHarness, chartRange: ChartRange): Promise<void> {
  const page = await h.openExtensionPage('src/options/index.html')
  await page.evaluate(async (range) => {
    const { settings } = await chrome.storage.local.get('settings')
    await chrome.storage.local.set({ settings: { version: 1, ...(settings as object), chartRange: range } })
  }, chartRange)
  await page.close()
}

describe('performance budgets', () => {
  let h: ExtensionHarness
  // The built extension plus an empty page, in a copy: the popup is measured against the limit of a page.
  const dist = distWithEmptyPage()
  beforeAll(async () => {
    h = await launchExtension({ dist: dist.dir })
  })
  afterAll(async () => {
    await h?.close()
    dist.remove()
    const rows = [
      ['content script, gzip', results.contentGzip, BUDGETS.contentGzip, kib],
      ['popup JS + CSS, gzip, loaded to open', results.popupGzip, BUDGETS.popupGzip, kib],
      ['popup, gzip, to draw the view kept from the last open', results.popupFirstPaintGzip, undefined, kib],
      ['popup JS + CSS, gzip, loaded later (on a click, in a state)', results.popupLazyGzip, undefined, kib],
      ['background, gzip', results.backgroundGzip, BUDGETS.backgroundGzip, kib],
      ['parse the SSI page: collect the facts and read them (median)', results.parseMs, BUDGETS.parseMs, ms],
      ['… collect the facts, in the content script (median)', results.collectMs, undefined, ms],
      ['… read the facts, in the background (median, timed in the page)', results.readMs, undefined, ms],
      [
        'content script on another Sales Navigator page, main thread (median)',
        results.contentOtherPageMs,
        BUDGETS.contentOtherPageMs,
        ms,
      ],
      ...limitRows(),
      ['popup open → chart, 1 day (median, for comparison)', results.popupOpenOneDayMs, undefined, ms],
      ['popup open → chart, 10 years (median)', results.popupOpenMs, BUDGETS.popupOpenMs, ms],
      ['popup open → chart, 10 years, range "All" (median)', results.popupOpenAllMs, BUDGETS.popupOpenMs, ms],
      [
        'popup open → chart, 10 years, 49 days, opened alternately with "All" (median)',
        results.popupOpen49AlternatingMs,
        undefined,
        ms,
      ],
      ['CSV export, 10 years (median)', results.exportMs, BUDGETS.exportMs, ms],
      ['CSV import, 10 years (median)', results.importMs, BUDGETS.importMs, ms],
      ['team: add 30 people × 2 years', results.teamAddMs, BUDGETS.teamAddMs, ms],
      ['team page open → rows, 1 person (median, for comparison)', results.teamOpenOneMs, undefined, ms],
      ['team page open → rows, 30 people × 2 years (median)', results.teamOpenMs, BUDGETS.teamOpenMs, ms],
      [
        'history page open → rows, 1 day (median, for comparison)',
        results.historyOpenOneDayMs,
        undefined,
        ms,
      ],
      ['history page open → rows, 10 years (median)', results.historyOpenMs, BUDGETS.historyOpenMs, ms],
    ] as const
    const lines = ['| what | measured | budget |', '|---|---|---|']
    for (const [what, value, budget, fmt] of rows) {
      if (value === undefined) continue
      lines.push(`| ${what} | ${fmt(value)} | ${budget === undefined ? '—' : `≤ ${fmt(budget)}`} |`)
    }
    console.log(`\n${lines.join('\n')}\n`)
    mkdirSync(dirname(BENCH_RESULTS), { recursive: true })
    writeFileSync(BENCH_RESULTS, `${JSON.stringify({ ...results, limits, budgets: BUDGETS }, null, 2)}\n`)
  })

  it('keeps the content script, popup and background within their sizes', () => {
    const sizes = measureSizes()
    results.contentGzip = sizes.content.gzip
    results.popupGzip = sizes.popup.gzip
    results.popupLazyGzip = sizes.popupLazy.gzip
    results.popupFirstPaintGzip = sizes.popupFirstPaint.gzip
    results.backgroundGzip = sizes.background.gzip
    expect(sizes.content.files.length).toBeGreaterThan(0)
    expect(sizes.content.gzip).toBeLessThanOrEqual(BUDGETS.contentGzip)
    expect(sizes.popup.gzip).toBeLessThanOrEqual(BUDGETS.popupGzip)
    expect(sizes.background.gzip).toBeLessThanOrEqual(BUDGETS.backgroundGzip)
  })

  it('parses the modern SSI page within the budget', async () => {
    const parse = await measureParse(h, FULL ? 100 : 30)
    results.parseMs = parse.wholeMs
    results.collectMs = parse.collectMs
    results.readMs = parse.readMs
    expect(results.parseMs).toBeLessThanOrEqual(BUDGETS.parseMs * MARGIN)
  })

  it('exports and imports ten years of history within the budget', async () => {
    const csv = csvOf(syntheticHistory(TEN_YEARS))
    const times = await measureCsv(h, csv, FULL ? 15 : 5)
    results.exportMs = times.exportMs
    results.importMs = times.importMs
    expect(times.exportMs).toBeLessThanOrEqual(BUDGETS.exportMs * MARGIN)
    expect(times.importMs).toBeLessThanOrEqual(BUDGETS.importMs * MARGIN)
  })

  it('opens the popup to a drawn chart within the budget with ten years stored', async () => {
    // The same measurement with one stored day shows what the history's size adds (it should add nothing).
    await h.sendFromExtensionPage('clearAll', {})
    await importThroughExtension(h, csvOf(syntheticHistory(1)))
    results.popupOpenOneDayMs = await measurePopupOpen(h, FULL ? 21 : 11)
    await h.sendFromExtensionPage('clearAll', {})
    await importThroughExtension(h, csvOf(syntheticHistory(TEN_YEARS)))
    results.popupOpenMs = await measurePopupOpen(h, FULL ? 21 : 11)
    expect(results.popupOpenMs).toBeLessThanOrEqual(BUDGETS.popupOpenMs * MARGIN)
    // The popup reads only the window: the history's size may cost a little noise, never a factor. The two
    // medians come from consecutive blocks, not alternating opens, so a load that changes between the blocks
    // moves one and not the other: held only in the quiet `npm run bench`.
    if (FULL) expect(results.popupOpenMs).toBeLessThanOrEqual(results.popupOpenOneDayMs * 1.5 + 30)
  })

  it('draws the "All" range of ten years within the popup budget, at the cost of the 49-day default', async () => {
    // Still ten years stored (the test above). "All" is remembered, so the popup asks getSeries for ~520 weekly
    // points before its first paint, and the chart-drawn mark comes after them. The worker keeps the decoded
    // history and the answer until the next write (background/history-cache.ts), so after the first open "All"
    // costs what the default costs: held side by side, the two ranges opened alternately in one run.
    const all: number[] = []
    const days49: number[] = []
    const runs = FULL ? 21 : 11
    for (let i = 0; i < runs + 1; i++) {
      for (const range of i % 2 === 0 ? (['all', '49d'] as const) : (['49d', 'all'] as const)) {
        await rememberChartRange(h, range)
        const ms = await openPopupUntilDrawn(h)
        if (i > 0) (range === 'all' ? all : days49).push(ms) // the first pair warms the worker's memory
      }
    }
    await rememberChartRange(h, '49d')
    results.popupOpenAllMs = median(all)
    results.popupOpen49AlternatingMs = median(days49)
    expect(results.popupOpenAllMs).toBeLessThanOrEqual(BUDGETS.popupOpenMs * MARGIN)
    // A ratio of alternating opens moves little with the load: a fifth more room in npm test, not MARGIN's 3×
    // (before the worker kept its memory, "All" cost 1.7× the default on a quiet machine).
    const allowance = FULL ? 1 : 1.2
    expect(results.popupOpenAllMs).toBeLessThanOrEqual(
      results.popupOpen49AlternatingMs * BUDGETS.popupAllTo49Ratio * allowance + 15,
    )
  }, 300_000)

  it('opens the popup within its budget of an empty page of the extension, side by side', async () => {
    // Ten years are stored by the tests above. Alternately opened in one run, so a busy machine slows both.
    const samples = FULL ? 15 : 9
    for (const worker of ['running', 'stopped'] as const)
      limits[`10 years, worker ${worker}`] = await measureLimit(h, { worker, samples })
    if (FULL) {
      await h.sendFromExtensionPage('clearAll', {})
      await importThroughExtension(h, csvOf(syntheticHistory(1)))
      for (const worker of ['running', 'stopped'] as const)
        limits[`1 day, worker ${worker}`] = await measureLimit(h, { worker, samples })
    }
    for (const r of Object.values(limits)) {
      expect(r.ratio).toBeLessThanOrEqual(BUDGETS.popupLimitRatio * MARGIN)
      // Against the floor, opened in the same rounds: a ratio of neighbours, so a fifth more room in npm test
      // rather than MARGIN's 3× (as for "All" against 49 days above).
      expect(r.popupMs / r.floorMs).toBeLessThanOrEqual(BUDGETS.popupFloorRatio * (FULL ? 1 : 1.2))
    }
  }, 300_000)

  it('costs the content script little on a Sales Navigator page that is not the SSI page', async () => {
    results.contentOtherPageMs = await measureContentOnOtherPage(h, FULL ? 21 : 11)
    // Only the navigation watcher runs there (the reader is the SSI page's alone): ~1 ms on a loaded machine.
    expect(results.contentOtherPageMs).toBeLessThanOrEqual(BUDGETS.contentOtherPageMs * MARGIN)
  })

  it('opens the history page to its first rows within the budget with ten years stored', async () => {
    // One day beside ten years in the same run: the page reads one month, so the years stored add nothing.
    await h.sendFromExtensionPage('clearAll', {})
    await importThroughExtension(h, csvOf(syntheticHistory(1)))
    results.historyOpenOneDayMs = await measureHistoryOpen(h, FULL ? 21 : 11)
    await h.sendFromExtensionPage('clearAll', {})
    await importThroughExtension(h, csvOf(syntheticHistory(TEN_YEARS)))
    results.historyOpenMs = await measureHistoryOpen(h, FULL ? 21 : 11)
    expect(results.historyOpenMs).toBeLessThanOrEqual(BUDGETS.historyOpenMs * MARGIN)
    // Consecutive blocks, like the popup's comparison above: held only in the quiet bench.
    if (FULL) expect(results.historyOpenMs).toBeLessThanOrEqual(results.historyOpenOneDayMs * 1.5 + 30)
  })

  it('adds thirty two-year files and opens the Team page with them within the budgets', async () => {
    const files = teamFiles(30, dayKey(new Date()))
    // One person first, then thirty, in the same run: what the team's size adds to opening (summaries only).
    await measureTeamAdd(h, files.slice(0, 1))
    results.teamOpenOneMs = await measureTeamOpen(h, FULL ? 21 : 11)
    results.teamAddMs = await measureTeamAdd(h, files, FULL ? 3 : 1)
    results.teamOpenMs = await measureTeamOpen(h, FULL ? 21 : 11)
    expect(results.teamAddMs).toBeLessThanOrEqual(BUDGETS.teamAddMs * MARGIN)
    expect(results.teamOpenMs).toBeLessThanOrEqual(BUDGETS.teamOpenMs * MARGIN)
    // Thirty rows cost more DOM than one, never a reading of sixty years of days.
    if (FULL) expect(results.teamOpenMs).toBeLessThanOrEqual(results.teamOpenOneMs * 2 + 50)
  }, 600_000)
})
