// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://www.linkedin.com/sales/home" }
/**
 * The navigation watcher (index.ts) where the browser has the Navigation API: happy-dom has none, so each test puts
 * a stand-in on the global object before the script runs, and fires its `currententrychange` as Chromium does on
 * each change of address without a page load (tests/e2e/navigation-kinds.test.ts shows that in Chromium). Without
 * the API, the once-a-second comparison is entry.test.ts's.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ReaderSlot } from '../../src/content/reader-slot.ts'
import { stubChromeRuntime } from '../support/content-messages.ts'

const slot = globalThis as ReaderSlot & { navigation?: EventTarget }

/**
 * Runs index.ts afresh with `navigation` on the global object, by default a stand-in Navigation API: what the
 * watcher needs of it is its event and a current entry (the API's mark, which an element lacks). Returns what the
 * watcher sends and how to move the address.
 */
async function startWatcher(
  navigation: EventTarget = Object.assign(new EventTarget(), { currentEntry: {} }),
) {
  const sent = stubChromeRuntime()
  slot.navigation = navigation
  vi.resetModules()
  await import('../../src/content/index.ts')
  const go = async (path: string) => {
    history.pushState({}, '', path)
    navigation.dispatchEvent(new Event('currententrychange'))
    await vi.advanceTimersByTimeAsync(0)
  }
  return { sent, go, fire: () => navigation.dispatchEvent(new Event('currententrychange')) }
}

describe('the navigation watcher with the Navigation API', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    history.replaceState({}, '', '/sales/home')
  })
  afterEach(() => {
    vi.useRealTimers()
    delete slot.navigation
    delete slot.ssiLensArrive
    delete slot.ssiLensReached
  })

  it('asks for the reader on the event that reaches the SSI page, and sets no timer', async () => {
    const { sent, go } = await startWatcher()
    expect(vi.getTimerCount()).toBe(0)
    await go('/sales/search/people')
    expect(sent).toEqual([])
    await go('/sales/ssi')
    expect(sent).toEqual([{ type: 'injectReader', payload: {} }])
    expect(slot.ssiLensReached).toBe('in-app-navigation')
  })

  it('asks once for an arrival that announces itself twice, and again on the next arrival', async () => {
    const { sent, go, fire } = await startWatcher()
    await go('/sales/ssi')
    fire() // the same address again: no change
    await vi.advanceTimersByTimeAsync(0)
    expect(sent).toHaveLength(1)
    await go('/sales/home')
    await go('/sales/SSI/') // the reader did not run meanwhile (say, the tab was moving on): ask again
    expect(sent).toHaveLength(2)
  })

  it("compares the address once a second when `navigation` is the page's element of that id, not the API", async () => {
    // Named access: without the Navigation API, an element with id="navigation" is `window.navigation`.
    const { sent } = await startWatcher(document.createElement('nav'))
    history.pushState({}, '', '/sales/ssi')
    await vi.advanceTimersByTimeAsync(1_000)
    expect(sent).toEqual([{ type: 'injectReader', payload: {} }])
  })

  it('hands each later change of address to the reader once it runs, and asks for no second one', async () => {
    const { sent, go, fire } = await startWatcher()
    const arrivals: string[] = []
    slot.ssiLensArrive = (href) => arrivals.push(href)
    await go('/sales/ssi?src=or-search')
    fire()
    await go('/sales/home')
    expect(arrivals).toEqual([
      'https://www.linkedin.com/sales/ssi?src=or-search',
      'https://www.linkedin.com/sales/home',
    ])
    expect(sent).toEqual([])
  })
})
