import { describe, expect, it } from 'vitest'
import { addDays } from '../../src/core/day.ts'
import { changeSince } from '../../src/core/deltas.ts'
import { nextPillar } from '../../src/core/next-pillar.ts'
import type { DayRecord, Pillars } from '../../src/core/snapshot.ts'
import {
  STALE_AFTER_DAYS,
  SUMMARY_VERSION,
  staleness,
  summarizeHistory,
  TEAM_RANGES,
  totalOn,
  totalsForSlots,
  viewOf,
  weakestPillar,
} from '../../src/core/team-summary.ts'
import { personDays } from '../support/records.ts'

const LAST = '2026-11-22'

describe('summarizeHistory', () => {
  const twoYears = personDays({ last: LAST, count: 730, weak: 'insights', trend: 6, seed: 3 })

  it('keeps the latest day, the day count and the popup window', () => {
    const s = summarizeHistory(twoYears)
    expect(s.version).toBe(SUMMARY_VERSION)
    expect(s.dayCount).toBe(730)
    expect(s.latest).toEqual(twoYears.at(-1))
    // 49 days back plus the compared day, plus the day before them: what getOverview gives the popup.
    expect(s.recent[0]?.day).toBe(addDays(LAST, -50))
    expect(s.recent.at(-1)?.day).toBe(LAST)
    expect(s.recent).toHaveLength(51)
  })

  it('gives the next pillar the popup would give for the same history', () => {
    const s = summarizeHistory(twoYears)
    expect(nextPillar(s.recent, s.latest)).toEqual(nextPillar(twoYears, s.latest))
    expect(nextPillar(s.recent, s.latest)?.pillar).toBe('insights')
  })

  it.each(Object.entries(TEAM_RANGES))(
    'computes the %s change as changeSince over the whole history',
    (range, n) => {
      const s = summarizeHistory(twoYears)
      expect(s.changes[range as keyof typeof TEAM_RANGES]).toEqual(
        changeSince(twoYears, twoYears.at(-1) as DayRecord, n),
      )
    },
  )

  const sparse = (days: string[]): DayRecord[] =>
    days.map((day, i) => ({ ...(personDays({ last: day, count: 1 })[0] as DayRecord), overall: 30 + i }))

  it.each([
    ['one day: no change over any range', [LAST], { '49d': null, '6m': null, '1y': null }],
    [
      'a gap around a year back: the day before the gap is the base, as in the popup',
      ['2025-09-01', '2026-01-10', LAST],
      {
        '49d': { delta: 1, since: '2026-01-10', exact: false },
        '6m': { delta: 1, since: '2026-01-10', exact: false },
        '1y': { delta: 2, since: '2025-09-01', exact: false },
      },
    ],
    [
      'exactly a range back',
      [addDays(LAST, -365), addDays(LAST, -49), LAST],
      {
        '49d': { delta: 1, since: addDays(LAST, -49), exact: true },
        '6m': { delta: 2, since: addDays(LAST, -365), exact: false },
        '1y': { delta: 2, since: addDays(LAST, -365), exact: true },
      },
    ],
  ])('%s', (_what, days, changes) => {
    expect(summarizeHistory(sparse(days)).changes).toEqual(changes)
  })

  it('keeps the totals of the last year plus the day before it, one per calendar day, for the chart', () => {
    const s = summarizeHistory(twoYears)
    expect(s.totals.from).toBe(addDays(LAST, -366))
    expect(s.totals.values).toHaveLength(367)
    expect(totalOn(s.totals, LAST)).toBe(twoYears.at(-1)?.overall)
    expect(totalOn(s.totals, addDays(LAST, -367))).toBeNull()
    expect(totalOn(s.totals, addDays(LAST, 1))).toBeNull()
  })

  it('leaves days without a record as gaps in the totals, never filled in', () => {
    const days = personDays({ last: LAST, count: 10 }).filter((_, i) => i !== 3 && i !== 4)
    const { totals } = summarizeHistory(days)
    expect(totals.values.map((v) => v === null)).toEqual([
      false,
      false,
      false,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ])
  })

  it('shows the page the summary with the next pillar the rule gives, without the days', () => {
    const s = summarizeHistory(twoYears)
    const view = viewOf(s)
    expect(view).toEqual({
      dayCount: 730,
      latest: s.latest,
      changes: s.changes,
      totals: s.totals,
      next: nextPillar(twoYears, s.latest),
    })
  })

  it('takes the real day count when given only the recent part of a history', () => {
    expect(summarizeHistory(twoYears.slice(-400), 3650).dayCount).toBe(3650)
  })

  it('refuses an empty history', () => {
    expect(() => summarizeHistory([])).toThrow(RangeError)
  })
})

describe('staleness', () => {
  it.each([
    ['today', LAST, LAST, 0, false],
    ['yesterday', '2026-11-21', LAST, 1, false],
    [`exactly ${STALE_AFTER_DAYS} days ago`, '2026-11-15', LAST, 7, false],
    ['8 days ago', '2026-11-14', LAST, 8, true],
    ['20 days ago', '2026-11-02', LAST, 20, true],
    ['across a year end', '2025-12-25', '2026-01-05', 11, true],
    ['a day ahead (a file from a zone east of here)', '2026-11-23', LAST, 0, false],
  ])('a last day %s', (_what, latestDay, today, days, stale) => {
    expect(staleness(latestDay, today)).toEqual({ days, stale })
  })
})

describe('weakestPillar', () => {
  it.each<[string, Pillars, string, number]>([
    ['the lowest', { brand: 16, people: 9.27, insights: 7.815, relationships: 13 }, 'insights', 7.815],
    ['a tie goes to LinkedIn’s order', { brand: 10, people: 5, insights: 9, relationships: 5 }, 'people', 5],
    ['all equal: the first', { brand: 25, people: 25, insights: 25, relationships: 25 }, 'brand', 25],
    ['a zero counts', { brand: 1, people: 3, insights: 2, relationships: 0 }, 'relationships', 0],
  ])('%s', (_what, pillars, pillar, value) => {
    expect(weakestPillar(pillars)).toEqual({ pillar, value })
  })
})

describe('totalsForSlots', () => {
  const series = { from: '2026-11-01', values: [40, null, 42, null, null, null, null, 45, null] }
  it.each([
    ['a recorded day', [{ from: '2026-11-01', to: '2026-11-01' }], [40]],
    ['a day without a record: a gap', [{ from: '2026-11-02', to: '2026-11-02' }], [null]],
    ['a week: its last recorded day', [{ from: '2026-11-02', to: '2026-11-08' }], [45]],
    ['a week without any record', [{ from: '2026-11-04', to: '2026-11-07' }], [null]],
    [
      'slots outside the series',
      [
        { from: '2026-10-01', to: '2026-10-07' },
        { from: '2026-11-10', to: '2026-11-16' },
      ],
      [null, null],
    ],
  ])('%s', (_what, slots, expected) => {
    expect(totalsForSlots(series, slots)).toEqual(expected)
  })
})
