/** Test helpers that seed and inspect the month-bucket store directly, without going through history.ts. */
import { DAY_COUNT_KEY, type HistoryDb, type MonthBucket, monthOf } from '../../src/background/db.ts'
import type { DayRecord } from '../../src/core/snapshot.ts'

const ascending = (a: DayRecord, b: DayRecord) => (a.day < b.day ? -1 : 1)

/** `records` (any order, one per day) laid out as month buckets, ascending by month. */
export function bucketsOf(records: readonly DayRecord[]): MonthBucket[] {
  const byMonth = new Map<string, DayRecord[]>()
  for (const record of [...records].sort(ascending)) {
    const month = monthOf(record.day)
    byMonth.set(month, [...(byMonth.get(month) ?? []), record])
  }
  return [...byMonth].map(([month, days]) => ({ month, days }))
}

/**
 * Stores `records` next to what is already stored (a record replaces a stored one of its day) and keeps the
 * day count right, in one transaction.
 */
export async function putDays(db: HistoryDb, records: readonly DayRecord[]): Promise<void> {
  const tx = db.transaction(['months', 'meta'], 'readwrite')
  const months = tx.objectStore('months')
  const merged = new Map<string, DayRecord>()
  for (const bucket of await months.getAll()) for (const d of bucket.days) merged.set(d.day, d)
  for (const record of records) merged.set(record.day, record)
  const writes = bucketsOf([...merged.values()]).map((b) => months.put(b))
  writes.push(tx.objectStore('meta').put(merged.size, DAY_COUNT_KEY))
  await Promise.all([...writes, tx.done])
}

/** Every stored bucket, raw, ascending by month. */
export function storedBuckets(db: HistoryDb): Promise<MonthBucket[]> {
  return db.getAll('months')
}

/** Every stored day, ascending, read raw from the buckets. */
export async function storedDays(db: HistoryDb): Promise<DayRecord[]> {
  return (await storedBuckets(db)).flatMap((b) => b.days)
}

/**
 * Every way the store can break the bucket layout, as sentences (empty when it holds): a day in another
 * month's bucket, days out of order or repeated, an empty bucket, a stored day count that is not the number
 * of days in the buckets.
 */
export async function layoutProblems(db: HistoryDb): Promise<string[]> {
  const buckets = await storedBuckets(db)
  const dayCount = (await db.get('meta', DAY_COUNT_KEY)) ?? 0
  const problems: string[] = []
  const seen = new Set<string>()
  for (const { month, days } of buckets) {
    if (!/^\d{4}-\d{2}$/.test(month)) problems.push(`bucket key ${month} is not YYYY-MM`)
    if (days.length === 0) problems.push(`bucket ${month} is empty`)
    days.forEach((d, i) => {
      if (monthOf(d.day) !== month) problems.push(`day ${d.day} is in bucket ${month}`)
      const previous = days[i - 1]
      if (previous && previous.day >= d.day) problems.push(`bucket ${month}: ${d.day} after ${previous.day}`)
      if (seen.has(d.day)) problems.push(`day ${d.day} is stored twice`)
      seen.add(d.day)
    })
  }
  if (dayCount !== seen.size) problems.push(`dayCount is ${dayCount} for ${seen.size} stored days`)
  return problems
}
