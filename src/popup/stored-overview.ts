/**
 * The popup's overview read straight from the history database, on a read-only connection of its own: a message
 * to the background costs a round trip through the browser and, when the service worker sleeps (Chrome stops it
 * after 30 s idle), waking it, which took longer than the whole empty extension page. The background stays the
 * only writer: this connection never creates, upgrades or writes anything — a database that is missing or of
 * another version is refused, and the caller asks the background instead, which creates or upgrades it.
 *
 * It runs the background's own queries (shared/history-queries.ts) in one read transaction, so it answers exactly
 * what `getOverview` answers. Plain IndexedDB, not idb: the popup loads no library for four kinds of request.
 */
import { dayKey } from '../core/day.ts'
import type { FailureRecord } from '../core/snapshot.ts'
import { browser } from '../shared/extension-api.ts'
import {
  DB_NAME,
  DB_VERSION,
  type MonthBucket,
  type MonthsCursor,
  type MonthsStore,
  overviewIn,
  withUnsavedFailure,
} from '../shared/history-queries.ts'
import type { Overview } from '../shared/protocol.ts'
import { UNSAVED_FAILURE_KEY } from '../shared/session-keys.ts'

/** The answer of one request, as a promise. */
const answer = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })

/** A cursor request as `MonthsCursor`s: each `continue()` resolves on the request's next success. */
function cursorOf(request: IDBRequest<IDBCursorWithValue | null>): Promise<MonthsCursor | null> {
  const next = answer(request).then((cursor): MonthsCursor | null =>
    cursor
      ? {
          value: cursor.value as MonthBucket,
          continue: () => {
            cursor.continue()
            return cursorOf(request)
          },
        }
      : null,
  )
  return next
}

function monthsStore(store: IDBObjectStore): MonthsStore {
  return {
    getAll: (query) => answer(store.getAll(query) as IDBRequest<MonthBucket[]>),
    openCursor: (query, direction) => cursorOf(store.openCursor(query, direction)),
  }
}

/** The history database at exactly the version this build knows; refused (and left untouched) otherwise. */
function openToRead(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = factory.open(DB_NAME, DB_VERSION)
    // Missing or older: creating or upgrading is the background's work. Aborting leaves the database as it was
    // (a database this request would have created is not kept), and the open fails with an AbortError.
    open.onupgradeneeded = () => open.transaction?.abort()
    open.onsuccess = () => resolve(open.result)
    open.onerror = () => reject(open.error)
    open.onblocked = () => reject(new Error('the history database is being upgraded'))
  })
}

/**
 * The overview of `today` read from the database (`indexedDB` in the popup, a fake one in tests). Rejects when
 * the database cannot be read as it is: the popup then asks the background.
 */
export async function readStoredOverview(factory: IDBFactory, today: string): Promise<Overview> {
  const db = await openToRead(factory)
  try {
    const tx = db.transaction(['months', 'meta', 'failures'], 'readonly')
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve()
      tx.onabort = () => reject(tx.error)
    })
    const meta = tx.objectStore('meta')
    const failures = tx.objectStore('failures')
    const [overview] = await Promise.all([
      overviewIn(
        {
          months: monthsStore(tx.objectStore('months')),
          meta: { get: (key) => answer(meta.get(key) as IDBRequest<number | undefined>) },
          failures: { get: (key) => answer(failures.get(key) as IDBRequest<FailureRecord | undefined>) },
        },
        today,
      ),
      done,
    ])
    return overview
  } finally {
    // Closed at once, so this connection never stands in the way of the background upgrading the schema.
    db.close()
  }
}

export interface StoredOverviewWorld {
  indexedDB: IDBFactory
  now: () => Date
  /** The failed save kept in the session storage when the database could not take it (background/index.ts). */
  unsavedFailure: () => Promise<FailureRecord | null>
}

/** What `getOverview` answers, read without the background: the database and the session's unsaved failure. */
export async function storedOverview(world: StoredOverviewWorld): Promise<Overview> {
  // The session storage is a fallback, as in the background: the overview never fails for want of it.
  const unsaved = world.unsavedFailure().catch(() => null)
  const overview = await readStoredOverview(world.indexedDB, dayKey(world.now()))
  return withUnsavedFailure(overview, await unsaved)
}

/** The failed save the background kept in the session storage when the database could not take it, or null. */
export const sessionUnsavedFailure = async (): Promise<FailureRecord | null> =>
  ((await browser.storage.session.get(UNSAVED_FAILURE_KEY))[UNSAVED_FAILURE_KEY] as FailureRecord) ?? null

/** `storedOverview` in the popup: its own IndexedDB, the day of `now`, and the session's unsaved failure. */
export const popupOverview = (
  now: Date,
  unsavedFailure: () => Promise<FailureRecord | null>,
): Promise<Overview> => storedOverview({ indexedDB, now: () => now, unsavedFailure })
