/**
 * The history database. One `DayRecord` per local calendar day, keyed by the day itself (`YYYY-MM-DD`), so
 * "one record per day" is a property of the key, not of code, and key ranges answer every date question.
 * The latest failed reading lives in its own store and never mixes with the history.
 *
 * Schema changes are `if (oldVersion < n)` steps appended to `upgradeSchema`; a shipped step is never edited,
 * and tests/fixtures/db-v1 keeps a database as version 1 created it, to prove each upgrade keeps every day.
 */
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb'
import type { DayRecord, FailedReading } from '../core/snapshot.ts'

export const DB_NAME = 'ssi-lens'
export const DB_VERSION = 1

export interface SsiLensDb extends DBSchema {
  /** The history, kept forever. Key: `DayRecord.day`. */
  days: { key: string; value: DayRecord }
  /** Only the latest failed reading, under the key `latest`. */
  failures: { key: 'latest'; value: FailedReading }
}

export type HistoryDb = IDBPDatabase<SsiLensDb>
type UpgradeTransaction = IDBPTransaction<SsiLensDb, StoreNames<SsiLensDb>[], 'versionchange'>

/** Brings a database of any earlier version up to `DB_VERSION`, one step at a time, keeping every record. */
export function upgradeSchema(db: HistoryDb, oldVersion: number, _tx: UpgradeTransaction): void {
  if (oldVersion < 1) {
    db.createObjectStore('days', { keyPath: 'day' })
    db.createObjectStore('failures')
  }
  // Version 2 goes here as `if (oldVersion < 2) { … }`, reading and rewriting records through `_tx`.
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

// Queries. Each takes the `days` store of a transaction the caller opened, so a handler can combine several in
// one consistent read. Their cost grows with what they return, never with the years stored.

type DaysStore = {
  getAll(query?: IDBKeyRange | null): Promise<DayRecord[]>
  count(): Promise<number>
  openCursor(query?: IDBKeyRange | null, direction?: IDBCursorDirection): Promise<{ value: DayRecord } | null>
}

/** Days from `from` to `to` inclusive, ascending. */
export function daysBetween(store: DaysStore, from: string, to: string): Promise<DayRecord[]> {
  return store.getAll(IDBKeyRange.bound(from, to))
}

/** Every stored day, ascending (for export). */
export function allDays(store: DaysStore): Promise<DayRecord[]> {
  return store.getAll()
}

/** The latest stored day, or the latest strictly before `before`. One cursor step from the end of the key range. */
export async function latestDay(store: DaysStore, before?: string): Promise<DayRecord | null> {
  const range = before === undefined ? null : IDBKeyRange.upperBound(before, true)
  const cursor = await store.openCursor(range, 'prev')
  return cursor?.value ?? null
}

export function countDays(store: DaysStore): Promise<number> {
  return store.count()
}
