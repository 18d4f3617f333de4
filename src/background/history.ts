/**
 * Every read and write of the history, each in exactly one transaction: the service worker may be stopped
 * between any two lines, so a write either happens whole or not at all, and nothing that matters waits in memory.
 */

import type { IDBPTransaction } from 'idb'
import type { ImportedDay } from '../core/csv-read.ts'
import { addDays, dayKey, WINDOW_DAYS } from '../core/day.ts'
import { changeSince } from '../core/deltas.ts'
import { nextPillar } from '../core/next-pillar.ts'
import type { DayRecord, FailedReading, PageSnapshot, ReadFailure, UrlKind } from '../core/snapshot.ts'
import { pickSnapshot } from '../core/validate.ts'
import type { BadgeInfo, Overview, SaveResult } from '../shared/protocol.ts'
import { allDays, countDays, daysBetween, type HistoryDb, latestDay, type SsiLensDb } from './db.ts'

const FAILURE_KEY = 'latest'

/** The first day of the window that ends `today`: 49 days plus the day a 49-day change compares against. */
const windowStart = (today: string): string => addDays(today, -WINDOW_DAYS)

type DaysWriteTransaction = IDBPTransaction<SsiLensDb, ['days'], 'readwrite'>

/**
 * Puts `records` and waits for the commit. A put that throws synchronously (a value that cannot be stored)
 * would otherwise leave the puts before it to commit on their own; aborting keeps the write all-or-nothing.
 */
async function putAll(tx: DaysWriteTransaction, records: readonly DayRecord[]): Promise<void> {
  const pending: Promise<unknown>[] = []
  try {
    for (const record of records) pending.push(tx.store.put(record))
  } catch (error) {
    tx.abort()
    await Promise.allSettled([...pending, tx.done])
    throw error
  }
  await Promise.all([...pending, tx.done])
}

/** What the inline badge shows for `latest`, from the days around it. */
export function badgeInfo(recent: readonly DayRecord[], latest: DayRecord): BadgeInfo {
  const advice = nextPillar(recent, latest)
  return {
    day: latest.day,
    overall: latest.overall,
    change7: changeSince(recent, latest, 7),
    nextPillar: advice && { pillar: advice.pillar, label: advice.label },
  }
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
): Promise<SaveResult> {
  const record: DayRecord = {
    ...pickSnapshot(snapshot),
    day: dayKey(now),
    capturedAt: now.toISOString(),
    urlKind,
  }
  const tx = db.transaction('days', 'readwrite')
  const recent = await daysBetween(tx.store, windowStart(record.day), record.day)
  const replaced = recent.some((r) => r.day === record.day)
  await putAll(tx, [record])
  const history = [...recent.filter((r) => r.day !== record.day), record]
  return { replaced, badge: badgeInfo(history, record) }
}

/** Keeps the latest failed reading (only the latest), apart from the history. */
export async function recordFailure(
  db: HistoryDb,
  failure: ReadFailure,
  urlKind: UrlKind,
  now: Date,
): Promise<FailedReading> {
  const entry: FailedReading = {
    error: failure.error,
    reason: failure.reason,
    at: now.toISOString(),
    urlKind,
  }
  await db.put('failures', entry, FAILURE_KEY)
  return entry
}

/** Everything the popup shows, in one consistent read whose cost does not grow with the years stored. */
export async function readOverview(db: HistoryDb, now: Date): Promise<Overview> {
  const today = dayKey(now)
  const tx = db.transaction(['days', 'failures'], 'readonly')
  const days = tx.objectStore('days')
  const from = windowStart(today)
  const [latest, window, beforeWindow, totalDays, failure] = await Promise.all([
    latestDay(days),
    daysBetween(days, from, today),
    latestDay(days, from),
    countDays(days),
    tx.objectStore('failures').get(FAILURE_KEY),
    tx.done,
  ])
  const newer = failure && (latest === null || Date.parse(failure.at) > Date.parse(latest.capturedAt))
  return { today, latest, window, beforeWindow, lastFailure: newer ? failure : null, totalDays }
}

/** The latest stored day (for the toolbar badge). */
export function readLatest(db: HistoryDb): Promise<DayRecord | null> {
  return latestDay(db.transaction('days').store)
}

export function readAllDays(db: HistoryDb): Promise<DayRecord[]> {
  return allDays(db.transaction('days').store)
}

export function readDayCount(db: HistoryDb): Promise<number> {
  return db.count('days')
}

export interface ImportCounts {
  added: number
  replaced: number
  kept: number
}

/**
 * Writes checked CSV rows in one transaction (all or nothing). A stored day is replaced only by a row that
 * states a later `captured_at`; a row without one, or with an older or equal one, keeps the stored day.
 */
export async function importDays(db: HistoryDb, days: readonly ImportedDay[]): Promise<ImportCounts> {
  const counts: ImportCounts = { added: 0, replaced: 0, kept: 0 }
  if (days.length === 0) return counts
  let first = (days[0] as ImportedDay).record.day
  let last = first
  for (const { record } of days) {
    if (record.day < first) first = record.day
    if (record.day > last) last = record.day
  }
  const tx = db.transaction('days', 'readwrite')
  // One range read instead of a get per row: the file's days are usually most of the span anyway.
  const stored = new Map((await daysBetween(tx.store, first, last)).map((r) => [r.day, r]))
  const writes: DayRecord[] = []
  for (const { record, capturedAtGiven } of days) {
    const existing = stored.get(record.day)
    if (existing === undefined) counts.added++
    else if (capturedAtGiven && Date.parse(record.capturedAt) > Date.parse(existing.capturedAt))
      counts.replaced++
    else {
      counts.kept++
      continue
    }
    writes.push(record)
  }
  await putAll(tx, writes)
  return counts
}

/** Deletes the whole history and the failure log in one transaction; returns how many days were deleted. */
export async function clearHistory(db: HistoryDb): Promise<number> {
  const tx = db.transaction(['days', 'failures'], 'readwrite')
  const deleted = await tx.objectStore('days').count()
  await Promise.all([tx.objectStore('days').clear(), tx.objectStore('failures').clear(), tx.done])
  return deleted
}
