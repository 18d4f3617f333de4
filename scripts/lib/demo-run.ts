/**
 * The demo's headless check, shared by `npm run demo -- --headless`, `npm run store` and their end-to-end tests:
 * seed 49 days through the popup's own Import CSV, open the sample SSI page so today is captured, then read back
 * what a person would see (the popup's score, chart table and next pillar, the inline and the toolbar badge) and
 * photograph it. Lives outside tests/ because the scripts use it: scripts import nothing from tests/.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { historyToCsv } from '../../src/core/csv-write.ts'
import { dayKey } from '../../src/core/day.ts'
import { demoHistory } from './demo-history.ts'
import { type ExtensionHarness, POPUP_VIEWPORT, SSI_URL, storedDays } from './harness.ts'
import { boxOf, readBadge, waitForBadge } from './inline-badge.ts'
import { samplePage } from './sample-page.ts'

/** Generous: the first load of a page in a cold Chromium on a 2-core machine. */
export const WAIT_MS = 20_000
export const POPUP = 'src/popup/index.html'
export const OPTIONS = 'src/options/index.html'
/** Set by the popup and the options page once their first real state is on screen (as the e2e harness waits). */
export const READY = '[data-ready]'

/** What the headless run saw, read from the pages' DOM; the demo prints it, tests/e2e/demo.test.ts checks it. */
export interface DemoSummary {
  today: string
  /** Days in the seeded CSV, and the result line the popup showed after importing it. */
  seededDays: number
  importResult: string
  /** Days stored after today's capture (the background's own count). */
  storedDays: number
  popup: { currentScore: string; chartTableRows: number; nextPillar: string }
  inlineBadge: { present: boolean; text: string }
  toolbarBadge: { text: string; color: number[] }
  /** Whether today's reading of the sample page reached the history. */
  captured: boolean
  /** Requests that completed to any host other than the loopback www.linkedin.com (must stay empty). */
  leftLoopback: string[]
  /** What did not work as it should; the demo exits 1 when this is not empty. */
  problems: string[]
  screenshots: Record<'ssiPage' | 'popupLight' | 'popupDark' | 'options', string>
}

/**
 * Seeds the history exactly as a user restoring a backup would: the popup's "Import CSV" file input, with a
 * file written by SSI Lens's own CSV writer. Returns the popup (now showing the seeded days) and what it said.
 */
export async function seedHistory(popup: Page, today: string): Promise<{ result: string; records: number }> {
  const records = demoHistory(today)
  const csv = historyToCsv(records)
  await popup.getByLabel('Import CSV').setInputFiles({
    name: `ssi-history-demo-${today}.csv`,
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  })
  try {
    await popup.locator('[data-testid="current-score"]').waitFor({ timeout: WAIT_MS })
  } catch {
    const shown = await popup.locator('body').textContent()
    throw new Error(`the popup did not show the imported history; it says:\n${shown}`)
  }
  const result = (await popup.getByRole('status').allInnerTexts()).join(' ').trim()
  return { result, records: records.length }
}

/** The background's own count of stored days, asked from an extension page like the popup asks. */
async function countDays(page: Page): Promise<{ days: number }> {
  const reply = (await page.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'countDays', payload: {} }),
  )) as {
    ok: boolean
    value?: { days: number }
    error?: { code: string }
  }
  if (!reply.ok || !reply.value) throw new Error(`countDays failed: ${JSON.stringify(reply.error)}`)
  return reply.value
}

/** Opens the sample SSI page and waits until today is stored, the inline badge is on the page and the toolbar badge reads the total. */
export async function captureToday(harness: ExtensionHarness, page: Page, today: string) {
  harness.server.serve(SSI_URL, samplePage())
  await page.goto(SSI_URL, { waitUntil: 'domcontentloaded' })
  const captured = await harness
    .waitForDatabase((db) => storedDays(db).some((r) => r.day === today), WAIT_MS)
    .then(
      () => true,
      () => false,
    )
  // The badge's host carries no marker (a page must not be able to find it): it is found inside its closed shadow
  // root, through CDP.
  const badge = await waitForBadge(page, () => true, WAIT_MS).catch(() => null)
  const present = badge !== null
  const text = badge?.text ?? ''
  // The toolbar badge is redrawn just after the day is stored; until then it shows yesterday's total, marked.
  let toolbar = await harness.toolbarBadge()
  for (let end = Date.now() + 5_000; !/^\d+$/.test(toolbar.text) && Date.now() < end; ) {
    await page.waitForTimeout(100)
    toolbar = await harness.toolbarBadge()
  }
  return { captured, inlineBadge: { present, text }, toolbarBadge: toolbar }
}

/** The popup in a tab at toolbar-popup size, in `scheme`, once it has rendered its first state. */
export async function openPopup(harness: ExtensionHarness, scheme: 'light' | 'dark'): Promise<Page> {
  const page = await harness.context.newPage()
  await page.setViewportSize(POPUP_VIEWPORT)
  await page.emulateMedia({ colorScheme: scheme })
  await page.goto(harness.url(POPUP))
  await page.locator(READY).first().waitFor({ timeout: WAIT_MS })
  return page
}

async function countTableRows(page: Page): Promise<number> {
  const summary = page.locator('.chart-table summary')
  await summary.click()
  const rows = page.locator('.chart-table table tbody tr')
  await rows.first().waitFor({ timeout: WAIT_MS })
  const count = await rows.count()
  await summary.click()
  return count
}

/** What the popup shows, read from its DOM: the contract's test ids and the rows of the chart's table. */
async function readPopup(page: Page): Promise<DemoSummary['popup']> {
  const text = async (selector: string) =>
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's rendered text keeps the spaces between blocks.
    (await page.locator(selector).first().innerText({ timeout: WAIT_MS })).replace(/\s+/g, ' ').trim()
  return {
    currentScore: await text('[data-testid="current-score"]'),
    // The chart's numbers as a table: one body row per recorded day of the window (gaps have no row). Its rows
    // are built when it is opened, so open it to count them and close it again, as a person would.
    chartTableRows: await countTableRows(page),
    nextPillar: await text('[data-testid="next-pillar"]'),
  }
}

/**
 * The SSI page clipped to the score and the inline badge (and what lies between them), with a margin. Falls back
 * to the whole first screen if either is missing, so a broken badge still shows in the picture.
 */
async function screenshotSsiPage(page: Page, path: string): Promise<void> {
  const badge = await readBadge(page)
  const boxes = [
    await page
      .locator('.user-ssi-score')
      .first()
      .boundingBox({ timeout: 2_000 })
      .catch(() => null),
    badge ? await boxOf(page, badge.hostId).catch(() => null) : null,
  ]
  const found = boxes.filter((b): b is NonNullable<typeof b> => b !== null && b.width > 0 && b.height > 0)
  if (found.length < 2) {
    await page.screenshot({ path })
    return
  }
  // Less than the gap between LinkedIn's cards, so the neighbours stay out of the picture.
  const margin = 8
  const x = Math.max(0, Math.min(...found.map((b) => b.x)) - margin)
  const y = Math.max(0, Math.min(...found.map((b) => b.y)) - margin)
  const right = Math.max(...found.map((b) => b.x + b.width)) + margin
  const bottom = Math.max(...found.map((b) => b.y + b.height)) + margin
  await page.screenshot({ path, clip: { x, y, width: right - x, height: bottom - y }, fullPage: true })
}

/**
 * The headless check: seeds the history, captures today, reads the popup and writes the four screenshots and
 * `summary.json` into `out`. Never throws for a broken promise of the demo: those are `problems` in the summary.
 */
export async function headlessCheck(harness: ExtensionHarness, out: string): Promise<DemoSummary> {
  const finished: string[] = []
  harness.context.on('requestfinished', (request) => {
    const url = request.url()
    if (!url.startsWith('chrome-extension://') && !url.startsWith('https://www.linkedin.com/'))
      finished.push(url)
  })
  const today = dayKey(new Date())
  mkdirSync(out, { recursive: true })
  const shot = (name: string) => join(out, name)

  const importer = await openPopup(harness, 'light')
  const seeded = await seedHistory(importer, today)
  await importer.close()

  const ssiPage = harness.context.pages()[0] ?? (await harness.context.newPage())
  const captured = await captureToday(harness, ssiPage, today)
  const screenshots: DemoSummary['screenshots'] = {
    ssiPage: shot('ssi-page-badge.png'),
    popupLight: shot('popup-light.png'),
    popupDark: shot('popup-dark.png'),
    options: shot('options.png'),
  }
  await screenshotSsiPage(ssiPage, screenshots.ssiPage)

  const light = await openPopup(harness, 'light')
  const popup = await readPopup(light)
  const { days: storedDays } = await countDays(light)
  await light.screenshot({ path: screenshots.popupLight, fullPage: true })
  const dark = await openPopup(harness, 'dark')
  await dark.screenshot({ path: screenshots.popupDark, fullPage: true })

  const optionsPage = await harness.context.newPage()
  await optionsPage.setViewportSize({ width: 800, height: 700 })
  await optionsPage.goto(harness.url(OPTIONS))
  await optionsPage.locator(READY).first().waitFor({ timeout: WAIT_MS })
  await optionsPage.screenshot({ path: screenshots.options, fullPage: true })

  const summary: DemoSummary = {
    today,
    seededDays: seeded.records,
    importResult: seeded.result,
    storedDays,
    popup,
    ...captured,
    leftLoopback: finished,
    problems: problemsOf(captured, popup, finished),
    screenshots,
  }
  writeFileSync(join(out, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`)
  return summary
}

/** The promises of the demo that did not hold, as sentences. */
function problemsOf(
  captured: Awaited<ReturnType<typeof captureToday>>,
  popup: DemoSummary['popup'],
  leftLoopback: readonly string[],
): string[] {
  const problems: string[] = []
  if (!captured.captured) problems.push('today was not captured from the sample SSI page')
  if (!captured.inlineBadge.present) problems.push('the inline badge did not appear on the SSI page')
  if (popup.currentScore === '') problems.push('the popup shows no current score')
  if (captured.toolbarBadge.text === '' || !popup.currentScore.startsWith(captured.toolbarBadge.text))
    problems.push(
      `the toolbar badge reads "${captured.toolbarBadge.text}", the popup's score is "${popup.currentScore}"`,
    )
  if (leftLoopback.length > 0) problems.push(`requests left the machine: ${leftLoopback.join(', ')}`)
  return problems
}
