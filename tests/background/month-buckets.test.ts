/**
 * The month-bucket layout seen from outside: whatever mix of captures and imports happens, the store answers
 * exactly as a plain "one record per day" map would, and the buckets keep their invariants.
 */
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type HistoryDb, openHistoryDb } from '../../src/background/db.ts'
import {
  clearHistory,
  importDays,
  readAllDays,
  readDayCount,
  readLatest,
  readOverview,
  saveCapture,
} from '../../src/background/history.ts'
import { addDays, dayKey } from '../../src/core/day.ts'
import type { DayRecord } from '../../src/core/snapshot.ts'
import { day, snapshot } from '../support/records.ts'
import { layoutProblems, storedBuckets } from '../support/stored-days.ts'

async function freshDb(): Promise<HistoryDb> {
  globalThis.indexedDB = new IDBFactory()
  return openHistoryDb()
}

/** Days from 2026-08-25 to 2027-01-05: five month buckets, with month ends and a year end inside. */
const FIRST = '2026-08-25'
const SPAN = 134
const dayAt = (i: number) => addDays(FIRST, i)
const localTime = (key: string, minute: number) => {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number]
  return new Date(y, m - 1, d, 0, minute)
}

type Op =
  | { kind: 'save'; day: number; minute: number; overall: 46 | 47 }
  | { kind: 'import'; rows: { day: number; hour: number; given: boolean }[] }

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('save' as const),
    day: fc.nat(SPAN - 1),
    minute: fc.nat(24 * 60 - 1),
    overall: fc.constantFrom(46 as const, 47 as const),
  }),
  fc.record({
    kind: fc.constant('import' as const),
    rows: fc.uniqueArray(fc.record({ day: fc.nat(SPAN - 1), hour: fc.nat(23), given: fc.boolean() }), {
      selector: (r) => r.day,
      maxLength: 40,
    }),
  }),
)

/**
 * Applies `op` to the database and to the model (day → record) by the history's rules (README, "Where your data
 * lives"): one record per day, a later capture replaces it.
 */
async function apply(db: HistoryDb, model: Map<string, DayRecord>, step: Op): Promise<void> {
  if (step.kind === 'save') {
    const now = localTime(dayAt(step.day), step.minute)
    // 46 with pillars that add up to it, so each capture is a valid reading that differs from the last.
    const pillars = { brand: 16, people: 9, insights: 8, relationships: step.overall - 33 }
    const result = await saveCapture(db, snapshot({ overall: step.overall, pillars }), 'page-load', now)
    const key = dayKey(now)
    expect(result.replaced).toBe(model.has(key))
    model.set(key, {
      ...snapshot({ overall: step.overall, pillars }),
      day: key,
      capturedAt: now.toISOString(),
      note: null,
      urlKind: 'page-load',
    })
    return
  }
  const rows = step.rows.map(({ day: i, hour, given }) => {
    const key = dayAt(i)
    const record = day(key, {
      capturedAt: `${key}T${String(hour).padStart(2, '0')}:00:00.000Z`,
      urlKind: 'import',
    })
    return { line: 2, record, capturedAtGiven: given }
  })
  const expected = { added: 0, replaced: 0, kept: 0 }
  for (const { record, capturedAtGiven } of rows) {
    const stored = model.get(record.day)
    if (!stored) expected.added++
    else if (capturedAtGiven && Date.parse(record.capturedAt) > Date.parse(stored.capturedAt))
      expected.replaced++
    else {
      expected.kept++
      continue
    }
    model.set(record.day, record)
  }
  expect(await importDays(db, rows)).toEqual(expected)
}

async function expectSameAs(db: HistoryDb, model: Map<string, DayRecord>): Promise<void> {
  const days = [...model.values()].sort((a, b) => (a.day < b.day ? -1 : 1))
  expect(await layoutProblems(db)).toEqual([])
  expect(await readAllDays(db)).toEqual(days)
  expect(await readDayCount(db)).toBe(days.length)
  const today = dayAt(70)
  // Days run to dayAt(133): the latest is on or before today, and the days after it are listed, not lost.
  expect(await readLatest(db, today)).toEqual(days.filter((d) => d.day <= today).at(-1) ?? null)
  const from = addDays(today, -49)
  const overview = await readOverview(db, localTime(today, 600))
  expect(overview.latest).toEqual(days.filter((d) => d.day <= today).at(-1) ?? null)
  expect(overview.daysAfterToday).toEqual(days.filter((d) => d.day > today).map((d) => d.day))
  expect(overview.window).toEqual(days.filter((d) => d.day >= from && d.day <= today))
  expect(overview.beforeWindow).toEqual(days.filter((d) => d.day < from).at(-1) ?? null)
  expect(overview.totalDays).toBe(days.length)
}

describe('month buckets', () => {
  it('answer like one record per day after any mix of captures and imports', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), async (ops) => {
        const db = await freshDb()
        const model = new Map<string, DayRecord>()
        try {
          for (const step of ops) {
            await apply(db, model, step)
            await expectSameAs(db, model)
          }
        } finally {
          db.close()
        }
      }),
      { numRuns: 60 },
    )
    // Sixty databases of up to eight steps each: on a loaded machine that is more than the default 5 s.
  }, 60_000)

  it('keeps both of two captures of the same month sent at the same moment', async () => {
    const db = await freshDb()
    await Promise.all([
      saveCapture(db, snapshot(), 'page-load', localTime('2026-11-03', 600)),
      saveCapture(db, snapshot(), 'page-load', localTime('2026-11-04', 600)),
      saveCapture(db, snapshot(), 'in-app-navigation', localTime('2026-11-03', 700)),
    ])
    const days = await readAllDays(db)
    expect(days.map((d) => [d.day, d.urlKind])).toEqual([
      ['2026-11-03', 'in-app-navigation'],
      ['2026-11-04', 'page-load'],
    ])
    db.close()
  })

  it('inserts a capture before the later days already stored in its month', async () => {
    const db = await freshDb()
    await importDays(db, [{ line: 2, record: day('2026-11-20'), capturedAtGiven: true }])
    // e.g. a file written east of here already held tomorrow, then today is captured.
    await saveCapture(db, snapshot(), 'page-load', localTime('2026-11-19', 600))
    expect(await layoutProblems(db)).toEqual([])
    expect((await storedBuckets(db)).map((b) => b.days.map((d) => d.day))).toEqual([
      ['2026-11-19', '2026-11-20'],
    ])
    db.close()
  })

  it('leaves no bucket behind when the history is cleared', async () => {
    const db = await freshDb()
    await importDays(
      db,
      ['2026-10-31', '2026-11-01', '2026-12-31'].map((d) => ({
        line: 2,
        record: day(d),
        capturedAtGiven: true,
      })),
    )
    expect(await clearHistory(db)).toBe(3)
    expect(await storedBuckets(db)).toEqual([])
    expect(await readDayCount(db)).toBe(0)
    expect(await layoutProblems(db)).toEqual([])
    db.close()
  })
})
