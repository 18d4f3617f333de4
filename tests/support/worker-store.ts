/**
 * Writes straight into the extension's IndexedDB from its service worker, past the protocol's checks: how the
 * end-to-end tests seed what an older version stored and a current one would refuse (a day after today).
 */
import type { ExtensionHarness } from '../../scripts/lib/harness.ts'
import type { DayRecord } from '../../src/core/snapshot.ts'

/** Adds `record` to its month bucket in the extension's IndexedDB and counts it, as an older version did. */
export async function storeRaw(h: ExtensionHarness, record: DayRecord): Promise<void> {
  const worker = await h.serviceWorker()
  await worker.evaluate(
    (r) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('ssi-lens')
        open.onerror = () => fail(open.error)
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction(['months', 'meta'], 'readwrite')
          const months = tx.objectStore('months')
          const meta = tx.objectStore('meta')
          const month = r.day.slice(0, 7)
          const got = months.get(month)
          got.onsuccess = () => {
            const bucket = got.result ?? { month, days: [] }
            bucket.days = [...bucket.days.filter((d: { day: string }) => d.day !== r.day), r].sort(
              (a: { day: string }, b: { day: string }) => (a.day < b.day ? -1 : 1),
            )
            months.put(bucket)
            const count = meta.get('dayCount')
            count.onsuccess = () => meta.put((count.result ?? 0) + 1, 'dayCount')
          }
          tx.oncomplete = () => {
            db.close()
            done()
          }
          tx.onerror = () => fail(tx.error)
        }
      }),
    record,
  )
}
