// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://www.linkedin.com/sales/SSI?src=bookmark" }
/**
 * A page load of the SSI page written in capitals (`/sales/SSI`, the same page to LinkedIn): the manifest's match
 * for the reader is case-sensitive, so only the navigation watcher (index.ts) runs; it asks the background for the
 * reader at once, which then captures the page as a page load.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { ReaderSlot } from '../../src/content/reader-slot.ts'

const sent = await vi.hoisted(async () =>
  (await import('../support/content-messages.ts')).stubChromeRuntime(),
)
vi.mock('../../src/shared/messaging.ts', async () =>
  (await import('../support/content-messages.ts')).readerMessaging(sent),
)
vi.mock('../../src/content/badge-connect.ts', () => ({ connectInlineBadge: () => () => {} }))

const fixture = readFileSync(join(import.meta.dirname, '../fixtures/ssi-modern-en.html'), 'utf8')
const MAIN = /<main[\s\S]*<\/main>/.exec(fixture)?.[0] ?? ''

describe('a page load of /sales/SSI', () => {
  beforeAll(() => {
    vi.useFakeTimers()
    document.body.innerHTML = MAIN
  })
  afterAll(() => vi.useRealTimers())

  it('has the watcher ask for the reader at once, which captures the page as a page load', async () => {
    await import('../../src/content/index.ts')
    expect(sent).toEqual([{ type: 'injectReader', payload: {} }])
    expect((globalThis as ReaderSlot).ssiLensReached).toBe('page-load')
    sent.shift()
    await import('../../src/content/reader.ts') // what scripting.executeScript runs in the same world
    await vi.advanceTimersByTimeAsync(0)
    expect(sent).toEqual([
      {
        type: 'saveSnapshot',
        payload: expect.objectContaining({
          urlKind: 'page-load',
          snapshot: expect.objectContaining({ overall: 47 }),
        }),
      },
    ])
  })
})
