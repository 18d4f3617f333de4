import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { beforeEach, describe, expect, it } from 'vitest'
import {
  allDays,
  countDays,
  DB_NAME,
  DB_VERSION,
  daysBetween,
  historyConnection,
  latestDay,
  openHistoryDb,
} from '../../src/background/db.ts'
import type { DayRecord } from '../../src/core/snapshot.ts'
import { checkDayRecord } from '../../src/core/validate.ts'
import { createV1Database, V1_DAYS, V1_FAILURE, V1_VERSION } from '../fixtures/db-v1/v1-database.ts'
import { day, history } from './sample-days.ts'

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory()
})

const byDay = (a: { day: string }, b: { day: string }) => (a.day < b.day ? -1 : 1)

describe('schema', () => {
  it('creates the days and failures stores in a new database', async () => {
    const db = await openHistoryDb()
    expect(db.name).toBe(DB_NAME)
    expect(db.version).toBe(DB_VERSION)
    expect([...db.objectStoreNames].sort()).toEqual(['days', 'failures'])
    expect(db.transaction('days').store.keyPath).toBe('day')
    db.close()
  })

  it('keeps every record of a database that version 1 created', async () => {
    await createV1Database(indexedDB)
    const db = await openHistoryDb()
    expect(db.version).toBeGreaterThanOrEqual(V1_VERSION)
    const days = await db.getAll('days')
    expect(days).toEqual([...V1_DAYS].sort(byDay))
    expect(await db.get('failures', 'latest')).toEqual(V1_FAILURE)
    // Every surviving record is still a valid day for the current code, not just present.
    for (const record of days) expect(checkDayRecord(record).ok).toBe(true)
    db.close()
  })

  it('keeps a large version-1 history through the upgrade', async () => {
    await createV1Database(indexedDB)
    const extra = history(1000, '2026-11-19')
    const v1 = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(DB_NAME, V1_VERSION)
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => reject(open.error)
    })
    await new Promise<void>((resolve, reject) => {
      const tx = v1.transaction('days', 'readwrite')
      for (const d of extra) tx.objectStore('days').put(d)
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
    })
    v1.close()
    const db = await openHistoryDb()
    expect(await db.getAll('days')).toEqual([...extra, ...V1_DAYS].sort(byDay))
    db.close()
  })
})

describe('queries', () => {
  async function filled(records: DayRecord[]) {
    const db = await openHistoryDb()
    const tx = db.transaction('days', 'readwrite')
    await Promise.all([...records.map((r) => tx.store.put(r)), tx.done])
    return db
  }

  it('reads the days of a range, both ends included, ascending', async () => {
    const db = await filled(history(100, '2026-11-22'))
    const days = await daysBetween(db.transaction('days').store, '2026-11-01', '2026-11-10')
    expect(days.map((d) => d.day)).toEqual([
      '2026-11-01',
      '2026-11-02',
      '2026-11-03',
      '2026-11-04',
      '2026-11-05',
      '2026-11-06',
      '2026-11-07',
      '2026-11-08',
      '2026-11-09',
      '2026-11-10',
    ])
    db.close()
  })

  it('finds the latest day, and the latest day before a given one, across gaps', async () => {
    const db = await filled([day('2020-01-01'), day('2026-11-02'), day('2026-11-20'), day('2024-05-05')])
    const store = () => db.transaction('days').store
    expect((await latestDay(store()))?.day).toBe('2026-11-20')
    expect((await latestDay(store(), '2026-11-20'))?.day).toBe('2026-11-02')
    expect((await latestDay(store(), '2026-11-02'))?.day).toBe('2024-05-05')
    expect(await latestDay(store(), '2020-01-01')).toBeNull()
    expect(await countDays(store())).toBe(4)
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
    expect(await latestDay(db.transaction('days').store)).toBeNull()
    expect(await countDays(db.transaction('days').store)).toBe(0)
    db.close()
  })

  it('reads only what it returns: a key range and one cursor step, never the whole store', async () => {
    // A store that records what the queries ask for and how many records they materialise.
    const records = history(3650)
    const asked: string[] = []
    let materialised = 0
    const store = {
      async getAll(query?: IDBKeyRange | null) {
        asked.push(query ? `getAll ${query.lower}..${query.upper}` : 'getAll everything')
        const hits = records.filter((r) => !query || query.includes(r.day))
        materialised += hits.length
        return hits
      },
      async count() {
        asked.push('count')
        return records.length
      },
      async openCursor(query?: IDBKeyRange | null, direction?: IDBCursorDirection) {
        asked.push(`cursor ${direction} ${query ? `<${query.upper}` : 'all'}`)
        const hits = records.filter((r) => !query || query.includes(r.day))
        materialised += 1
        const value = direction === 'prev' ? hits.at(-1) : hits[0]
        return value ? { value } : null
      },
    }
    await daysBetween(store, '2026-10-04', '2026-11-22')
    await latestDay(store)
    await latestDay(store, '2026-10-04')
    await countDays(store)
    expect(asked).toEqual([
      'getAll 2026-10-04..2026-11-22',
      'cursor prev all',
      'cursor prev <2026-10-04',
      'count',
    ])
    expect(materialised).toBe(50 + 2)
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
    expect(() => first.transaction('days')).toThrow()
  })
})
