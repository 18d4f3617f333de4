import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Change } from '../../src/core/advice-types.ts'
import { addDays } from '../../src/core/day.ts'
import { changeOfField, changeSince, changeSincePrevious } from '../../src/core/deltas.ts'
import type { DayRecord } from '../../src/core/snapshot.ts'
import { checkDayRecord } from '../../src/core/validate.ts'
import { dayWithPillars, dayWithTotal } from '../support/records.ts'

const LATEST = '2026-11-22'
const back = (n: number): string => addDays(LATEST, -n)
/** A history from `[daysBack, total]` pairs. */
const history = (pairs: readonly (readonly [number, number])[]): DayRecord[] =>
  pairs.map(([n, total]) => dayWithTotal(back(n), total))

describe('changeSince', () => {
  const latest = dayWithTotal(LATEST, 47)
  const cases: { name: string; days: number; history: DayRecord[]; expected: Change | null }[] = [
    {
      name: 'compares with the day exactly `days` back when it is recorded',
      days: 7,
      history: history([
        [1, 46],
        [7, 44],
        [8, 40],
      ]),
      expected: { delta: 3, since: back(7), exact: true },
    },
    {
      name: 'falls back to the nearest recorded day before the target when the target day is missing',
      days: 7,
      history: history([
        [1, 46],
        [6, 45],
        [9, 41],
        [20, 30],
      ]),
      expected: { delta: 6, since: back(9), exact: false },
    },
    {
      name: 'uses the earliest record before the latest when nothing is old enough',
      days: 7,
      history: history([
        [1, 46],
        [3, 50],
        [5, 45],
      ]),
      expected: { delta: 2, since: back(5), exact: false },
    },
    {
      name: 'compares a one-day change with yesterday',
      days: 1,
      history: history([
        [1, 49],
        [2, 40],
      ]),
      expected: { delta: -2, since: back(1), exact: true },
    },
    {
      name: 'compares a one-day change with the previous record when yesterday is missing',
      days: 1,
      history: history([
        [4, 40],
        [2, 41],
      ]),
      expected: { delta: 6, since: back(2), exact: false },
    },
    {
      name: 'reaches back 49 days across a month boundary',
      days: 49,
      history: history([
        [49, 30],
        [50, 20],
        [10, 45],
      ]),
      expected: { delta: 17, since: back(49), exact: true },
    },
    {
      name: 'is null when there is no earlier record at all',
      days: 7,
      history: [],
      expected: null,
    },
    {
      name: 'ignores the latest day itself and any later day',
      days: 1,
      history: [
        dayWithTotal(LATEST, 47),
        dayWithTotal(addDays(LATEST, 1), 10),
        dayWithTotal(addDays(LATEST, 5), 99),
      ],
      expected: null,
    },
    {
      name: 'lets the later capture win when two records share a day',
      days: 7,
      history: [
        dayWithTotal(back(7), 40, { capturedAt: `${back(7)}T20:00:00.000Z` }),
        dayWithTotal(back(7), 30, { capturedAt: `${back(7)}T06:00:00.000Z` }),
      ],
      expected: { delta: 7, since: back(7), exact: true },
    },
  ]
  for (const c of cases)
    it(c.name, () => {
      expect(changeSince(c.history, latest, c.days)).toEqual(c.expected)
    })

  it('lets the later capture win a shared day whichever comes first in the input', () => {
    const late = dayWithTotal(back(7), 40, { capturedAt: `${back(7)}T20:00:00.000Z` })
    const early = dayWithTotal(back(7), 30, { capturedAt: `${back(7)}T06:00:00.000Z` })
    const expected = { delta: 7, since: back(7), exact: true }
    expect(changeSince([early, late], latest, 7)).toEqual(expected)
    expect(changeSince([late, early], latest, 7)).toEqual(expected)
    // The same holds when the shared day is the earliest-record fallback.
    expect(changeSince([early, late], latest, 30)).toEqual({ ...expected, exact: false })
  })

  it('gives the same answer for any order of the history', () => {
    const days = history([
      [1, 46],
      [6, 45],
      [7, 44],
      [9, 41],
      [30, 20],
      [60, 10],
    ])
    fc.assert(
      fc.property(
        fc.shuffledSubarray(days, { minLength: days.length }),
        fc.constantFrom(1, 7, 49),
        (shuffled, n) => {
          expect(changeSince(shuffled, latest, n)).toEqual(changeSince(days, latest, n))
        },
      ),
    )
  })

  it('refuses a number of days that is not a whole number of at least 1', () => {
    for (const days of [0, -7, 1.5, Number.NaN])
      expect(() => changeSince([], latest, days)).toThrow(RangeError)
  })
})

describe('changeOfField', () => {
  const withRank = (n: number, rank: number | null, average: number | null = null): DayRecord =>
    dayWithTotal(back(n), 40, { industryRank: rank, industryAverage: average })

  it('skips earlier records where the field is unknown', () => {
    const latest = dayWithTotal(LATEST, 47, { industryRank: 12 })
    const change = changeOfField([withRank(1, null), withRank(3, 15)], latest, 'industryRank', 1)
    expect(change).toEqual({ delta: -3, since: back(3), exact: false })
  })

  it('is null when the latest record does not have the field', () => {
    const latest = dayWithTotal(LATEST, 47, { industryRank: null })
    expect(changeOfField([withRank(1, 15)], latest, 'industryRank', 1)).toBeNull()
  })

  it('is null when no earlier record has the field', () => {
    const latest = dayWithTotal(LATEST, 47, { industryAverage: 32 })
    expect(changeOfField([withRank(1, 15, null)], latest, 'industryAverage', 1)).toBeNull()
  })

  it('measures a pillar without float noise', () => {
    const latest = dayWithPillars(LATEST, [13.118002, 3.68, 0.29999998, 2.6077502])
    const before = dayWithPillars(back(7), [12.9, 3.68, 0.1, 2.6077502])
    expect(changeOfField([before], latest, 'brand', 7)).toEqual({
      delta: 0.218002,
      since: back(7),
      exact: true,
    })
    // 0.29999998 is LinkedIn's float noise for 0.3: the change reads 0.2, not 0.19999998.
    expect(changeOfField([before], latest, 'insights', 7)?.delta).toBe(0.2)
    expect(changeOfField([before], latest, 'relationships', 7)?.delta).toBe(0)
  })

  it('accepts a custom reader for values the named fields do not cover', () => {
    const exact = (r: DayRecord): number | null => r.industryAverageExact
    const latest = dayWithTotal(LATEST, 47, { industryAverageExact: 27.64 })
    const before = dayWithTotal(back(2), 40, { industryAverageExact: 27.5 })
    expect(changeOfField([before], latest, exact, 1)).toEqual({ delta: 0.14, since: back(2), exact: false })
  })
})

describe('changeSincePrevious', () => {
  it('compares with yesterday and marks it exact', () => {
    const latest = dayWithTotal(LATEST, 47, { networkAverage: 35 })
    const change = changeSincePrevious(
      [dayWithTotal(back(1), 40, { networkAverage: 34 }), dayWithTotal(back(9), 40, { networkAverage: 30 })],
      latest,
      'networkAverage',
    )
    expect(change).toEqual({ delta: 1, since: back(1), exact: true })
  })

  it('compares with the most recent earlier record when yesterday is missing', () => {
    const latest = dayWithTotal(LATEST, 47)
    expect(
      changeSincePrevious(
        history([
          [4, 45],
          [12, 30],
        ]),
        latest,
        'overall',
      ),
    ).toEqual({
      delta: 2,
      since: back(4),
      exact: false,
    })
  })
})

it('builds records that pass the validation gate', () => {
  for (const r of [dayWithTotal(LATEST, 47), dayWithPillars(LATEST, [16.4382, 9.27, 7.815, 13.2104])])
    expect(checkDayRecord(r).ok).toBe(true)
})
