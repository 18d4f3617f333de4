/**
 * The history database. Days are stored in month buckets: one record per calendar month that has any day,
 * `{ month: 'YYYY-MM', days }`, holding that month's `DayRecord`s in day order, one per local day.
 *
 * Why buckets: every IndexedDB request has a fixed cost in the browser, so importing ten years as 3,650 day
 * records took 440 ms (median) in headless Chromium, more than the whole CSV import budget of 300 ms; the same
 * days as 121 month records take 40 ms. A month is also about what every query needs anyway: the popup's
 * 49-day window spans two or three of them.
 *
 * Why no index on the days, and a stored count instead: measured in Chromium with ten years stored, a
 * multi-entry index on the bucket's day keys doubled the cost of writing them (74 ms instead of 36 ms median),
 * and `count()` on it took 25 ms (it visits every entry, so it grows with the years stored); a `prev` cursor on
 * the months finds the latest day just as fast (0.6 ms). So the number of days is kept in `meta` under
 * `dayCount`, changed in the same transaction as every write of the buckets (0.4 ms to read).
 *
 * Invariants (upheld by history.ts, checked by tests): a day lives in the bucket of its own month; a bucket's
 * `days` are ascending by `day`, one per day; a bucket is never stored empty (so the last bucket holds the
 * latest day); `dayCount` is the number of days in all buckets. The latest failed reading lives in its own
 * store and never mixes with the history. The Team page's people (version 2) live in `people` (one summary each)
 * and `personDays` (their days), written together by team.ts; nothing of theirs ever enters `months`.
 *
 * Schema changes are `if (oldVersion < n)` steps appended to `upgradeSchema`; a shipped step is never edited,
 * and tests/fixtures/db-v1 keeps a database as version 1 created it, to prove each upgrade keeps every day.
 */
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb'
import type { DayRecord, FailureRecord } from '../core/snapshot.ts'
import type { PersonSummary } from '../core/team-summary.ts'
import {
  type DAY_COUNT_KEY,
  DB_NAME,
  DB_VERSION,
  type FAILURE_KEY,
  type MonthBucket,
} from '../shared/history-queries.ts'

// The queries live in shared/history-queries.ts, so the popup can run the same ones on its own read-only connection.
export {
  allDays,
  countDays,
  DAY_COUNT_KEY,
  DB_NAME,
  DB_VERSION,
  daysAfterToday,
  FAILURE_KEY,
  latestDay,
  type MetaStore,
  type MonthBucket,
  type MonthsCursor,
  type MonthsStore,
  monthOf,
  monthsBetween,
  readStoredDay,
  storedDaysInRange,
  storedMonths,
} from '../shared/history-queries.ts'

export interface SsiLensDb extends DBSchema {
  /** The history, kept forever. Key: `MonthBucket.month`. */
  months: { key: string; value: MonthBucket }
  /** Bookkeeping written with the buckets: `dayCount`, the number of stored days. */
  meta: { key: typeof DAY_COUNT_KEY; value: number }
  /** Only the latest failed reading, under the key `latest`. */
  failures: { key: typeof FAILURE_KEY; value: FailureRecord }
  /** Version 2: the Team page's people, one record each, never mixed with the user's own history. */
  people: { key: string; value: PersonRecord }
  /** Version 2: each person's days, kept apart from `people` so opening the Team page reads summaries only. */
  personDays: { key: string; value: PersonDays }
}

/**
 * One person on the Team page: what the table needs, computed once when the file is added (`summary`), so
 * opening the page never reads anyone's days.
 */
export interface PersonRecord {
  id: string
  /** The name shown in the table (from the file name, editable). */
  name: string
  /** The name of the file the days came from. */
  fileName: string
  /** When the file was added, ISO 8601 UTC. */
  addedAt: string
  summary: PersonSummary
}

/** Every day of one person's file, ascending by day (kept to recompute the summary when its shape changes). */
export interface PersonDays {
  id: string
  days: DayRecord[]
}

export type HistoryDb = IDBPDatabase<SsiLensDb>
type UpgradeTransaction = IDBPTransaction<SsiLensDb, StoreNames<SsiLensDb>[], 'versionchange'>

/** Brings a database of any earlier version up to `DB_VERSION`, one step at a time, keeping every record. */
export function upgradeSchema(db: HistoryDb, oldVersion: number, _tx: UpgradeTransaction): void {
  if (oldVersion < 1) {
    db.createObjectStore('months', { keyPath: 'month' })
    db.createObjectStore('meta')
    db.createObjectStore('failures')
  }
  // Version 2 adds the Team page's stores. It only creates stores, so every stored day, the day count and the
  // failure log stay exactly as they were (tests/fixtures/db-v1 proves it).
  if (oldVersion < 2) {
    db.createObjectStore('people', { keyPath: 'id' })
    db.createObjectStore('personDays', { keyPath: 'id' })
  }
}

export interface OpenCallbacks {
  /** The browser closed the connection (disk error, database deleted by the user). */
  onClosed?: () => void
}

/** Opens (creating or upgrading) the history database. */
export function openHistoryDb(name = DB_NAME, callbacks: OpenCallbacks = {}): Promise<HistoryDb> {
  return openDB<SsiLensDb>(name, DB_VERSION, {
    upgrade: (db, oldVersion, _newVersion, tx) => upgradeSchema(db, oldVersion, tx),
    // A newer SSI Lens (after an update, in another context) wants to upgrade: step aside instead of blocking it.
    blocking: (_current, _blocked, event) => {
      ;(event.target as IDBDatabase).close()
      callbacks.onClosed?.()
    },
    terminated: () => callbacks.onClosed?.(),
  })
}

/**
 * A lazily opened connection shared by all handlers of one service-worker life. It is only a cache: when the
 * worker is stopped it is simply gone, and a closed or failed connection is reopened on the next call.
 */
export function historyConnection(name = DB_NAME): () => Promise<HistoryDb> {
  let pending: Promise<HistoryDb> | null = null
  const forget = () => {
    pending = null
  }
  return () => {
    if (!pending) {
      pending = openHistoryDb(name, { onClosed: forget })
      pending.catch(forget)
    }
    return pending
  }
}
