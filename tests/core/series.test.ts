import { describe, expect, it } from 'vitest'
import type { ChartRange } from '../../src/core/chart-range.ts'
import { addDays } from '../../src/core/day.ts'
import {
  crossesYear,
  rangeSeries,
  rangeSlots,
  recordsInRange,
  shownSlots,
  slotSpans,
  valueRuns,
} from '../../src/core/series.ts'
import type { DayRecord } from '../../src/core/snapshot.ts'
import { dayWithTotal } from '../support/records.ts'

const TODAY = '2026-11-22'
const back = (n: number): string => addDays(TODAY, -n)
const recordsAt = (daysBack: readonly number[]): DayRecord[] =>
  daysBack.map((n) => dayWithTotal(back(n), 40 + n))

describe('recordsInRange', () => {
  it('returns the records between two days inclusive, ascending, whatever the input order', () => {
    const records = recordsInRange(recordsAt([5, 0, 9, 3, 7]), back(7), back(3))
    expect(records.map((r) => r.day)).toEqual([back(7), back(5), back(3)])
  })

  it('leaves out records before the range and after its last day', () => {
    const history = [...recordsAt([49, 400]), dayWithTotal(addDays(TODAY, 1), 50)]
    expect(recordsInRange(history, back(48), TODAY)).toEqual([])
  })

  it('keeps the later capture when two records share a day', () => {
    const early = dayWithTotal(TODAY, 30, { capturedAt: `${TODAY}T06:00:00.000Z` })
    const late = dayWithTotal(TODAY, 31, { capturedAt: `${TODAY}T21:00:00.000Z` })
    expect(recordsInRange([late, early], TODAY, TODAY)).toEqual([late])
    expect(recordsInRange([early, late], TODAY, TODAY)).toEqual([late])
  })

  it('counts calendar days across a leap day', () => {
    const history = [dayWithTotal('2028-02-29', 40), dayWithTotal('2028-03-02', 41)]
    expect(recordsInRange(history, '2028-02-28', '2028-03-01').map((r) => r.day)).toEqual(['2028-02-29'])
  })
})

describe('rangeSeries', () => {
  const days = (back: readonly number[]) => back.map((n) => dayWithTotal(addDays(TODAY, -n), 40 + (n % 50)))

  it.each([
    // range, oldest stored (days back), step, slots, first day (days back)
    ['49d', null, 'day', 49, 48],
    ['6m', null, 'week', 26, 181],
    ['1y', null, 'week', 53, 364],
    ['all', 800, 'week', 115, 800],
    ['all', 30, 'day', 31, 30],
    ['all', null, 'day', 1, 0],
  ] as const)(
    '%s with the oldest day %s days back: one point per %s, %d points from that day',
    (range, oldest, step, count, firstBack) => {
      const series = rangeSeries([], range, TODAY, oldest === null ? null : addDays(TODAY, -oldest))
      const spans = slotSpans(series)
      expect(series.step).toBe(step)
      expect(spans).toHaveLength(count)
      for (const column of [series.days, series.overall, ...Object.values(series.pillars)])
        expect(column).toHaveLength(count)
      expect(series.from).toBe(addDays(TODAY, -firstBack))
      expect(spans[0]?.from).toBe(series.from)
      expect(spans.at(-1)?.to).toBe(TODAY)
      expect(rangeSlots(range, TODAY, oldest === null ? null : addDays(TODAY, -oldest)).slots).toEqual(spans)
    },
  )

  it('weeks end on today and shows each week’s last recorded day, never a mean', () => {
    const series = rangeSeries(days([0, 3, 5, 8, 13, 20]), '6m', TODAY)
    expect(slotSpans(series).at(-1)).toEqual({ from: addDays(TODAY, -6), to: TODAY })
    expect(series.days.slice(-3)).toEqual([addDays(TODAY, -20), addDays(TODAY, -8), TODAY])
    expect(series.overall.slice(-3)).toEqual([60, 48, 40])
  })

  it('leaves a week without any record as a gap', () => {
    const series = rangeSeries(days([0, 21]), '6m', TODAY)
    expect(series.days.slice(-4)).toEqual([addDays(TODAY, -21), null, null, TODAY])
    expect(series.pillars.insights.slice(-4).map((v) => v !== null)).toEqual([true, false, false, true])
  })

  it('cuts the oldest week at the range’s first day and ignores days outside the range', () => {
    const series = rangeSeries(days([0, 181, 182, 400]), '6m', TODAY)
    expect(slotSpans(series)[0]).toEqual({ from: addDays(TODAY, -181), to: addDays(TODAY, -175) })
    expect(series.days[0]).toBe(addDays(TODAY, -181))
    expect(shownSlots(series)).toBe(2)
  })

  it('puts the oldest stored day into "All"', () => {
    const history = days([0, 3649])
    const series = rangeSeries(history, 'all', TODAY, addDays(TODAY, -3649))
    expect(series.days).toHaveLength(522)
    expect(series.days[0]).toBe(addDays(TODAY, -3649))
  })

  it('leaves out a day after today', () => {
    const series = rangeSeries([...days([1]), dayWithTotal(addDays(TODAY, 1), 90)], '49d', TODAY)
    expect(series.days.at(-1)).toBeNull()
    expect(shownSlots(series)).toBe(1)
  })

  it('names the slots whose shown day was entered by hand', () => {
    const history = [
      dayWithTotal(back(0), 40, { source: 'manual' }),
      dayWithTotal(back(9), 40, { source: 'manual' }), // in 6 months hidden behind back(8), the week's last day
      dayWithTotal(back(8), 40),
      dayWithTotal(back(20), 40, { source: 'manual' }),
    ]
    expect(rangeSeries(history, '49d', TODAY).manual).toEqual([28, 39, 48])
    expect(rangeSeries(history, '6m', TODAY).manual).toEqual([23, 25])
  })
})

/** A day with both averages, so the shift rule can read it. */
const withAverages = (
  daysBack: number,
  total: number,
  industry: number,
  network: number,
  note: string | null = null,
) => dayWithTotal(back(daysBack), total, { industryAverage: industry, networkAverage: network, note })

describe('rangeSeries: LinkedIn-wide shifts and notes in every range', () => {
  // A shift 100 days back (everyone fell), one on the 49-day range's first day (48 back, against 50 back), one
  // on a day whose previous record is 8 days earlier (no shift: too far), and the user's own fall 10 days back.
  const history = [
    withAverages(400, 45, 30, 33),
    withAverages(101, 45, 30, 33),
    withAverages(100, 42, 28, 31),
    withAverages(50, 44, 30, 33),
    withAverages(48, 41, 28, 31),
    withAverages(30, 44, 30, 33),
    withAverages(22, 41, 28, 31),
    withAverages(11, 44, 30, 33),
    withAverages(10, 41, 30, 33),
    withAverages(0, 42, 30, 33, 'posted twice'),
  ]
  it.each<[string, ChartRange, string[], number[]]>([
    // range, the shift days marked, their slots
    ['49 days: the shift on its first day is found against the day before the range', '49d', [back(48)], [0]],
    ['6 months: the shift 100 days back too, in its week', '6m', [back(100), back(48)], [11, 19]],
    ['1 year: the same two, in weeks of the year', '1y', [back(100), back(48)], [38, 46]],
    ['All: from the oldest day', 'all', [back(100), back(48)], [43, 51]],
  ])('%s', (_name, range, shiftDays, slots) => {
    const series = rangeSeries(history, range, TODAY, back(400))
    expect(series.shifts.map((s) => s.shift.day)).toEqual(shiftDays)
    expect(series.shifts.map((s) => s.slot)).toEqual(slots)
    for (const { slot, shift } of series.shifts) {
      const span = slotSpans(series)[slot]
      expect(span && span.from <= shift.day && shift.day <= span.to).toBe(true)
    }
  })

  it('finds no shift on the first day when the day before the range is not given', () => {
    const inRange = history.filter((r) => r.day >= back(48))
    expect(rangeSeries(inRange, '49d', TODAY).shifts).toEqual([])
  })

  it('claims no shift on days without both averages', () => {
    const noAverages = history.map((r) => ({ ...r, industryAverage: null }))
    expect(rangeSeries(noAverages, 'all', TODAY, back(400)).shifts).toEqual([])
  })

  it.each<[string, ChartRange, number]>([
    ['49 days', '49d', 48],
    ['6 months', '6m', 25],
    ['All', 'all', 57],
  ])('carries the note of today in %s, in the last slot', (_name, range, slot) => {
    const notes = rangeSeries(history, range, TODAY, back(400)).notes
    expect(notes).toEqual([{ slot, notes: [{ day: TODAY, note: 'posted twice' }] }])
  })

  it('leaves out notes of days outside the range', () => {
    const old = [withAverages(60, 40, 30, 33, 'old note'), withAverages(0, 40, 30, 33)]
    expect(rangeSeries(old, '49d', TODAY).notes).toEqual([])
    expect(rangeSeries(old, '6m', TODAY).notes).toEqual([
      { slot: 17, notes: [{ day: back(60), note: 'old note' }] },
    ])
  })
})

describe('crossesYear', () => {
  it.each([
    ['2026-10-05', '2026-11-22', false],
    ['2025-11-23', '2026-11-22', true],
  ])('%s to %s: %s', (from, to, crosses) => {
    expect(crossesYear(from, to)).toBe(crosses)
  })
})

describe('valueRuns', () => {
  it.each([
    ['no value', [null, null], []],
    [
      'one run',
      [1, 2, 3],
      [
        [0, 1],
        [1, 2],
        [2, 3],
      ].flatMap(([index, value]) => [{ index, value }]),
    ],
  ])('%s', (_what, values, flat) => {
    expect(valueRuns(values).flat()).toEqual(flat)
  })

  it('breaks a run at every gap and keeps a lone value as a run of one', () => {
    expect(valueRuns([1, null, 2, 3, null, null, 4]).map((run) => run.map((p) => p.index))).toEqual([
      [0],
      [2, 3],
      [6],
    ])
  })
})
