/**
 * Who may send readings, checked where it matters (issue #12): in real Chromium, what `sender.url` the background
 * sees for the content script's messages, on a page load of the SSI page and after an in-app navigation
 * (history.pushState from /sales/home to /sales/ssi). Found here: `sender.url` stays the URL the document was
 * loaded with, `sender.tab.url` follows pushState; the background's rule (readings only while the tab shows the
 * SSI page) rests on that.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  type ExtensionHarness,
  fixture,
  launchExtension,
  SSI_URL,
  storedDays,
} from '../../scripts/lib/harness.ts'
import { modernMain, salesHomeWithInAppLink, withoutCdn } from './pages.ts'

/** Records the sender URL of every message the service worker receives, beside SSI Lens's own listener. */
async function recordSenders(h: ExtensionHarness): Promise<() => Promise<string[]>> {
  const worker = await h.serviceWorker()
  await worker.evaluate(() => {
    const seen: string[] = []
    ;(globalThis as unknown as { seenSenders: string[] }).seenSenders = seen
    chrome.runtime.onMessage.addListener((message: { type?: string }, sender) => {
      seen.push(`${message.type} url=${sender.url} tab.url=${sender.tab?.url} frameId=${sender.frameId}`)
      return undefined
    })
  })
  return () => worker.evaluate(() => (globalThis as unknown as { seenSenders: string[] }).seenSenders)
}

describe('the sender of a reading, in Chromium', () => {
  let h: ExtensionHarness
  beforeEach(async () => {
    h = await launchExtension({ dist: process.env.SSI_LENS_DIST })
  })
  afterEach(async () => {
    await h.close()
  })

  it('is the SSI page on a page load', async () => {
    const senders = await recordSenders(h)
    h.server.serve(`${SSI_URL}?src=or-search`, withoutCdn(fixture('ssi-modern-en')))
    await h.openPage(`${SSI_URL}?src=or-search`)
    await h.waitForDatabase((d) => storedDays(d).length === 1)
    // The page's facts go to be read first, then the reading, from the same document.
    expect(await senders()).toEqual([
      `parseFacts url=${SSI_URL}?src=or-search tab.url=${SSI_URL}?src=or-search frameId=0`,
      `saveSnapshot url=${SSI_URL}?src=or-search tab.url=${SSI_URL}?src=or-search frameId=0`,
    ])
  })

  it('keeps the load URL as sender.url after an in-app navigation, while sender.tab.url follows pushState', async () => {
    const senders = await recordSenders(h)
    h.server.serve('https://www.linkedin.com/sales/home', salesHomeWithInAppLink(modernMain()))
    const page = await h.openPage('https://www.linkedin.com/sales/home')
    await page.click('#to-ssi')
    // The reading is accepted: the background's rule reads the tab's URL (shared/protocol-checks.ts, readingFrom).
    await h.waitForDatabase((d) => storedDays(d).length === 1)
    // The watcher's request for the reader and the injected reader's facts (read once or twice, as the page
    // rendered) and reading come from the same document.
    expect([...new Set(await senders())]).toEqual([
      `injectReader url=https://www.linkedin.com/sales/home tab.url=${SSI_URL} frameId=0`,
      `parseFacts url=https://www.linkedin.com/sales/home tab.url=${SSI_URL} frameId=0`,
      `saveSnapshot url=https://www.linkedin.com/sales/home tab.url=${SSI_URL} frameId=0`,
    ])
  })
})
