/**
 * The history in real Chromium: the toolbar badge, CSV export → import through the extension's own pages, and
 * the promise that stopping the service worker at any moment (as Chrome does when it is idle) loses nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type ExtensionHarness, launchExtension, storedDays } from '../../scripts/lib/harness.ts'
import { historyToCsv } from '../../src/core/csv-write.ts'
import { addDays, dayKey } from '../../src/core/day.ts'
import { day, history } from '../support/records.ts'

type Envelope = { ok: true; value: Record<string, unknown> } | { ok: false; error: { code: string } }

const days = storedDays

describe('history in Chromium', () => {
  let h: ExtensionHarness
  const send = (type: string, payload: unknown) => h.sendFromExtensionPage(type, payload) as Promise<Envelope>

  beforeEach(async () => {
    // SSI_LENS_DIST lets the history be tested against a partial build while other parts are unfinished.
    h = await launchExtension({ dist: process.env.SSI_LENS_DIST })
  })
  afterEach(async () => {
    await h.close()
  })

  it('shows the latest total on the toolbar, marked until today is recorded', async () => {
    const today = dayKey(new Date())
    expect(await send('importCsv', { text: historyToCsv([day(addDays(today, -1))]) })).toMatchObject({
      ok: true,
      value: { ok: true, value: { added: 1 } },
    })
    await expect.poll(async () => (await h.toolbarBadge()).text).toBe('47•')

    const capturedAt = new Date().toISOString()
    await send('importCsv', { text: historyToCsv([day(today, { capturedAt })]) })
    await expect.poll(async () => (await h.toolbarBadge()).text).toBe('47')

    await send('clearAll', {})
    await expect.poll(async () => (await h.toolbarBadge()).text).toBe('')
  })

  it('exports exactly what it imported, with the dated file name', async () => {
    const csv = historyToCsv(history(400))
    expect(await send('importCsv', { text: csv })).toMatchObject({
      ok: true,
      value: { ok: true, value: { added: 400 } },
    })
    const exported = await send('exportCsv', {})
    expect(exported).toEqual({
      ok: true,
      value: { filename: `ssi-history-${dayKey(new Date())}.csv`, csv, days: 400 },
    })
  })

  it('refuses a broken file as a whole and keeps the stored days', async () => {
    const stored = history(10)
    await send('importCsv', { text: historyToCsv(stored) })
    const broken = historyToCsv(history(30, '2025-01-30')).replace(
      /\r\n2025-01-15,\d+,/,
      '\r\n2025-01-15,101,',
    )
    const reply = await send('importCsv', { text: broken })
    expect(reply).toMatchObject({ ok: true, value: { ok: false, error: { code: 'bad-lines' } } })
    const refused = reply.ok
      ? (reply.value as { error?: { issues?: { issue: unknown }[] } }).error
      : undefined
    expect((refused?.issues ?? []).map((e) => e.issue)).toEqual([
      expect.objectContaining({ code: 'out-of-range', value: '101' }),
    ])
    expect(days(await h.readDatabase())).toEqual(stored)
  })

  it('keeps every day and the badge when the service worker is stopped and woken again', async () => {
    // Today's generated capture time may lie later today; an import refuses a capture time after now.
    const now = new Date().toISOString()
    const stored = history(365, dayKey(new Date())).map((d) =>
      d.capturedAt > now ? { ...d, capturedAt: now } : d,
    )
    await send('importCsv', { text: historyToCsv(stored) })
    await h.stopServiceWorker()
    // Waking the worker by a message: it must answer from the database, not from memory it lost.
    const overview = await send('getOverview', {})
    expect(overview.ok && overview.value.totalDays).toBe(365)
    expect(days(await h.readDatabase())).toEqual(stored)
    await expect.poll(async () => (await h.toolbarBadge()).text).toBe(String(stored.at(-1)?.overall))
  })

  // Instruments the worker's IndexedDB from the test (nothing in the shipped code): the import's read-write
  // transaction on `months` is reported when it starts, and the one(s) chosen are kept open by a chain of reads so
  // they cannot commit before the worker is stopped. That makes the interruption certain, not a matter of timing.
  it.each([
    ['while its transaction is open, nothing is stored', 'first' as const, 0],
    [
      'after its first transaction commits, the whole file is stored (it is one transaction)',
      'later' as const,
      3650,
    ],
  ])(
    'never leaves half an import behind when the worker is stopped during it: %s',
    async (_when, hold, kept) => {
      const csv = historyToCsv(history(3650))
      const page = await h.openExtensionPage('src/options/index.html')
      const worker = await h.serviceWorker()
      await worker.evaluate((which) => {
        const state = { started: 0, committed: 0 }
        Object.assign(globalThis, { __importWrites: state })
        const original = IDBDatabase.prototype.transaction
        IDBDatabase.prototype.transaction = function (
          this: IDBDatabase,
          ...args: Parameters<typeof original>
        ) {
          const tx = original.apply(this, args)
          const [names, mode] = args
          if (mode === 'readwrite' && [names].flat().includes('months')) {
            state.started++
            if (which === 'first' ? state.started === 1 : state.started > 1) {
              const store = tx.objectStore('months')
              const keepOpen = () => {
                store.count().onsuccess = keepOpen
              }
              keepOpen()
            } else tx.addEventListener('complete', () => state.committed++)
          }
          return tx
        }
      }, hold)
      void page
        .evaluate((text) => chrome.runtime.sendMessage({ type: 'importCsv', payload: { text } }), csv)
        .catch(() => undefined)
      // The known point: the import's transaction has started (held open) or has committed.
      await expect
        .poll(
          () =>
            worker.evaluate((which) => {
              const state = (
                globalThis as unknown as { __importWrites: { started: number; committed: number } }
              ).__importWrites
              return which === 'first' ? state.started : state.committed
            }, hold),
          // Not expect.poll's 1 s default: reading and writing ten years takes longer than that on a busy machine.
          { timeout: 30_000 },
        )
        .toBeGreaterThanOrEqual(1)
      await h.stopServiceWorker()
      await page.close().catch(() => undefined)
      const woken = await send('countDays', {})
      expect(woken.ok && woken.value.days).toBe(kept)
      expect(days(await h.readDatabase())).toHaveLength(kept)
    },
  )
})
