/**
 * What one service-worker life has already read of the history: every stored day, decoded and ascending, and the
 * chart answers worked out from them. Reading ten years back from IndexedDB costs the "All" range about 30 ms on a
 * quiet machine (120 buckets through the structured clone), and the popup asks for it on every open while the
 * worker is awake; from memory it costs nothing.
 *
 * Only a cache: it lives in the worker's memory (gone when the worker stops, empty when a connection is new), and
 * it is dropped by every write of the history, before the write starts and again after it ends, committed or not.
 * A read keeps what it read only if no write began or ended while it ran (a generation count), so a read that
 * overlapped a write never stores the state before it. The background is the only writer (README, "Where data
 * lives"), and all its writes of `months` go through `changingHistory`.
 */
import type { DayRecord } from '../core/snapshot.ts'

interface Entry {
  /** Counts the starts and ends of writes: a read stores its result only if this did not move while it ran. */
  generation: number
  days: readonly DayRecord[] | null
  answers: Map<string, unknown>
}

// Keyed by the connection: a connection that closed (and the worker reopened) starts with nothing remembered.
const entries = new WeakMap<object, Entry>()

function entryOf(db: object): Entry {
  let entry = entries.get(db)
  if (!entry) {
    entry = { generation: 0, days: null, answers: new Map() }
    entries.set(db, entry)
  }
  return entry
}

function forget(db: object): void {
  const entry = entryOf(db)
  entry.generation++
  entry.days = null
  entry.answers.clear()
}

/** Runs a write of the history, dropping what was remembered before it starts and after it ends. */
export async function changingHistory<T>(db: object, write: () => Promise<T>): Promise<T> {
  forget(db)
  try {
    return await write()
  } finally {
    forget(db)
  }
}

/** Every stored day, ascending: remembered, or read with `read` (and remembered when no write overlapped it). */
export async function cachedDays(
  db: object,
  read: () => Promise<readonly DayRecord[]>,
): Promise<readonly DayRecord[]> {
  const entry = entryOf(db)
  if (entry.days) return entry.days
  const generation = entry.generation
  const days = await read()
  if (entry.generation === generation) entry.days = days
  return days
}

/** Every stored day, ascending, if this worker life has them in memory; else null (nothing is read). */
export function rememberedDays(db: object): readonly DayRecord[] | null {
  return entryOf(db).days
}

/**
 * An answer worked out from the stored days, remembered under `key` (which names everything else it depends
 * on, such as today's date) until the next write.
 */
export async function cachedAnswer<T>(db: object, key: string, work: () => Promise<T>): Promise<T> {
  const entry = entryOf(db)
  if (entry.answers.has(key)) return entry.answers.get(key) as T
  const generation = entry.generation
  const answer = await work()
  if (entry.generation === generation) entry.answers.set(key, answer)
  return answer
}
