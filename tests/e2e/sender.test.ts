/**
 * Who may send readings, checked where it matters (issue #12): in real Chromium, what `sender.url` the background
 * sees for the content script's messages, on a page load of the SSI page and after an in-app navigation
 * (history.pushState from /sales/home to /sales/ssi). The background accepts readings only from the SSI page, so
 * the in-app capture works only if Chrome reports the document's current URL, not the one it was loaded with.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type ExtensionHarness, fixture, launchExtension, SSI_URL, storedDays } from './harness.ts'
import { modernMain, salesHomeWithInAppLink, withoutCdn } from './pages.ts'

/** Records the sender URL of every message the service worker receives, beside SSI Lens's own listener. */
async function recordSenders(h: ExtensionHarness): Promise<() => Promise<string[]>> {
  const worker = await h.serviceWorker()
  await worker.evaluate(() => {
    const seen: string[] = []
    ;(globalThis as unknown as { seenSenders: string[] }).seenSenders = seen
    chrome.runtime.onMessage.addListener((message: { type?: string }, sender) => {
      seen.push(`${message.type} ${sender.url}`)
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
    expect(await senders()).toEqual([`saveSnapshot ${SSI_URL}?src=or-search`])
  })

  it('is the SSI page after an in-app navigation from /sales/home: Chrome reports where pushState moved the document', async () => {
    const senders = await recordSenders(h)
    h.server.serve('https://www.linkedin.com/sales/home', salesHomeWithInAppLink(modernMain()))
    const page = await h.openPage('https://www.linkedin.com/sales/home')
    await page.click('#to-ssi')
    await h.waitForDatabase((d) => storedDays(d).length === 1)
    expect(await senders()).toEqual([`saveSnapshot ${SSI_URL}`])
  })
})
