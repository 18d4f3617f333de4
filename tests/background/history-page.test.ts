/**
 * The history page's reads and writes against a real (fake-indexeddb) store: one month at a time, deleting a
 * day, entering one by hand (never replacing a recorded day unasked), and notes, which no later write loses.
 */
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { beforeEach, describe, expect, it } from 'vitest'
import { type HistoryDb, openHistoryDb } from '../../src/background/db.ts'
import { createHandlers } from '../../src/background/handlers.ts'
import {
  deleteDay,
  importDays,
  readAllDays,
  readDayCount,
  readHistoryMonth,
  saveCapture,
  saveManualDay,
  setDayNote,
} from '../../src/background/history.ts'
import { localNoon } from '../../src/core/csv-read.ts'
import { historyToCsv } from '../../src/core/csv-write.ts'
import type { DayRecord } from '../../src/core/snapshot.ts'
import { day, history, manualEntry, snapshot } from '../support/records.ts'
import { layoutProblems, putDays, storedDays } from '../support/stored-days.ts'

const NOW = new Date('2026-11-22T10:00:00Z')
let db: HistoryDb

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory()
  db = await openHistoryDb()
})

describe('readHistoryMonth', () => {
  it('answers the newest month, newest day first, with every month there is and the day count', async () => {
    const days = history(3650, '2026-11-22')
    await putDays(db, days)
    const page = await readHistoryMonth(db, undefined, NOW)
    expect(page.today).toBe('2026-11-22')
    expect(page.dayCount).toBe(3650)
    expect(page.months).toHaveLength(121)
    expect(page.months.slice(0, 2)).toEqual(['2026-11', '2026-10'])
    expect(page.month).toBe('2026-11')
    expect(page.days.map((d) => d.day)).toEqual(
      days
        .filter((d) => d.day.startsWith('2026-11'))
        .map((d) => d.day)
        .reverse(),
    )
  })

  it('answers the month asked for, or the nearest older one with days', async () => {
    await putDays(db, [day('2026-11-02'), day('2026-09-30'), day('2026-09-01')])
    expect((await readHistoryMonth(db, '2026-09', NOW)).days.map((d) => d.day)).toEqual([
      '2026-09-30',
      '2026-09-01',
    ])
    expect((await readHistoryMonth(db, '2026-10', NOW)).month).toBe('2026-09')
  })

  it('answers an empty history with no month and no days', async () => {
    expect(await readHistoryMonth(db, undefined, NOW)).toEqual({
      today: '2026-11-22',
      dayCount: 0,
      months: [],
      month: null,
      days: [],
    })
  })

  it('reads a record stored before notes existed as a day without a note', async () => {
    const { note: _none, ...old } = day('2026-11-20')
    await putDays(db, [old as DayRecord])
    expect((await readHistoryMonth(db, undefined, NOW)).days[0]?.note).toBeNull()
  })
})

describe('deleteDay', () => {
  it('deletes that day only, keeps every other day and counts it out', async () => {
    const days = history(400, '2026-11-22')
    await putDays(db, days)
    expect(await deleteDay(db, '2026-03-15')).toEqual({ deleted: true, dayCount: 399 })
    expect(await storedDays(db)).toEqual(days.filter((d) => d.day !== '2026-03-15'))
    expect(await readDayCount(db)).toBe(399)
    expect(await layoutProblems(db)).toEqual([])
  })

  it('removes a month that its last day leaves empty', async () => {
    await putDays(db, [day('2026-11-02'), day('2026-10-05')])
    await deleteDay(db, '2026-10-05')
    expect((await readHistoryMonth(db, undefined, NOW)).months).toEqual(['2026-11'])
    expect(await layoutProblems(db)).toEqual([])
  })

  it('changes nothing for a day that is not stored', async () => {
    await putDays(db, [day('2026-11-02')])
    expect(await deleteDay(db, '2026-11-03')).toEqual({ deleted: false, dayCount: 1 })
    expect(await deleteDay(db, '2020-01-01')).toEqual({ deleted: false, dayCount: 1 })
    expect(await storedDays(db)).toEqual([day('2026-11-02')])
  })
})

describe('saveManualDay', () => {
  it('gives a day entered today before noon the time it was entered, never a time still to come', async () => {
    const morning = new Date(2026, 10, 22, 7, 30)
    const result = await saveManualDay(db, manualEntry('2026-11-22'), null, morning)
    expect(result.saved && result.record.capturedAt).toBe(morning.toISOString())
    await saveManualDay(db, manualEntry('2026-11-21'), null, morning)
    expect((await storedDays(db))[0]?.capturedAt).toBe(localNoon('2026-11-21'))
  })

  it('adds a day that is not recorded, marked as entered by hand', async () => {
    await putDays(db, [day('2026-11-21')])
    const result = await saveManualDay(db, manualEntry('2026-11-20'), null, NOW)
    expect(result).toMatchObject({
      saved: true,
      replaced: null,
      record: { day: '2026-11-20', source: 'manual' },
    })
    expect((await storedDays(db)).map((d) => [d.day, d.source, d.overall])).toEqual([
      ['2026-11-20', 'manual', 47],
      ['2026-11-21', 'dom', 47],
    ])
    expect(await readDayCount(db)).toBe(2)
  })

  it('never replaces a recorded day unasked: it answers with what is stored and writes nothing', async () => {
    const captured = day('2026-11-20', {
      overall: 44,
      pillars: { brand: 16, people: 9, insights: 7, relationships: 12 },
    })
    await putDays(db, [captured])
    expect(await saveManualDay(db, manualEntry('2026-11-20'), null, NOW)).toEqual({
      saved: false,
      existing: captured,
    })
    // A confirmation of some other record (the day was captured again meanwhile) is no confirmation.
    expect(
      await saveManualDay(db, manualEntry('2026-11-20'), { capturedAt: '2026-11-20T08:00:00.000Z' }, NOW),
    ).toEqual({ saved: false, existing: captured })
    expect(await storedDays(db)).toEqual([captured])
  })

  it('replaces the day the person confirmed, keeping its note and the day count', async () => {
    const captured = day('2026-11-20', { note: 'new headline' })
    await putDays(db, [captured])
    const result = await saveManualDay(
      db,
      manualEntry('2026-11-20'),
      { capturedAt: captured.capturedAt },
      NOW,
    )
    expect(result).toMatchObject({ saved: true, replaced: captured })
    expect(await storedDays(db)).toEqual([
      expect.objectContaining({
        day: '2026-11-20',
        source: 'manual',
        note: 'new headline',
        capturedAt: localNoon('2026-11-20'),
      }),
    ])
    expect(await readDayCount(db)).toBe(1)
  })
})

describe('notes', () => {
  it('sets, changes and removes the note of a stored day, and nothing else', async () => {
    const days = history(40, '2026-11-22')
    await putDays(db, days)
    expect(await setDayNote(db, '2026-11-10', 'started posting twice a week')).toMatchObject({
      day: '2026-11-10',
      note: 'started posting twice a week',
    })
    const stored = await storedDays(db)
    expect(stored).toEqual(
      days.map((d) => (d.day === '2026-11-10' ? { ...d, note: 'started posting twice a week' } : d)),
    )
    await setDayNote(db, '2026-11-10', null)
    expect(await storedDays(db)).toEqual(days)
    expect(await readDayCount(db)).toBe(40)
  })

  it('answers null for a day that is not stored, and stores nothing', async () => {
    expect(await setDayNote(db, '2026-11-10', 'x')).toBeNull()
    expect(await storedDays(db)).toEqual([])
  })

  it('keeps the note when a new capture of the day replaces its numbers', async () => {
    const today = new Date(2026, 10, 22, 8)
    await saveCapture(db, snapshot(), 'page-load', today)
    await setDayNote(db, '2026-11-22', 'new headline')
    await saveCapture(db, snapshot({ overall: 47 }), 'page-load', new Date(2026, 10, 22, 17))
    expect((await readAllDays(db))[0]).toMatchObject({
      note: 'new headline',
      capturedAt: new Date(2026, 10, 22, 17).toISOString(),
    })
  })

  it('keeps the note when an imported row without one replaces the day, and takes the row’s own note', async () => {
    await putDays(db, [day('2026-11-20', { note: 'kept' }), day('2026-11-21', { note: 'old' })])
    const later = (d: string, note: string | null) => ({
      line: 2,
      record: day(d, { capturedAt: `${d}T20:00:00.000Z`, note }),
      capturedAtGiven: true,
    })
    await importDays(db, [later('2026-11-20', null), later('2026-11-21', 'new')])
    expect((await storedDays(db)).map((d) => [d.day, d.note])).toEqual([
      ['2026-11-20', 'kept'],
      ['2026-11-21', 'new'],
    ])
  })
})

describe('the handlers', () => {
  let changes = 0
  const handlers = () =>
    createHandlers({
      db: async () => db,
      now: () => NOW,
      historyChanged: async () => {
        changes++
      },
    })
  beforeEach(() => {
    changes = 0
  })
  const sender = { id: 'x', url: 'chrome-extension://x/src/history/index.html' }

  it('deleteDay redraws the toolbar badge only when a day was deleted', async () => {
    await putDays(db, [day('2026-11-22'), day('2026-11-21')])
    expect(await handlers().deleteDay({ day: '2026-11-22' }, sender)).toEqual({ deleted: true, dayCount: 1 })
    expect(changes).toBe(1)
    await handlers().deleteDay({ day: '2026-11-22' }, sender)
    expect(changes).toBe(1)
  })

  it('saveManualDay checks the entry again, as the form did, and refuses a day after today', async () => {
    await expect(
      handlers().saveManualDay({ entry: manualEntry('2026-11-23'), replaces: null }, sender),
    ).rejects.toMatchObject({ error: { code: 'day-refused', problems: { day: { code: 'after-today' } } } })
    await expect(
      handlers().saveManualDay(
        {
          entry: manualEntry('2026-11-20', {
            pillars: { brand: 26, people: 1, insights: 1, relationships: 1 },
          }),
          replaces: null,
        },
        sender,
      ),
    ).rejects.toMatchObject({
      error: { code: 'day-refused', problems: { brand: { code: 'out-of-range', min: 0, max: 25 } } },
    })
    expect(await storedDays(db)).toEqual([])
    expect(changes).toBe(0)
  })

  it('setNote refuses a note over 280 characters and a day that is not stored', async () => {
    await putDays(db, [day('2026-11-22')])
    await expect(
      handlers().setNote({ day: '2026-11-22', note: 'x'.repeat(281) }, sender),
    ).rejects.toMatchObject({ error: { code: 'note-refused', problem: 'too-long' } })
    await expect(handlers().setNote({ day: '2026-11-21', note: 'x' }, sender)).rejects.toMatchObject({
      error: { code: 'no-day', day: '2026-11-21' },
    })
    expect(await handlers().setNote({ day: '2026-11-22', note: '  hi  ' }, sender)).toEqual({
      day: '2026-11-22',
      note: 'hi',
    })
  })

  it('exports the note after the documented columns, and an import gives the same bytes back', async () => {
    // Days before today: a capture time later than now would be refused by the import.
    await putDays(db, history(30, '2026-11-21'))
    await handlers().setNote({ day: '2026-11-10', note: '=posted, "twice"; a week' }, sender)
    await handlers().saveManualDay({ entry: manualEntry('2026-10-01'), replaces: null }, sender)
    const first = await handlers().exportCsv({}, sender)
    const [header, ...rows] = first.csv.slice(1).split('\r\n')
    expect(header?.split(',').indexOf('note')).toBeGreaterThan(10)
    expect(rows.find((r) => r.startsWith('2026-11-10,'))).toMatch(/,"'=posted, ""twice""; a week"(,|$)/)
    globalThis.indexedDB = new IDBFactory()
    db = await openHistoryDb()
    expect(await handlers().importCsv({ text: first.csv }, sender)).toMatchObject({
      ok: true,
      value: { added: 31 },
    })
    const second = await handlers().exportCsv({}, sender)
    expect(second.csv).toBe(first.csv)
    expect((await storedDays(db)).find((d) => d.day === '2026-10-01')).toMatchObject({ source: 'manual' })
    expect((await storedDays(db)).find((d) => d.day === '2026-11-10')?.note).toBe('=posted, "twice"; a week')
    expect(historyToCsv(await storedDays(db))).toBe(first.csv)
  })
})
