import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { beforeEach, describe, expect, it } from 'vitest'
import { type HistoryDb, openHistoryDb } from '../../src/background/db.ts'
import {
  clearHistory,
  importDays,
  readAllDays,
  readDayCount,
  readLatest,
  readOverview,
  readRangeSeries,
  recordFailure,
  saveCapture,
} from '../../src/background/history.ts'
import type { ImportedDay } from '../../src/core/csv-read.ts'
import { addDays, dayKey } from '../../src/core/day.ts'
import type { DayRecord } from '../../src/core/snapshot.ts'
import { day, history, snapshot } from '../support/records.ts'
import { layoutProblems, putDays, storedBuckets } from '../support/stored-days.ts'

let db: HistoryDb
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory()
  db = await openHistoryDb()
})

/** A local time on `day` (captures are keyed by the local calendar day). */
const at = (dayKey: string, hour: number, minute = 0) => {
  const [y, m, d] = dayKey.split('-').map(Number) as [number, number, number]
  return new Date(y, m - 1, d, hour, minute)
}

const put = (records: readonly DayRecord[]) => putDays(db, records)

describe('saveCapture', () => {
  it('stores a capture as the record of its local day, with the capture time and URL kind', async () => {
    const now = at('2026-11-22', 8, 15)
    const result = await saveCapture(db, snapshot(), 'page-load', now)
    expect(result.replaced).toBe(false)
    expect(await readAllDays(db)).toEqual([
      { ...snapshot(), day: '2026-11-22', capturedAt: now.toISOString(), urlKind: 'page-load', note: null },
    ])
  })

  it('keys a capture just after local midnight to the new day', async () => {
    await saveCapture(db, snapshot(), 'page-load', at('2026-11-22', 0, 1))
    await saveCapture(db, snapshot(), 'page-load', at('2026-11-21', 23, 59))
    expect((await readAllDays(db)).map((r) => r.day)).toEqual(['2026-11-21', '2026-11-22'])
  })

  it('replaces an earlier capture on the same day', async () => {
    await saveCapture(db, snapshot({ overall: 47 }), 'page-load', at('2026-11-22', 8))
    const later = snapshot({
      overall: 48,
      pillars: { brand: 17, people: 9.27, insights: 7.815, relationships: 13.2104 },
    })
    const result = await saveCapture(db, later, 'in-app-navigation', at('2026-11-22', 17))
    expect(result.replaced).toBe(true)
    const all = await readAllDays(db)
    expect(all).toHaveLength(1)
    expect(all[0]).toMatchObject({
      overall: 48,
      urlKind: 'in-app-navigation',
      capturedAt: at('2026-11-22', 17).toISOString(),
    })
  })

  it('writes only the snapshot fields, whatever else the object carries', async () => {
    const dirty = { ...snapshot(), html: '<html>…</html>', day: '1999-01-01', extra: { nested: true } }
    await saveCapture(db, dirty, 'page-load', at('2026-11-22', 8))
    const [stored] = await readAllDays(db)
    expect(Object.keys(stored ?? {}).sort()).toEqual(
      [...Object.keys(snapshot()), 'day', 'capturedAt', 'urlKind', 'note'].sort(),
    )
    expect(stored?.day).toBe('2026-11-22')
  })

  it('answers with the badge: the total, the change since 7 days ago and the next pillar', async () => {
    await put([
      day('2026-11-15', { overall: 44, pillars: { brand: 16, people: 9, insights: 7, relationships: 12 } }),
    ])
    const result = await saveCapture(db, snapshot(), 'page-load', at('2026-11-22', 9))
    expect(result.badge).toEqual({
      day: '2026-11-22',
      overall: 47,
      change7: { delta: 3, since: '2026-11-15', exact: true },
      nextPillar: { pillar: 'insights' },
    })
  })

  it('compares with the days before today only, never with a day stored after it', async () => {
    await put([
      day('2026-11-15', { overall: 44, pillars: { brand: 16, people: 9, insights: 7, relationships: 12 } }),
      day('2026-11-24', { overall: 40, pillars: { brand: 14, people: 9, insights: 7, relationships: 10 } }),
    ])
    const result = await saveCapture(db, snapshot(), 'page-load', at('2026-11-22', 9))
    expect(result.badge).toMatchObject({
      day: '2026-11-22',
      overall: 47,
      change7: { delta: 3, since: '2026-11-15' },
    })
  })

  it('gives no change on the very first day', async () => {
    const result = await saveCapture(db, snapshot(), 'page-load', at('2026-11-22', 9))
    expect(result.badge.change7).toBeNull()
    // Still advice without a history: the fixture's weakest pillar against its peers.
    expect(result.badge.nextPillar?.pillar).toBe('insights')
  })
})

describe('recordFailure', () => {
  it('keeps only the latest failed reading, apart from the history', async () => {
    await put([day('2026-11-21')])
    await recordFailure(
      db,
      { code: 'timeout', reason: 'no numbers after 20 s' },
      'page-load',
      at('2026-11-22', 8),
    )
    await recordFailure(
      db,
      { code: 'not-logged-in', reason: 'sign-in page' },
      'in-app-navigation',
      at('2026-11-22', 9),
    )
    expect(await db.getAll('failures')).toEqual([
      {
        error: 'not-logged-in',
        reason: 'sign-in page',
        at: at('2026-11-22', 9).toISOString(),
        urlKind: 'in-app-navigation',
      },
    ])
    expect(await readAllDays(db)).toEqual([day('2026-11-21')])
  })
})

describe('readRangeSeries', () => {
  const today = '2026-11-22'
  it.each([
    ['6m', 26, 182],
    ['1y', 53, 365],
  ] as const)(
    '%s: %d weekly points, the change against the day %d days back',
    async (range, points, back) => {
      const days = history(800, today)
      await put(days)
      const answer = await readRangeSeries(db, at(today, 10), range)
      expect(answer.series.days).toHaveLength(points)
      expect(answer.series.days.at(-1)).toBe(days.at(-1)?.day)
      expect(answer.series.overall.at(-1)).toBe(days.at(-1)?.overall)
      expect(answer.change).toMatchObject({ since: addDays(today, -back), exact: true })
    },
  )

  it('All starts at the oldest stored day and compares with it', async () => {
    await put([day('2016-11-25'), day('2020-01-01'), day(today)])
    const answer = await readRangeSeries(db, at(today, 10), 'all')
    expect(answer.series.from).toBe('2016-11-25')
    expect(answer.series.days[0]).toBe('2016-11-25')
    expect(answer.series.days.filter((d) => d !== null)).toHaveLength(3)
    expect(answer.change).toMatchObject({ since: '2016-11-25', exact: true, delta: 0 })
  })

  it('answers an empty range for an empty history', async () => {
    const answer = await readRangeSeries(db, at(today, 10), 'all')
    expect(answer.series.days).toEqual([null])
    expect(answer.change).toBeNull()
  })
})

describe('readOverview', () => {
  it('reads the window [today − 49, today], the day before it, the latest, and the count', async () => {
    const today = '2026-11-22'
    const days = history(400, today)
    await put(days)
    const overview = await readOverview(db, at(today, 10))
    expect(overview.today).toBe(today)
    expect(overview.window.map((d) => d.day)).toEqual(days.slice(-50).map((d) => d.day))
    expect(overview.window[0]?.day).toBe(addDays(today, -49))
    expect(overview.beforeWindow?.day).toBe(addDays(today, -50))
    expect(overview.latest).toEqual(days.at(-1))
    expect(overview.totalDays).toBe(400)
    expect(overview.lastFailure).toBeNull()
  })

  it('takes the latest day on or before today, and lists the days stored after today without losing them', async () => {
    const today = '2026-12-01'
    await put([
      day('2026-11-30', { overall: 40, pillars: { brand: 14, people: 9, insights: 7, relationships: 10 } }),
      day('2026-12-02', { overall: 40, pillars: { brand: 14, people: 9, insights: 7, relationships: 10 } }),
      day('2027-12-01', { overall: 40, pillars: { brand: 14, people: 9, insights: 7, relationships: 10 } }),
    ])
    const before = await readOverview(db, at(today, 9))
    expect(before.latest?.day).toBe('2026-11-30')
    expect(before.daysAfterToday).toEqual(['2026-12-02', '2027-12-01'])
    await saveCapture(db, snapshot({ overall: 47 }), 'page-load', at(today, 10))
    const after = await readOverview(db, at(today, 11))
    expect(after.latest).toMatchObject({ day: today, overall: 47 })
    expect(after.window.map((d) => d.day)).toEqual(['2026-11-30', today])
    expect(after.daysAfterToday).toEqual(['2026-12-02', '2027-12-01'])
    expect(after.totalDays).toBe(4)
    expect((await readLatest(db, today))?.day).toBe(today)
    expect((await readLatest(db, '2026-12-02'))?.day).toBe('2026-12-02')
  })

  it('finds the day before the window across a long gap, and an empty window', async () => {
    await put([day('2024-02-29'), day('2025-06-01')])
    const overview = await readOverview(db, at('2026-11-22', 10))
    expect(overview.window).toEqual([])
    expect(overview.beforeWindow?.day).toBe('2025-06-01')
    expect(overview.latest?.day).toBe('2025-06-01')
    expect(overview.totalDays).toBe(2)
  })

  it('answers for an empty history', async () => {
    const now = at('2026-11-22', 10)
    expect(await readOverview(db, now)).toEqual({
      today: dayKey(now),
      latest: null,
      window: [],
      beforeWindow: null,
      lastFailure: null,
      totalDays: 0,
      daysAfterToday: [],
    })
  })

  it.each([
    ['after the latest capture', '2026-11-22T12:00:00.000Z', true],
    ['before the latest capture', '2026-11-22T08:00:00.000Z', false],
    ['at the same instant as the latest capture', '2026-11-22T09:30:00.000Z', false],
  ])(
    'shows the last failure only when it is newer than the latest record (%s)',
    async (_what, failedAt, shown) => {
      await put([day('2026-11-22')]) // captured 09:30Z
      await recordFailure(db, { code: 'timeout', reason: 'slow' }, 'page-load', new Date(failedAt))
      const overview = await readOverview(db, new Date('2026-11-22T13:00:00Z'))
      expect(overview.lastFailure === null).toBe(!shown)
    },
  )

  it('shows a failure when nothing was ever recorded', async () => {
    await recordFailure(
      db,
      { code: 'not-logged-in', reason: 'sign-in page' },
      'page-load',
      at('2026-11-22', 8),
    )
    expect((await readOverview(db, at('2026-11-22', 9))).lastFailure?.error).toBe('not-logged-in')
  })
})

describe('importDays', () => {
  const imported = (record: DayRecord, capturedAtGiven = true, line = 2): ImportedDay => ({
    line,
    record,
    capturedAtGiven,
  })

  it('adds days that are not stored yet', async () => {
    const counts = await importDays(
      db,
      history(10).map((r) => imported(r)),
    )
    expect(counts).toEqual({ added: 10, replaced: 0, kept: 0 })
    expect(await readAllDays(db)).toEqual(history(10))
  })

  it('replaces a stored day only with a later capture time', async () => {
    const stored = day('2026-11-20', { capturedAt: '2026-11-20T09:00:00.000Z', overall: 47 })
    await put([stored, day('2026-11-21', { capturedAt: '2026-11-21T09:00:00.000Z' })])
    const newer = day('2026-11-20', { capturedAt: '2026-11-20T18:00:00.000Z', industryRank: 3 })
    const older = day('2026-11-21', { capturedAt: '2026-11-21T08:00:00.000Z', industryRank: 3 })
    const counts = await importDays(db, [imported(newer), imported(older)])
    expect(counts).toEqual({ added: 0, replaced: 1, kept: 1 })
    const all = await readAllDays(db)
    expect(all[0]).toEqual(newer)
    expect(all[1]?.industryRank).toBe(12)
  })

  it('keeps a stored day when the row has the same capture time', async () => {
    await put([day('2026-11-20')])
    const counts = await importDays(db, [imported(day('2026-11-20', { industryRank: 1 }))])
    expect(counts).toEqual({ added: 0, replaced: 0, kept: 1 })
    expect((await readAllDays(db))[0]?.industryRank).toBe(12)
  })

  it('never lets a row without captured_at overwrite a stored day, however late its made-up time', async () => {
    await put([day('2026-11-20', { capturedAt: '2026-11-20T01:00:00.000Z' })])
    const counts = await importDays(db, [
      imported(day('2026-11-20', { capturedAt: '2026-11-20T23:00:00.000Z', industryRank: 1 }), false),
      imported(day('2026-11-21'), false),
    ])
    expect(counts).toEqual({ added: 1, replaced: 0, kept: 1 })
    expect((await readAllDays(db))[0]?.industryRank).toBe(12)
  })

  it('writes nothing when the transaction fails part-way', async () => {
    await put([day('2026-11-01')])
    // A value IndexedDB cannot store: the put of its month throws after the month before it was written.
    const unstorable = { ...day('2026-11-21'), industryName: (() => 'x') as unknown as string }
    await expect(
      importDays(db, [imported(day('2026-10-20')), imported(unstorable), imported(day('2026-12-22'))]),
    ).rejects.toThrow()
    expect((await readAllDays(db)).map((d) => d.day)).toEqual(['2026-11-01'])
  })

  it('merges a file into the stored months: one bucket per month, days in order, nothing lost', async () => {
    await put([day('2026-09-30'), day('2026-11-05'), day('2026-11-25')])
    const counts = await importDays(db, [
      imported(day('2026-11-30')),
      imported(day('2026-11-01')),
      imported(day('2026-10-15')),
      imported(day('2026-11-25', { capturedAt: '2026-11-25T23:00:00.000Z', industryRank: 2 })),
    ])
    expect(counts).toEqual({ added: 3, replaced: 1, kept: 0 })
    expect(await layoutProblems(db)).toEqual([])
    expect((await storedBuckets(db)).map((b) => [b.month, b.days.map((d) => d.day)])).toEqual([
      ['2026-09', ['2026-09-30']],
      ['2026-10', ['2026-10-15']],
      ['2026-11', ['2026-11-01', '2026-11-05', '2026-11-25', '2026-11-30']],
    ])
    expect((await readAllDays(db)).find((d) => d.day === '2026-11-25')?.industryRank).toBe(2)
    expect(await readDayCount(db)).toBe(6)
  })

  it('does nothing for an empty file', async () => {
    expect(await importDays(db, [])).toEqual({ added: 0, replaced: 0, kept: 0 })
  })
})

describe('clearHistory and counts', () => {
  it('deletes every day and the failure log, and says how many days', async () => {
    await put(history(30))
    await recordFailure(db, { code: 'timeout', reason: 'slow' }, 'page-load', at('2026-11-22', 8))
    expect(await readDayCount(db)).toBe(30)
    expect(await clearHistory(db)).toBe(30)
    expect(await readDayCount(db)).toBe(0)
    expect(await db.getAll('failures')).toEqual([])
    expect(await readLatest(db, '2026-11-22')).toBeNull()
  })
})
