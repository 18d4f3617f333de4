/**
 * Known points to assert after, instead of sleeping, in the end-to-end tests:
 * - `contentScriptSettled(page, extensionId)`: the content script is on the page and a task of its own world has
 *   run after it started (a DevTools `Runtime.evaluate` in its isolated world). Whatever it does synchronously on
 *   arrival, and every mutation observer the page's changes so far have woken, has run by then.
 * - `messageLog(h)`: every protocol message the service worker receives from now on, by type, through one more
 *   `runtime.onMessage` listener added from the test (it answers nothing, so the background's own reply stands).
 */
import type { Page } from 'playwright-core'
import type { ExtensionHarness } from '../../scripts/lib/harness.ts'

interface ExecutionContext {
  id: number
  origin: string
  auxData?: { type?: string; isDefault?: boolean; frameId?: string }
}

export async function contentScriptSettled(page: Page, extensionId: string, timeout = 15_000): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  try {
    const found = new Promise<number>((resolve) => {
      cdp.on('Runtime.executionContextCreated', ({ context }: { context: ExecutionContext }) => {
        if (context.auxData?.type === 'isolated' && context.origin === `chrome-extension://${extensionId}`)
          resolve(context.id)
      })
    })
    // Enabling reports every context that already exists, then each new one.
    await cdp.send('Runtime.enable')
    let timer: ReturnType<typeof setTimeout> | undefined
    const contextId = await Promise.race([
      found,
      new Promise<never>((_, fail) => {
        timer = setTimeout(() => fail(new Error('the content script never arrived on the page')), timeout)
      }),
    ]).finally(() => clearTimeout(timer))
    // A macrotask in the content script's world: its start-up code and pending observers ran before it.
    await cdp.send('Runtime.evaluate', {
      contextId,
      expression: 'new Promise((done) => setTimeout(done, 0))',
      awaitPromise: true,
    })
  } finally {
    await cdp.detach()
  }
}

/** Starts logging the message types the worker receives; the returned function reads the log so far. */
export async function messageLog(h: ExtensionHarness): Promise<() => Promise<string[]>> {
  const worker = await h.serviceWorker()
  await worker.evaluate(() => {
    const log: string[] = []
    Object.assign(globalThis, { __receivedMessages: log })
    chrome.runtime.onMessage.addListener((message: { type?: unknown }) => {
      log.push(String(message?.type))
    })
  })
  return () =>
    worker.evaluate(() => [...(globalThis as unknown as { __receivedMessages: string[] }).__receivedMessages])
}
