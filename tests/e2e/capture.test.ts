/**
 * The capture path as a user meets it, in real Chromium: open the SSI page → the content script reads it → the
 * background stores the day → the popup shows it. Also the pages that must record nothing.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  type ExtensionHarness,
  FIXTURES,
  fixture,
  launchExtension,
  SSI_URL,
  storedDays,
  storedFailures,
} from '../../scripts/lib/harness.ts'
import type { DayRecord, FailureRecord } from '../../src/core/snapshot.ts'
import { contentScriptSettled, messageLog } from '../support/content-script.ts'
import { lateRenderingPage, modernMain, salesHomeWithInAppLink, withoutCdn } from './pages.ts'

const expected = (name: string) => JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8'))
const days = storedDays
const failures = (db: Record<string, unknown[]>) =>
  storedFailures(db).map((f) => (f as { failure?: FailureRecord }).failure ?? f) as FailureRecord[]

function expectSnapshot(record: DayRecord | undefined, want: Record<string, unknown>) {
  expect(record).toBeDefined()
  for (const [key, value] of Object.entries(want)) {
    if (value && typeof value === 'object') {
      for (const [pillar, v] of Object.entries(value)) {
        expect((record as unknown as Record<string, Record<string, number>>)[key]?.[pillar]).toBeCloseTo(
          v as number,
          3,
        )
      }
    } else expect((record as unknown as Record<string, unknown>)[key]).toEqual(value)
  }
}

describe('capture in Chromium', () => {
  let h: ExtensionHarness
  beforeEach(async () => {
    h = await launchExtension()
  })
  afterEach(async () => {
    await h.close()
  })

  it('records the modern SSI page and shows it in the popup', async () => {
    h.server.serve(SSI_URL, withoutCdn(fixture('ssi-modern-en')))
    await h.openPage(SSI_URL)
    const db = await h.waitForDatabase((d) => days(d).length === 1)
    const [record] = days(db)
    expectSnapshot(record, expected('ssi-modern-en'))
    expect(record?.urlKind).toBe('page-load')
    expect(record?.source).toBe('dom')
    expect(JSON.stringify(record)).not.toMatch(/<[a-z]/i) // no page HTML is stored

    const popup = await h.openPopup('[data-testid="current-score"]')
    await expect.poll(() => popup.locator('[data-testid="current-score"]').textContent()).toBe('47')
    await h.screenshot(popup, 'popup-after-capture')
    expect(h.foreignRequests()).toEqual([])
  })

  it('records the 2021 page from its embedded JSON', async () => {
    h.server.serve(SSI_URL, fixture('ssi-2021-embedded-json'))
    await h.openPage(SSI_URL)
    const db = await h.waitForDatabase((d) => days(d).length === 1)
    expectSnapshot(days(db)[0], expected('ssi-2021-embedded-json'))
    expect(days(db)[0]?.source).toBe('embedded-json')
  })

  it('records the SSI page loaded as /sales/SSI from the manifest, which lists every mix of capitals', async () => {
    const url = 'https://www.linkedin.com/sales/SSI?src=bookmark'
    const received = await messageLog(h)
    h.server.serve(url, withoutCdn(fixture('ssi-modern-en')))
    await h.openPage(url)
    // Match patterns are case-sensitive: without this spelling in the manifest only the watcher would run, which
    // reads no address at load. With it, the reader runs as on /sales/ssi, and nothing is asked of the background.
    const db = await h.waitForDatabase((d) => days(d).length === 1)
    expectSnapshot(days(db)[0], expected('ssi-modern-en'))
    expect(days(db)[0]?.urlKind).toBe('page-load')
    const log = await received()
    expect(log).not.toContain('injectReader')
    expect(log.at(-1)).toBe('saveSnapshot')
  })

  it('waits for numbers that arrive after load, then records them', async () => {
    const received = await messageLog(h)
    h.server.serve(SSI_URL, lateRenderingPage())
    const page = await h.openPage(SSI_URL)
    // The content script has read the skeleton: still loading, so nothing recorded, nothing invented.
    await contentScriptSettled(page, h.extensionId)
    expect(days(await h.readDatabase())).toHaveLength(0)
    await page.evaluate(() => (window as unknown as { renderNumbers: () => void }).renderNumbers())
    const db = await h.waitForDatabase((d) => days(d).length === 1)
    expectSnapshot(days(db)[0], expected('ssi-modern-en'))
    expect(failures(db)).toHaveLength(0) // "still loading" is not a failure
    // The background read the page's facts each time they changed (the skeleton, then the numbers); the one
    // message that keeps anything came after the numbers: none was sent for the skeleton.
    const log = await received()
    expect(log.at(-1)).toBe('saveSnapshot')
    expect(log.slice(0, -1).length).toBeGreaterThanOrEqual(2)
    expect(new Set(log.slice(0, -1))).toEqual(new Set(['parseFacts']))
  })

  it.each([
    ['the member sign-in page', 'ssi-logged-out-login'],
    ['the Sales Navigator sign-in (form in an iframe)', 'ssi-sales-login-iframe'],
  ])('records nothing for a logged-out visit (%s) and keeps the history untouched', async (_what, name) => {
    h.server.serve(SSI_URL, fixture('ssi-modern-en'))
    await h.openPage(SSI_URL)
    const before = days(await h.waitForDatabase((d) => days(d).length === 1))

    h.server.serve(SSI_URL, fixture(name))
    await h.openPage(SSI_URL)
    const db = await h.waitForDatabase((d) => failures(d).length === 1)
    expect(failures(db)[0]?.error).toBe('not-logged-in')
    expect(days(db)).toEqual(before)
  })

  it('refuses a page whose pillars do not add up to the total, and records nothing', async () => {
    const wrong = fixture('ssi-modern-en')
      .replace(/value="9.27"/, 'value="19.27"')
      .replaceAll('>9.27<', '>19.27<')
    h.server.serve(SSI_URL, wrong)
    await h.openPage(SSI_URL)
    const db = await h.waitForDatabase((d) => failures(d).length === 1)
    expect(failures(db)[0]?.error).toBe('inconsistent')
    expect(days(db)).toHaveLength(0)
  })

  it('captures the SSI page reached by in-app navigation', async () => {
    h.server.serve('https://www.linkedin.com/sales/home', salesHomeWithInAppLink(modernMain()))
    const received = await messageLog(h)
    const page = await h.openPage('https://www.linkedin.com/sales/home')
    // On the home page the content script only listens: nothing is read or sent before the link is followed.
    await contentScriptSettled(page, h.extensionId)
    expect(days(await h.readDatabase())).toHaveLength(0)
    await page.click('#to-ssi')
    const db = await h.waitForDatabase((d) => days(d).length === 1)
    expectSnapshot(days(db)[0], expected('ssi-modern-en'))
    expect(days(db)[0]?.urlKind).toBe('in-app-navigation')
    // The watcher asked for the reader once; the reader had the page's facts read (once or twice, as the page
    // rendered) and sent the one reading.
    const log = await received()
    expect(log.filter((type) => type !== 'parseFacts')).toEqual(['injectReader', 'saveSnapshot'])
    expect(log.slice(1, -1).length).toBeGreaterThanOrEqual(1)
    expect(new Set(log.slice(1, -1))).toEqual(new Set(['parseFacts']))
    expect(h.server.requests.filter((r) => r.startsWith('GET /sales/ssi'))).toEqual([]) // no page load happened
  })
})
