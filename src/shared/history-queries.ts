/**
 * The history database's names and the read-only queries on it, shared by the background (the only writer, which
 * owns the schema and its upgrades in background/db.ts) and the popup, which runs the same queries on a read-only
 * connection of its own when that is faster than waking the service worker (popup/stored-overview.ts). Each query
 * takes stores of a transaction the caller opened (structural types, so either idb's stores or the popup's thin
 * wrappers of the plain IndexedDB API fit), and costs what it returns, never the years stored.
 */
import { addDays, daysAfter, WINDOW_DAYS } from '../core/day.ts'
import { recordsInRange } from '../core/series.ts'
import type { DayRecord, FailureRecord } from '../core/snapshot.ts'
import type { Overview } from './protocol.ts'

export const DB_NAME = 'ssi-lens'
export const DB_VERSION = 2

/** One calendar month of history. */
export interface MonthBucket {
  /** `YYYY-MM`: the first seven characters of every day key in `days`. */
  month: string
  /** Ascending by `day`, one record per day, never empty. */
  days: DayRecord[]
}

export const DAY_COUNT_KEY = 'dayCount'
/** The `failures` store's one key: only the latest failed reading is kept. */
export const FAILURE_KEY = 'latest'

// Buckets.

/** The bucket key of a day key: `2026-11-22` → `2026-11`. */
export const monthOf = (day: string): string => day.slice(0, 7)

/**
 * A stored day as the code sees it. Records stored before notes existed have no `note` field: that means no
 * note, so no schema version was needed to add one (only new writes carry the field).
 */
export const readStoredDay = (day: DayRecord): DayRecord =>
  day.note === undefined ? { ...day, note: null } : day

const flatten = (buckets: readonly MonthBucket[]): DayRecord[] =>
  buckets.flatMap((b) => b.days.map(readStoredDay))

// Queries. Each takes a store of a transaction the caller opened, so a handler can combine several in one
// consistent read. Their cost grows with what they return (at most one extra month at each end), never with
// the years stored.

/** The part of the `months` store the queries use (structural, so a test can count what they ask for). */
export interface MonthsStore {
  getAll(query?: IDBKeyRange | null): Promise<MonthBucket[]>
  openCursor(query?: IDBKeyRange | null, direction?: IDBCursorDirection): Promise<MonthsCursor | null>
}

export interface MonthsCursor {
  value: MonthBucket
  continue(): Promise<MonthsCursor | null>
}

/** The buckets of the months from `from`'s to `to`'s inclusive, ascending. */
export function monthsBetween(store: MonthsStore, from: string, to: string): Promise<MonthBucket[]> {
  return store.getAll(IDBKeyRange.bound(monthOf(from), monthOf(to)))
}

/** The stored days from `from` to `to` inclusive, ascending: core's `recordsInRange` over their months' buckets. */
export async function storedDaysInRange(store: MonthsStore, from: string, to: string): Promise<DayRecord[]> {
  return recordsInRange(flatten(await monthsBetween(store, from, to)), from, to)
}

/**
 * The stored days dated after `today` (see core/day `daysAfter`): one range read from `today`'s month on, which in
 * the usual case is the current month's bucket alone.
 */
export async function daysAfterToday(store: MonthsStore, today: string): Promise<string[]> {
  return daysAfter(flatten(await store.getAll(IDBKeyRange.lowerBound(monthOf(today)))), today)
}

/** Every stored day, ascending (for export). */
export async function allDays(store: MonthsStore): Promise<DayRecord[]> {
  return flatten(await store.getAll())
}

/**
 * The latest stored day, or the latest strictly before `before`. A `prev` cursor on the months: the first
 * bucket it meets holds the answer, unless every day of `before`'s own month is on or after `before`; then
 * the next one does (buckets are never empty). So at most two buckets are read.
 */
export async function latestDay(store: MonthsStore, before?: string): Promise<DayRecord | null> {
  const range = before === undefined ? null : IDBKeyRange.upperBound(monthOf(before))
  for (let cursor = await store.openCursor(range, 'prev'); cursor; cursor = await cursor.continue()) {
    const days = cursor.value.days
    for (let i = days.length - 1; i >= 0; i--) {
      const day = days[i] as DayRecord
      if (before === undefined || day.day < before) return readStoredDay(day)
    }
  }
  return null
}

/** Every month that has a stored day, newest first: keys only, no bucket is read. */
export async function storedMonths(store: {
  getAllKeys(query?: IDBKeyRange | null): Promise<string[]>
}): Promise<string[]> {
  return (await store.getAllKeys()).reverse()
}

/** The part of the `meta` store the day count uses. */
export interface MetaStore {
  get(key: typeof DAY_COUNT_KEY): Promise<number | undefined>
}

/** How many days are stored: one small record, whatever the years stored. */
export async function countDays(meta: MetaStore): Promise<number> {
  return (await meta.get(DAY_COUNT_KEY)) ?? 0
}

/** The first day of the window that ends `today`: 49 days plus the day a 49-day change compares against. */
export const windowStart = (today: string): string => addDays(today, -WINDOW_DAYS)

/** The first day that is after `today`: `latestDay(store, it)` is the latest day on or before today. */
export const afterTodayStarts = (today: string): string => addDays(today, 1)

/** The stores of one read transaction on `months`, `meta` and `failures` that the overview reads. */
export interface OverviewStores {
  months: MonthsStore
  meta: MetaStore
  failures: { get(key: typeof FAILURE_KEY): Promise<FailureRecord | undefined> }
}

/**
 * Everything the popup shows, from the stores of one read transaction: two or three buckets for the window, one
 * for the latest day, one or two for the day before the window, the stored count and the failure log, so the
 * cost does not grow with the years stored.
 */
export async function overviewIn(stores: OverviewStores, today: string): Promise<Overview> {
  const { months } = stores
  const from = windowStart(today)
  const [latest, window, beforeWindow, totalDays, failure, afterToday] = await Promise.all([
    latestDay(months, afterTodayStarts(today)),
    storedDaysInRange(months, from, today),
    latestDay(months, from),
    countDays(stores.meta),
    stores.failures.get(FAILURE_KEY),
    daysAfterToday(months, today),
  ])
  const newer = failure && (latest === null || Date.parse(failure.at) > Date.parse(latest.capturedAt))
  return {
    today,
    latest,
    window,
    beforeWindow,
    lastFailure: newer ? failure : null,
    totalDays,
    daysAfterToday: afterToday,
  }
}

/** The overview, with a failed save that was kept outside the database when it is the newest news. */
export function withUnsavedFailure(overview: Overview, unsaved: FailureRecord | null | undefined): Overview {
  if (!unsaved) return overview
  const newer = (than: string | undefined) => than === undefined || Date.parse(unsaved.at) > Date.parse(than)
  if (!newer(overview.lastFailure?.at) || !newer(overview.latest?.capturedAt)) return overview
  return { ...overview, lastFailure: unsaved }
}
