// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://www.linkedin.com/sales/home" }
/**
 * The content scripts as Sales Navigator runs them: the navigation watcher (index.ts) loaded on /sales/home does
 * nothing until an in-app link (pushState, no page load) reaches /sales/ssi; then it asks the background for the
 * page reader (reader.ts, here imported as `scripting.executeScript` would run it), which captures the page as
 * 'in-app-navigation', stops when the user leaves and captures again on return.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { ReaderSlot } from '../../src/content/reader-slot.ts'

// The watcher sends its one message straight through the extension API; the reader through messaging's `send`.
const sent = await vi.hoisted(async () =>
  (await import('../support/content-messages.ts')).stubChromeRuntime(),
)
vi.mock('../../src/shared/messaging.ts', async () =>
  (await import('../support/content-messages.ts')).readerMessaging(sent, {
    change: '—',
    trend: 'unknown',
    next: '—',
    status: 'Recorded 47',
    failed: false,
    state: 'recorded',
  }),
)

// The inline badge is another module's concern; here it only records what the entry hands it.
const shown = vi.hoisted(() => [] as unknown[])
const connections = vi.hoisted(() => ({ count: 0 }))
vi.mock('../../src/content/badge-connect.ts', () => ({
  connectInlineBadge: () => {
    connections.count++ // connecting reads and watches the settings: only worth it once there is an outcome
    return (outcome: unknown) => shown.push(outcome)
  },
}))

const fixture = readFileSync(join(import.meta.dirname, '../fixtures/ssi-modern-en.html'), 'utf8')
const MAIN = /<main[\s\S]*<\/main>/.exec(fixture)?.[0] ?? ''

describe('the content script entry', () => {
  beforeAll(async () => {
    vi.useFakeTimers()
    document.body.innerHTML = '<main id="content-main"><h1>Home</h1><p>14 new leads, 3 messages</p></main>'
    await import('../../src/content/index.ts')
  })
  afterAll(() => vi.useRealTimers())

  it('does nothing on another Sales Navigator page, not even read the badge setting', async () => {
    history.pushState({}, '', '/sales/search/people')
    await vi.advanceTimersByTimeAsync(60_000)
    expect(sent).toEqual([])
    expect(connections.count).toBe(0)
    expect((globalThis as ReaderSlot).ssiLensArrive).toBeUndefined() // the reader never ran here
  })

  it('asks for the reader once on reaching the SSI page in-app, which captures it as in-app navigation', async () => {
    history.pushState({}, '', '/sales/ssi')
    await vi.advanceTimersByTimeAsync(1_000) // noticed by the URL check (happy-dom has no Navigation API)
    await vi.advanceTimersByTimeAsync(5_000)
    expect(sent).toEqual([{ type: 'injectReader', payload: {} }]) // asked once, whatever the time
    sent.shift()
    await import('../../src/content/reader.ts') // what scripting.executeScript runs in the same world
    vi.resetModules() // a second injection (racing a page load) evaluates the file again: it must do nothing
    await import('../../src/content/reader.ts')
    document.body.innerHTML = MAIN // the app renders the SSI route a moment later
    await vi.advanceTimersByTimeAsync(1_500)
    expect(sent.map((m) => m.type)).toEqual(['saveSnapshot'])
    expect(sent[0]).toMatchObject({
      type: 'saveSnapshot',
      payload: { urlKind: 'in-app-navigation', snapshot: { overall: 47 } },
    })
    expect(shown).toEqual([expect.objectContaining({ status: 'Recorded 47', state: 'recorded' })])
    expect(connections.count).toBe(1)
  })

  it('treats a query change on the SSI page as the same page view', async () => {
    history.pushState({}, '', '/sales/ssi?src=or-search')
    await vi.advanceTimersByTimeAsync(1_000)
    document.body.innerHTML = `${MAIN}<p></p>`
    await vi.advanceTimersByTimeAsync(1_500)
    expect(sent).toHaveLength(1)
  })

  it('stops when the user leaves, and captures a new page view on return', async () => {
    history.pushState({}, '', '/sales/home')
    await vi.advanceTimersByTimeAsync(1_000)
    document.body.innerHTML = `${MAIN}<p>still the old DOM</p>`
    await vi.advanceTimersByTimeAsync(60_000)
    expect(sent).toHaveLength(1)

    history.pushState({}, '', '/sales/ssi')
    await vi.advanceTimersByTimeAsync(1_000)
    await vi.advanceTimersByTimeAsync(1_500)
    expect(sent).toHaveLength(2) // a new page view may send the same numbers again; the background keeps one per day
    expect(sent.filter((m) => m.type === 'injectReader')).toEqual([]) // the reader was already there
  })
})
