import { describe, expect, it } from 'vitest'
import { addDays } from '../../src/core/day.ts'
import { findShifts, latestShift, type Shift, shiftBetween, shiftSlots } from '../../src/core/shift.ts'
import type { DayRecord } from '../../src/core/snapshot.ts'
import { dayWithTotal } from '../support/records.ts'

const DAY = '2026-11-22'

/** [total, industry average, network average]; null for an average the page did not show. */
type Reading = readonly [total: number, industry: number | null, network: number | null]

const record = (day: string, [overall, industryAverage, networkAverage]: Reading): DayRecord =>
  dayWithTotal(day, overall, { industryAverage, networkAverage })

interface Case {
  name: string
  before: Reading
  after: Reading
  /** Calendar days from the earlier record to the later one. */
  gap?: number
  expected: Pick<Shift, 'direction' | 'totalChange' | 'industryAverageChange' | 'networkAverageChange'> | null
}

const cases: Case[] = [
  {
    name: 'a fall of everyone overnight, like 10 Feb 2017 (about −7 %), is a shift',
    before: [45, 30, 33],
    after: [42, 28, 31],
    expected: { direction: 'fell', totalChange: -3, industryAverageChange: -2, networkAverageChange: -2 },
  },
  {
    name: 'a rise of the total and both averages is a shift that rose',
    before: [40, 30, 33],
    after: [42, 31, 34],
    expected: { direction: 'rose', totalChange: 2, industryAverageChange: 1, networkAverageChange: 1 },
  },
  {
    name: 'the thresholds themselves count: total −2, each average −1',
    before: [50, 35, 36],
    after: [48, 34, 35],
    expected: { direction: 'fell', totalChange: -2, industryAverageChange: -1, networkAverageChange: -1 },
  },
  {
    name: 'a one-point move of the total is rounding, not a shift',
    before: [50, 35, 36],
    after: [49, 33, 34],
    expected: null,
  },
  {
    name: 'the total falling alone is the user’s own move',
    before: [50, 35, 36],
    after: [44, 35, 36],
    expected: null,
  },
  {
    name: 'only the industry average moving with the total is not enough',
    before: [50, 35, 36],
    after: [47, 33, 36],
    expected: null,
  },
  {
    name: 'averages moving opposite ways are not a shift',
    before: [50, 35, 36],
    after: [47, 33, 37],
    expected: null,
  },
  {
    name: 'averages moving against the total are not a shift',
    before: [50, 35, 36],
    after: [53, 34, 35],
    expected: null,
  },
  {
    name: 'a previous record 7 days earlier still counts',
    before: [45, 30, 33],
    after: [42, 28, 31],
    gap: 7,
    expected: { direction: 'fell', totalChange: -3, industryAverageChange: -2, networkAverageChange: -2 },
  },
  {
    name: 'a previous record 8 days earlier is too far back to tell',
    before: [45, 30, 33],
    after: [42, 28, 31],
    gap: 8,
    expected: null,
  },
  {
    name: 'no shift is claimed when the earlier day has no industry average',
    before: [45, null, 33],
    after: [42, 28, 31],
    expected: null,
  },
  {
    name: 'no shift is claimed when the later day has no network average',
    before: [45, 30, 33],
    after: [42, 28, null],
    expected: null,
  },
  {
    name: 'no shift is claimed when neither day has averages',
    before: [45, null, null],
    after: [38, null, null],
    expected: null,
  },
]

describe('shiftBetween', () => {
  for (const c of cases)
    it(c.name, () => {
      const since = addDays(DAY, -(c.gap ?? 1))
      const shift = shiftBetween(record(since, c.before), record(DAY, c.after))
      expect(shift).toEqual(c.expected && { day: DAY, since, ...c.expected })
    })

  it('never compares a day with itself or a later day', () => {
    expect(shiftBetween(record(DAY, [45, 30, 33]), record(DAY, [42, 28, 31]))).toBeNull()
    expect(shiftBetween(record(addDays(DAY, 1), [45, 30, 33]), record(DAY, [42, 28, 31]))).toBeNull()
  })
})

describe('findShifts', () => {
  const history = [
    record('2026-11-01', [45, 30, 33]),
    record('2026-11-02', [42, 28, 31]), // shift: fell
    record('2026-11-03', [44, 29, 32]), // total +2 but averages +1: shift, rose
    record('2026-11-15', [38, 25, 28]), // 12 days after the previous record: not compared
    record('2026-11-16', [36, 25, 27]), // industry average flat: not a shift
  ]

  it('compares each recorded day with the one just before it, in any input order', () => {
    const shifts = findShifts([...history].reverse())
    expect(shifts.map((s) => [s.day, s.since, s.direction])).toEqual([
      ['2026-11-02', '2026-11-01', 'fell'],
      ['2026-11-03', '2026-11-02', 'rose'],
    ])
  })

  it('finds nothing in a history without averages', () => {
    expect(findShifts(history.map((r) => ({ ...r, industryAverage: null })))).toEqual([])
  })

  it('finds nothing in one day', () => {
    expect(findShifts(history.slice(0, 1))).toEqual([])
  })
})

describe('latestShift', () => {
  it('reports the shift of the latest change', () => {
    const latest = record('2026-11-02', [42, 28, 31])
    expect(latestShift([record('2026-10-30', [45, 30, 33]), latest], latest)).toMatchObject({
      day: '2026-11-02',
      since: '2026-10-30',
      direction: 'fell',
    })
  })

  it('compares with the last record before the latest, not an earlier shift', () => {
    const latest = record('2026-11-03', [42, 28, 31])
    const history = [record('2026-11-01', [45, 30, 33]), record('2026-11-02', [42, 28, 31]), latest]
    expect(latestShift(history, latest)).toBeNull()
  })

  it('is null with no earlier record', () => {
    const latest = record(DAY, [42, 28, 31])
    expect(latestShift([latest], latest)).toBeNull()
  })
})

describe('shiftSlots', () => {
  const shift = (day: string, direction: Shift['direction'] = 'fell'): Shift => ({
    day,
    since: addDays(day, -1),
    direction,
    totalChange: direction === 'fell' ? -3 : 3,
    industryAverageChange: direction === 'fell' ? -2 : 2,
    networkAverageChange: direction === 'fell' ? -2 : 2,
  })
  const days = ['2026-11-20', '2026-11-21', '2026-11-22'].map((d) => ({ from: d, to: d }))
  const weeks = [
    { from: '2026-11-02', to: '2026-11-08' },
    { from: '2026-11-09', to: '2026-11-15' },
    { from: '2026-11-16', to: '2026-11-22' },
  ]

  it('puts each shift on its day', () => {
    expect(shiftSlots(days, [shift('2026-11-22'), shift('2026-11-20', 'rose')])).toEqual([
      { slot: 0, shift: shift('2026-11-20', 'rose') },
      { slot: 2, shift: shift('2026-11-22') },
    ])
  })

  it('puts shifts in their week, the latest of a week standing for it', () => {
    expect(
      shiftSlots(weeks, [shift('2026-11-10'), shift('2026-11-12', 'rose'), shift('2026-11-03')]),
    ).toEqual([
      { slot: 0, shift: shift('2026-11-03') },
      { slot: 1, shift: shift('2026-11-12', 'rose') },
    ])
  })

  it('leaves out shifts outside the slots', () => {
    expect(shiftSlots(days, [shift('2026-11-01'), shift('2026-12-01')])).toEqual([])
  })
})
