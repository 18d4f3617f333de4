import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { beforeEach, describe, expect, it } from 'vitest'
import {
  allDays,
  countDays,
  DB_NAME,
  DB_VERSION,
  historyConnection,
  latestDay,
  type MonthBucket,
  type MonthsCursor,
  type MonthsStore,
  openHistoryDb,
  storedDaysInRange,
} from '../../src/background/db.ts'
import { readAllDays, readDayCount, readLatest } from '../../src/background/history.ts'
import type { DayRecord } from '../../src/core/snapshot.ts'
import { checkDayRecord } from '../../src/core/validate.ts'
import { createV1Database, V1_DAYS, V1_FAILURE, V1_VERSION } from '../fixtures/db-v1/v1-database.ts'
import { createV2Database, V2_PERSON, V2_PERSON_DAYS } from '../fixtures/db-v2/v2-database.ts'
import { day, history } from '../support/records.ts'
import { bucketsOf, layoutProblems, putDays } from '../support/stored-days.ts'

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
})

const byDay = (a: { day: string }, b: { day: string }) => (a.day < b.day ? -1 : 1)

/** Versions 1 and 2 stored no notes: such records read as days without one, with no schema step needed. */
const V1_WITHOUT_NOTES = V1_DAYS.map((d) => ({ ...d, note: null })).sort(byDay)

describe('schema', () => {
  it('creates the month buckets, the day count and the failures store in a new database', async () => {
    const db = await openHistoryDb()
    expect(db.name).toBe(DB_NAME)
    expect(db.version).toBe(DB_VERSION)
    expect([...db.objectStoreNames].sort()).toEqual(['failures', 'meta', 'months', 'people', 'personDays'])
    const months = db.transaction('months').store
    expect(months.keyPath).toBe('month')
    expect([...months.indexNames]).toEqual([])
    expect(await readDayCount(db)).toBe(0)
    db.close()
  })

  it('keeps every record of a database that version 1 created', async () => {
    await createV1Database(indexedDB)
    const db = await openHistoryDb()
    expect(db.version).toBeGreaterThanOrEqual(V1_VERSION)
    const days = await readAllDays(db)
    expect(days).toEqual(V1_WITHOUT_NOTES)
    expect(await readDayCount(db)).toBe(V1_DAYS.length)
    expect((await readLatest(db, '2026-11-22'))?.day).toBe('2026-11-22')
    expect(await db.get('failures', 'latest')).toEqual(V1_FAILURE)
    expect(await layoutProblems(db)).toEqual([])
    // Every surviving record is still a valid day for the current code, not just present.
    for (const record of days) expect(checkDayRecord(record).ok).toBe(true)
    db.close()
  })

  it('upgrades a version-1 database to version 2: every day kept, the Team stores added empty', async () => {
    await createV1Database(indexedDB)
    const db = await openHistoryDb()
    expect(db.version).toBe(2)
    expect([...db.objectStoreNames].sort()).toEqual(['failures', 'meta', 'months', 'people', 'personDays'])
    expect(await readAllDays(db)).toEqual(V1_WITHOUT_NOTES)
    expect(await readDayCount(db)).toBe(V1_DAYS.length)
    expect(await db.get('failures', 'latest')).toEqual(V1_FAILURE)
    expect(db.transaction('people').store.keyPath).toBe('id')
    expect(db.transaction('personDays').store.keyPath).toBe('id')
    expect(await db.count('people')).toBe(0)
    expect(await db.count('personDays')).toBe(0)
    db.close()
  })

  it('opens a version-2 database with its history and its people as they were', async () => {
    await createV2Database(indexedDB)
    const db = await openHistoryDb()
    expect(await readAllDays(db)).toEqual(V1_WITHOUT_NOTES)
    expect(await db.getAll('people')).toEqual([V2_PERSON])
    expect(await db.getAll('personDays')).toEqual([{ id: V2_PERSON.id, days: V2_PERSON_DAYS }])
    expect(await layoutProblems(db)).toEqual([])
    db.close()
  })

  it('keeps a large version-1 history through the upgrade', async () => {
    const extra = history(1000, '2026-11-19')
    await createV1Database(indexedDB, undefined, extra)
    const db = await openHistoryDb()
    expect(await readAllDays(db)).toEqual([...extra, ...V1_WITHOUT_NOTES].sort(byDay))
    expect(await readDayCount(db)).toBe(1004)
    expect(await layoutProblems(db)).toEqual([])
    db.close()
  })
})

describe('queries', () => {
  async function filled(records: DayRecord[]) {
    const db = await openHistoryDb()
    await putDays(db, records)
    return db
  }

  it('reads the days of a range across months, both ends included, ascending', async () => {
    const db = await filled(history(100, '2026-11-22'))
    const days = await storedDaysInRange(db.transaction('months').store, '2026-10-28', '2026-11-03')
    expect(days.map((d) => d.day)).toEqual([
      '2026-10-28',
      '2026-10-29',
      '2026-10-30',
      '2026-10-31',
      '2026-11-01',
      '2026-11-02',
      '2026-11-03',
    ])
    db.close()
  })

  it('finds the latest day, and the latest day before a given one, within a month and across gaps', async () => {
    const db = await filled([day('2020-01-01'), day('2026-11-02'), day('2026-11-20'), day('2024-05-05')])
    const store = () => db.transaction('months').store
    expect((await latestDay(store()))?.day).toBe('2026-11-20')
    expect((await latestDay(store(), '2026-11-20'))?.day).toBe('2026-11-02')
    expect((await latestDay(store(), '2026-11-02'))?.day).toBe('2024-05-05')
    expect((await latestDay(store(), '2026-12-01'))?.day).toBe('2026-11-20')
    expect(await latestDay(store(), '2020-01-01')).toBeNull()
    expect(await countDays(db.transaction('meta').store)).toBe(4)
    expect((await allDays(store())).map((d) => d.day)).toEqual([
      '2020-01-01',
      '2024-05-05',
      '2026-11-02',
      '2026-11-20',
    ])
    db.close()
  })

  it('answers for an empty history', async () => {
    const db = await openHistoryDb()
    expect(await latestDay(db.transaction('months').store)).toBeNull()
    expect(await countDays(db.transaction('meta').store)).toBe(0)
    expect(await storedDaysInRange(db.transaction('months').store, '2026-01-01', '2026-12-31')).toEqual([])
    db.close()
  })

  it('reads only the months it needs: one key range, and at most two buckets for a latest day', async () => {
    // A store that records what the queries ask for and how many buckets they materialise.
    const buckets = bucketsOf(history(3650))
    expect(buckets).toHaveLength(121)
    const asked: string[] = []
    let materialised = 0
    const cursorFrom = (hits: MonthBucket[], at: number): MonthsCursor | null => {
      const value = hits[at]
      if (!value) return null
      materialised += 1
      return { value, continue: async () => cursorFrom(hits, at + 1) }
    }
    const store: MonthsStore = {
      async getAll(query?: IDBKeyRange | null) {
        asked.push(query ? `getAll ${query.lower}..${query.upper}` : 'getAll everything')
        const hits = buckets.filter((b) => !query || query.includes(b.month))
        materialised += hits.length
        return hits
      },
      async openCursor(query?: IDBKeyRange | null, direction?: IDBCursorDirection) {
        asked.push(`cursor ${direction} ${query ? `≤${query.upper}` : 'all'}`)
        const hits = buckets.filter((b) => !query || query.includes(b.month))
        return cursorFrom(direction === 'prev' ? hits.reverse() : hits, 0)
      },
    }
    expect((await storedDaysInRange(store, '2026-10-04', '2026-11-22')).length).toBe(50)
    expect((await latestDay(store))?.day).toBe('2026-11-22')
    expect((await latestDay(store, '2026-10-04'))?.day).toBe('2026-10-03')
    // Every day of October's bucket is on or after the 1st: the answer is in September's.
    expect((await latestDay(store, '2026-10-01'))?.day).toBe('2026-09-30')
    expect(asked).toEqual([
      'getAll 2026-10..2026-11',
      'cursor prev all',
      'cursor prev ≤2026-10',
      'cursor prev ≤2026-10',
    ])
    expect(materialised).toBe(2 + 1 + 1 + 2)
  })

  it('counts the days from one stored number, without reading a bucket', async () => {
    const asked: string[] = []
    expect(
      await countDays({
        async get(key) {
          asked.push(key)
          return 3650
        },
      }),
    ).toBe(3650)
    expect(await countDays({ get: async () => undefined })).toBe(0)
    expect(asked).toEqual(['dayCount'])
  })
})

describe('historyConnection', () => {
  it('opens once and reuses the connection', async () => {
    const connect = historyConnection()
    const [a, b] = await Promise.all([connect(), connect()])
    expect(a).toBe(b)
    expect(await connect()).toBe(a)
    a.close()
  })

  it('steps aside for a newer version and reopens on the next call', async () => {
    const connect = historyConnection()
    const first = await connect()
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(DB_NAME, DB_VERSION + 1)
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => reject(open.error)
      open.onblocked = () => reject(new Error('blocked by the old connection'))
    })
    expect(newer.version).toBe(DB_VERSION + 1)
    newer.close()
    // The old code cannot use the newer database; the next call tries again instead of reusing a dead handle.
    await expect(connect()).rejects.toThrow(/version/i)
    await expect(connect()).rejects.toThrow(/version/i)
    expect(() => first.transaction('months')).toThrow()
  })
})
