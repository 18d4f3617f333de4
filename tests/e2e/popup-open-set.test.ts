/**
 * What the built popup fetches to open, state by state. The parts only some states show (the empty state, the
 * last visit's failure, days after today, a LinkedIn-wide shift, the goal's line) are chunks of their own
 * (popup/state-views.ts): a popup with nothing to report opens with its two opening modules (the kept view's, then the popup's), and a popup whose state
 * shows a part has it in its first render (`data-ready`), drawn once, with nothing moving in after it — also when
 * the view kept from the last open (popup/opening.ts) is drawn first. What a
 * click does (Export CSV, Import CSV) is fetched on the click (popup/data-actions.ts).
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type ExtensionHarness,
  fixture,
  launchExtension,
  POPUP_VIEWPORT,
  SSI_URL,
} from '../../scripts/lib/harness.ts'
import { dayKey } from '../../src/core/day.ts'
import { sevenWeeks } from '../support/records.ts'
import { csvOf, importThroughExtension } from './bench.ts'

let h: ExtensionHarness
const today = dayKey(new Date())

beforeAll(async () => {
  h = await launchExtension()
}, 120_000)
afterAll(async () => {
  await h?.close()
})

/** The popup opened in a tab at popup size, with every script it fetches recorded (DevTools protocol, from the start). */
async function openRecorded(): Promise<{ page: Page; scripts: string[] }> {
  const page = await h.context.newPage()
  await page.setViewportSize(POPUP_VIEWPORT)
  const cdp = await h.context.newCDPSession(page)
  const scripts: string[] = []
  cdp.on('Network.requestWillBeSent', ({ request }) => {
    const path = new URL(request.url).pathname
    // Names without their content hash: `popup`, `popup-FailureLine`.
    if (path.endsWith('.js')) scripts.push(path.replace(/^\/assets\//, '').replace(/-[\w-]{8}\.js$/, ''))
  })
  await cdp.send('Network.enable')
  await page.goto(h.url('src/popup/index.html'))
  await page.waitForSelector('[data-ready]', { timeout: 15_000 })
  return { page, scripts }
}

/**
 * The popup's scripts and the layout shifts it has seen, read two frames after `data-ready`: by then its first
 * render is laid out and painted.
 */
async function openedWith(
  page: Page,
  scripts: readonly string[],
): Promise<{ scripts: string[]; shifts: number }> {
  const shifts = await page.evaluate(async () => {
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
    // Shifts seen so far are in the observer's buffer as soon as it observes with `buffered` (Performance
    // Timeline, "observe"), so takeRecords() reads them without waiting for the observer's task.
    const observer = new PerformanceObserver(() => undefined)
    observer.observe({ type: 'layout-shift', buffered: true })
    const seen = observer.takeRecords().length
    observer.disconnect()
    return seen
  })
  return { scripts: [...scripts].sort(), shifts }
}

describe('the popup’s open set', () => {
  it('is the two opening modules alone when there is nothing to report', async () => {
    await importThroughExtension(h, csvOf(sevenWeeks(today)))
    const { page: popup, scripts } = await openRecorded()
    await expect(popup.locator('[data-testid="current-score"]').textContent()).resolves.toBe('47')
    expect(await openedWith(popup, scripts)).toEqual({ scripts: ['popup', 'popup-app'], shifts: 0 })
    await popup.close()
  })

  it('draws the view kept from the last open, and the live popup takes over without a shift', async () => {
    // The open above kept its first paint (popup/opening.ts): this one draws it before the popup itself runs.
    const { page: popup, scripts } = await openRecorded()
    await expect(
      popup.evaluate(() => performance.getEntriesByName('ssi-lens:kept-view').length),
    ).resolves.toBe(1)
    await expect(popup.locator('[data-testid="current-score"]').textContent()).resolves.toBe('47')
    expect(await openedWith(popup, scripts)).toEqual({ scripts: ['popup', 'popup-app'], shifts: 0 })
    await popup.close()
  })

  it('loads what Export CSV does on the click, and saves the file', async () => {
    const { page: popup, scripts } = await openRecorded()
    const download = popup.waitForEvent('download')
    await popup.getByRole('button', { name: 'Export CSV', exact: true }).click()
    expect((await download).suggestedFilename()).toMatch(/^ssi-history-\d{4}-\d{2}-\d{2}\.csv$/)
    await popup.locator('.data-outcome .ok').waitFor()
    expect(scripts).toEqual(['popup', 'popup-app', 'popup-data-actions'])
    await popup.close()
  })

  it('would see a part that moves in after the first render (the check can fail)', async () => {
    const { page: popup, scripts } = await openRecorded()
    await popup.evaluate(async () => {
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
      const late = document.createElement('p')
      late.textContent = 'a part that arrived late'
      document.querySelector('main')?.prepend(late)
    })
    expect((await openedWith(popup, scripts)).shifts).toBeGreaterThan(0)
    await popup.close()
  })

  it('adds the empty state when nothing is recorded, in the first render', async () => {
    await h.sendFromExtensionPage('clearAll', {})
    const { page: popup, scripts } = await openRecorded()
    await expect(popup.locator('.empty h1').count()).resolves.toBe(1)
    expect(await openedWith(popup, scripts)).toEqual({
      scripts: ['popup', 'popup-EmptyState', 'popup-app'],
      shifts: 0,
    })
    await popup.close()
  })

  it('adds the failure’s line when the last visit could not be read, in the first render', async () => {
    await importThroughExtension(h, csvOf(sevenWeeks(today)))
    h.server.serve(SSI_URL, fixture('ssi-logged-out-login'))
    const ssi = await h.openPage(SSI_URL)
    await h.waitForDatabase((d) => (d.failures?.length ?? 0) === 1)
    await ssi.close()
    const { page: popup, scripts } = await openRecorded()
    await expect(popup.locator('.status-failure').count()).resolves.toBe(1)
    expect(await openedWith(popup, scripts)).toEqual({
      scripts: ['popup', 'popup-FailureLine', 'popup-app'],
      shifts: 0,
    })
    await popup.close()
  })
})
