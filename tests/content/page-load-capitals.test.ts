// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://www.linkedin.com/sales/SSI?src=bookmark" }
/**
 * A page load of the SSI page written in capitals (`/sales/SSI`, the same page to LinkedIn): the manifest runs the
 * reader there as on `/sales/ssi` (it lists the page in every mix of capitals, tests/architecture), and the reader
 * captures it as a page load. The navigation watcher, which runs beside it, asks the background for nothing.
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

  it('is captured by the reader as a page load, and the watcher asks for no reader', async () => {
    // In the manifest's order: the reader, then the watcher.
    await import('../../src/content/reader.ts')
    await import('../../src/content/index.ts')
    await vi.advanceTimersByTimeAsync(0)
    expect((globalThis as ReaderSlot).ssiLensReached).toBeUndefined()
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
