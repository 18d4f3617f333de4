/**
 * Every read and write of the history, each in exactly one transaction: the service worker may be stopped
 * between any two lines, so a write either happens whole or not at all, and nothing that matters waits in memory.
 */

import type { IDBPTransaction } from 'idb'
import type { ImportedDay } from '../core/csv-read.ts'
import { addDays, byDay, dayKey, daysBetween } from '../core/day.ts'
import { changeSince } from '../core/deltas.ts'
import { monthToShow } from '../core/history-window.ts'
import { inlineBadgeInfo } from '../core/inline-badge.ts'
import { type ManualEntry, manualRecord } from '../core/manual-day.ts'
import { type ChartRange, RANGE_DAYS, rangeSeries, rangeStart } from '../core/series.ts'
import type { DayRecord, FailureRecord, PageSnapshot, ReadFailure, UrlKind } from '../core/snapshot.ts'
import { pickSnapshot } from '../core/validate.ts'
import { afterTodayStarts, FAILURE_KEY, overviewIn, windowStart } from '../shared/history-queries.ts'
import type {
  HistoryMonth,
  ImportCounts,
  ManualSaveResult,
  Overview,
  SavedCapture,
  SeriesAnswer,
} from '../shared/protocol.ts'
import {
  allDays,
  countDays,
  DAY_COUNT_KEY,
  type HistoryDb,
  latestDay,
  type MonthBucket,
  monthOf,
  monthsBetween,
  readStoredDay,
  type SsiLensDb,
  storedDaysInRange,
  storedMonths,
} from './db.ts'
import { cachedAnswer, cachedDays, changingHistory, rememberedDays } from './history-cache.ts'

type HistoryWriteTransaction = IDBPTransaction<SsiLensDb, ['months', 'meta'], 'readwrite'>

/**
 * Writes `buckets` (deleting any left empty, so a bucket is never stored empty) and the new day count, then
 * waits for the commit. A put that throws synchronously (a value that cannot be stored) would otherwise leave
 * the writes before it to commit on their own; aborting keeps the write all-or-nothing. What the worker
 * remembers of the history is dropped before the first put and after the end (history-cache.ts).
 */
function writeBuckets(
  db: HistoryDb,
  tx: HistoryWriteTransaction,
  buckets: readonly MonthBucket[],
  dayCount: number,
): Promise<void> {
  return changingHistory(db, async () => {
    const months = tx.objectStore('months')
    const pending: Promise<unknown>[] = []
    try {
      for (const bucket of buckets)
        pending.push(bucket.days.length > 0 ? months.put(bucket) : months.delete(bucket.month))
      pending.push(tx.objectStore('meta').put(dayCount, DAY_COUNT_KEY))
    } catch (error) {
      tx.abort()
      await Promise.allSettled([...pending, tx.done])
      throw error
    }
    await Promise.all([...pending, tx.done])
  })
}

/** `days` (ascending, one per day) with `record` in its place: replacing the same day, or inserted in order. */
function withDay(days: readonly DayRecord[], record: DayRecord): { days: DayRecord[]; replaced: boolean } {
  const at = days.findIndex((d) => d.day >= record.day)
  if (at === -1) return { days: [...days, record], replaced: false }
  const replaced = days[at]?.day === record.day
  return { days: [...days.slice(0, at), record, ...days.slice(replaced ? at + 1 : at)], replaced }
}

/**
 * Stores a validated snapshot as the record of `now`'s local day, replacing an earlier capture of that day.
 * Only `pickSnapshot`'s fields are written, whatever else the object carries.
 */
export async function saveCapture(
  db: HistoryDb,
  snapshot: PageSnapshot,
  urlKind: UrlKind,
  now: Date,
): Promise<SavedCapture> {
  const record: DayRecord = {
    ...pickSnapshot(snapshot),
    day: dayKey(now),
    capturedAt: now.toISOString(),
    urlKind,
    note: null,
  }
  const from = windowStart(record.day)
  const month = monthOf(record.day)
  // One readwrite transaction: the browser runs them on a store one after another, so two captures at once
  // both read-modify-write the bucket in turn instead of one losing the other.
  const tx = db.transaction(['months', 'meta'], 'readwrite')
  const [around, dayCount] = await Promise.all([
    monthsBetween(tx.objectStore('months'), from, record.day),
    countDays(tx.objectStore('meta')),
  ])
  const own = around.find((b) => b.month === month)
  // A new reading of the day replaces its numbers, never the person's note on it.
  record.note = own?.days.find((d) => d.day === record.day)?.note ?? null
  const { days, replaced } = withDay(own?.days ?? [], record)
  await writeBuckets(db, tx, [{ month, days }], replaced ? dayCount : dayCount + 1)
  const recent = around.flatMap((b) => b.days).filter((d) => d.day >= from && d.day < record.day)
  return { replaced, badge: inlineBadgeInfo([...recent, record], record) }
}

/** Keeps the latest failed reading (only the latest), apart from the history. */
export async function recordFailure(
  db: HistoryDb,
  failure: ReadFailure,
  urlKind: UrlKind,
  now: Date,
): Promise<FailureRecord> {
  const entry = failureRecord(failure, urlKind, now)
  await db.put('failures', entry, FAILURE_KEY)
  return entry
}

/** A failure as it is kept: only its code and reason, when, and how the page was reached. */
export const failureRecord = (failure: ReadFailure, urlKind: UrlKind, now: Date): FailureRecord => ({
  error: failure.code,
  reason: failure.reason,
  at: now.toISOString(),
  urlKind,
})

/** Everything the popup shows (shared/history-queries `overviewIn`), in one consistent read transaction. */
export async function readOverview(db: HistoryDb, now: Date): Promise<Overview> {
  const tx = db.transaction(['months', 'meta', 'failures'], 'readonly')
  const stores = {
    months: tx.objectStore('months'),
    meta: tx.objectStore('meta'),
    failures: tx.objectStore('failures'),
  }
  const [overview] = await Promise.all([overviewIn(stores, dayKey(now)), tx.done])
  return overview
}

/**
 * The chart's series for `range` ending today (columns of numbers, with the range's notes and LinkedIn-wide
 * shifts), and the total's change over it, remembered until the next write (history-cache.ts). "All" reads every
 * month (one getAll; ten years are ~120 small buckets) and keeps them decoded for the next ask; a shorter range
 * slices those when they are in memory, else reads only its own months plus the day before it.
 */
export function readRangeSeries(db: HistoryDb, now: Date, range: ChartRange): Promise<SeriesAnswer> {
  const today = dayKey(now)
  return cachedAnswer(db, `series:${range}:${today}`, async () => {
    const stored = range === 'all' ? await cachedDays(db, () => readAllDays(db)) : rememberedDays(db)
    const { days, before, oldest } = stored
      ? rangeOfDays(stored, range, today)
      : await readRangeDays(db, range, today)
    const history = before ? [before, ...days] : days
    // The day before the range goes in too: a shift on the range's first day is measured against it.
    const series = rangeSeries(history, range, today, oldest)
    const latest = days.at(-1)
    const first = days[0]
    // All compares with the oldest day; the others with the day just before the range, as 49 days does.
    const span =
      range === 'all' ? (first && latest ? daysBetween(first.day, latest.day) : 0) : RANGE_DAYS[range]
    return { series, change: latest && span >= 1 ? changeSince(history, latest, span) : null }
  })
}

/** A range's stored days (on or before today), the last day before it, and the oldest stored day. */
interface RangeDays {
  days: readonly DayRecord[]
  before: DayRecord | null
  oldest: string | null
}

/** `RangeDays` read from the range's months: what a shorter range reads when nothing is in memory. */
async function readRangeDays(db: HistoryDb, range: ChartRange, today: string): Promise<RangeDays> {
  const tx = db.transaction('months', 'readonly')
  const months = tx.store
  const oldestBucket = range === 'all' ? (await months.getAll(null, 1))[0] : undefined
  const oldest = oldestBucket?.days[0]?.day ?? null
  const from = rangeStart(range, today, oldest)
  const [days, before] = await Promise.all([
    storedDaysInRange(months, from, today),
    latestDay(months, from),
    tx.done,
  ])
  return { days, before, oldest }
}

/** `RangeDays` sliced from every stored day (ascending, one per day), as `readRangeDays` reads them. */
function rangeOfDays(stored: readonly DayRecord[], range: ChartRange, today: string): RangeDays {
  const oldest = stored[0]?.day ?? null
  const from = rangeStart(range, today, oldest)
  const start = firstIndexFrom(stored, from)
  return {
    days: stored.slice(start, firstIndexFrom(stored, addDays(today, 1))),
    before: stored[start - 1] ?? null,
    oldest,
  }
}

/** The index of the first of `days` (ascending) dated `day` or later; `days.length` when there is none. */
function firstIndexFrom(days: readonly DayRecord[], day: string): number {
  let low = 0
  let high = days.length
  while (low < high) {
    const mid = (low + high) >> 1
    if ((days[mid] as DayRecord).day < day) low = mid + 1
    else high = mid
  }
  return low
}

/**
 * The latest stored day on or before `today` (for the toolbar badge and the reminder): a day stored with a date
 * after today is never "the latest" before its date comes.
 */
export function readLatest(db: HistoryDb, today: string): Promise<DayRecord | null> {
  return latestDay(db.transaction('months').store, afterTodayStarts(today))
}

/** Every stored day, ascending (for export). */
export function readAllDays(db: HistoryDb): Promise<DayRecord[]> {
  return allDays(db.transaction('months').store)
}

/** How many days are stored (reads no bucket). */
export function readDayCount(db: HistoryDb): Promise<number> {
  return countDays(db.transaction('meta').store)
}

export interface ImportOptions {
  /** Work the counts out without writing anything: what the import preview shows before the user confirms. */
  dryRun?: boolean
  /** Receives each day that is (or, in a dry run, would be) replaced, so the preview can name them. */
  replacedDays?: string[]
}

/**
 * Writes checked CSV rows in one transaction (all or nothing). A stored day is replaced only by a row that
 * states a later `captured_at`; a row without one, or with an older or equal one, keeps the stored day.
 */
export async function importDays(
  db: HistoryDb,
  days: readonly ImportedDay[],
  options: ImportOptions = {},
): Promise<ImportCounts> {
  const counts: ImportCounts = { added: 0, replaced: 0, kept: 0 }
  if (days.length === 0) return counts
  const incoming = new Map<string, ImportedDay[]>()
  for (const row of days) {
    const month = monthOf(row.record.day)
    const rows = incoming.get(month)
    if (rows) rows.push(row)
    else incoming.set(month, [row])
  }
  const months = [...incoming.keys()].sort()
  const tx = db.transaction(['months', 'meta'], 'readwrite')
  // One range read instead of a get per month: the file's months are usually most of the span anyway.
  const range = IDBKeyRange.bound(months[0] as string, months.at(-1) as string)
  const [buckets, dayCount] = await Promise.all([
    tx.objectStore('months').getAll(range),
    countDays(tx.objectStore('meta')),
  ])
  const stored = new Map(buckets.map((b) => [b.month, b]))
  const changed: MonthBucket[] = []
  for (const month of months) {
    const merged = new Map(stored.get(month)?.days.map((d) => [d.day, d]))
    let dirty = false
    for (const { record, capturedAtGiven } of incoming.get(month) ?? []) {
      const existing = merged.get(record.day)
      if (existing === undefined) counts.added++
      else if (capturedAtGiven && Date.parse(record.capturedAt) > Date.parse(existing.capturedAt)) {
        counts.replaced++
        options.replacedDays?.push(record.day)
      } else {
        counts.kept++
        continue
      }
      // A row without a note keeps the stored day's note: an import never removes what a person wrote.
      merged.set(
        record.day,
        record.note === null && existing?.note ? { ...record, note: existing.note } : record,
      )
      dirty = true
    }
    // Untouched months are not written back: one put per month that really changed.
    if (dirty) changed.push({ month, days: [...merged.values()].sort(byDay) })
  }
  if (changed.length > 0 && !options.dryRun) await writeBuckets(db, tx, changed, dayCount + counts.added)
  else await tx.done
  return counts
}

/**
 * Deletes everything SSI Lens stores in one transaction: the whole history, the failure log and the Team page's
 * people with their days ("Clear all data" means all of it). Returns how many days and people were deleted.
 */
export function clearAllData(db: HistoryDb): Promise<{ days: number; people: number }> {
  return changingHistory(db, async () => {
    const tx = db.transaction(['months', 'meta', 'failures', 'people', 'personDays'], 'readwrite')
    const [days, people] = await Promise.all([
      countDays(tx.objectStore('meta')),
      tx.objectStore('people').count(),
    ])
    await Promise.all([
      tx.objectStore('months').clear(),
      tx.objectStore('meta').clear(),
      tx.objectStore('failures').clear(),
      tx.objectStore('people').clear(),
      tx.objectStore('personDays').clear(),
      tx.done,
    ])
    return { days, people }
  })
}

/** `clearAllData`, answering how many days of the history were deleted. */
export async function clearHistory(db: HistoryDb): Promise<number> {
  return (await clearAllData(db)).days
}

// The history page: one month at a time, and the three ways a person changes a day (delete, enter, annotate).

/** One month of the history page, with every month there is to move to; one read transaction. */
export async function readHistoryMonth(
  db: HistoryDb,
  wanted: string | undefined,
  now: Date,
): Promise<HistoryMonth> {
  const tx = db.transaction(['months', 'meta'], 'readonly')
  const store = tx.objectStore('months')
  const [months, dayCount] = await Promise.all([storedMonths(store), countDays(tx.objectStore('meta'))])
  const month = monthToShow(months, wanted)
  const bucket = month === null ? undefined : await store.get(month)
  await tx.done
  const days = (bucket?.days ?? []).map(readStoredDay).reverse()
  return { today: dayKey(now), dayCount, months, month, days }
}

/** Deletes the record of `day`, if there is one, and counts it out, in one transaction. */
export async function deleteDay(db: HistoryDb, day: string): Promise<{ deleted: boolean; dayCount: number }> {
  const month = monthOf(day)
  const tx = db.transaction(['months', 'meta'], 'readwrite')
  const [bucket, dayCount] = await Promise.all([
    tx.objectStore('months').get(month),
    countDays(tx.objectStore('meta')),
  ])
  const days = bucket?.days ?? []
  const kept = days.filter((d) => d.day !== day)
  if (kept.length === days.length) {
    await tx.done
    return { deleted: false, dayCount }
  }
  await writeBuckets(db, tx, [{ month, days: kept }], dayCount - 1)
  return { deleted: true, dayCount: dayCount - 1 }
}

/**
 * Stores a checked hand-entered day. A stored record of that day is replaced only when `replaces` names it (its
 * capture time, which the person was shown and confirmed); otherwise nothing is written and the stored record
 * is the answer, so the page can ask. The replaced day's note stays with the day.
 */
export async function saveManualDay(
  db: HistoryDb,
  entry: ManualEntry,
  replaces: { capturedAt: string } | null,
  now: Date,
): Promise<ManualSaveResult> {
  const month = monthOf(entry.day)
  const tx = db.transaction(['months', 'meta'], 'readwrite')
  const [bucket, dayCount] = await Promise.all([
    tx.objectStore('months').get(month),
    countDays(tx.objectStore('meta')),
  ])
  const existing = bucket?.days.find((d) => d.day === entry.day)
  if (existing && existing.capturedAt !== replaces?.capturedAt) {
    await tx.done
    return { saved: false, existing: readStoredDay(existing) }
  }
  const record = manualRecord(entry, existing?.note ?? null, now)
  const { days, replaced } = withDay(bucket?.days ?? [], record)
  await writeBuckets(db, tx, [{ month, days }], replaced ? dayCount : dayCount + 1)
  return { saved: true, record, replaced: existing ? readStoredDay(existing) : null }
}

/** Sets (or, with null, removes) the note of a stored day; null when no such day is stored. */
export async function setDayNote(db: HistoryDb, day: string, note: string | null): Promise<DayRecord | null> {
  const month = monthOf(day)
  const tx = db.transaction(['months', 'meta'], 'readwrite')
  const [bucket, dayCount] = await Promise.all([
    tx.objectStore('months').get(month),
    countDays(tx.objectStore('meta')),
  ])
  const existing = bucket?.days.find((d) => d.day === day)
  if (!bucket || !existing) {
    await tx.done
    return null
  }
  const record: DayRecord = { ...existing, note }
  await writeBuckets(db, tx, [{ month, days: withDay(bucket.days, record).days }], dayCount)
  return record
}
