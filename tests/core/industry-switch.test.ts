import { describe, expect, it } from 'vitest'
import { industrySwitch, sameIndustry } from '../../src/core/industry-switch.ts'
import type { DayRecord } from '../../src/core/snapshot.ts'
import { dayWithTotal } from '../support/records.ts'

const day = (d: string, industryName: string | null, industryRank: number | null = 10): DayRecord =>
  dayWithTotal(d, 40, { industryName, industryRank })

describe('industrySwitch', () => {
  it.each([
    [
      'no switch when every day names the same industry',
      [day('2026-11-01', 'A'), day('2026-11-02', 'A')],
      null,
    ],
    [
      'the first day of the new industry and the one before',
      [day('2026-11-01', 'A'), day('2026-11-03', 'B'), day('2026-11-05', 'B')],
      { since: '2026-11-03', before: 'A' },
    ],
    [
      'only the most recent switch',
      [day('2026-11-01', 'A'), day('2026-11-02', 'B'), day('2026-11-04', 'C'), day('2026-11-05', 'C')],
      { since: '2026-11-04', before: 'B' },
    ],
    [
      'days without a name are not a switch',
      [day('2026-11-01', 'A'), day('2026-11-02', null), day('2026-11-03', 'A')],
      null,
    ],
    [
      'a switch on the latest day itself',
      [day('2026-11-01', 'A'), day('2026-11-02', 'B')],
      { since: '2026-11-02', before: 'A' },
    ],
    ['nothing when the latest day has no name', [day('2026-11-01', 'A'), day('2026-11-02', null)], null],
    [
      'input order does not matter',
      [day('2026-11-05', 'B'), day('2026-11-01', 'A'), day('2026-11-03', 'B')],
      { since: '2026-11-03', before: 'A' },
    ],
  ])('%s', (_what, history, expected) => {
    const latest = [...history].sort((a, b) => (a.day < b.day ? 1 : -1))[0] as DayRecord
    expect(industrySwitch(history, latest)).toEqual(expected)
  })
})

describe('sameIndustry', () => {
  const read = (r: DayRecord) => r.industryRank
  it.each([
    ['reads a day of the same industry', 'A', day('2026-11-01', 'A', 7), 7],
    ['skips a day of another industry', 'A', day('2026-11-01', 'B', 7), null],
    ['reads a day without a name', 'A', day('2026-11-01', null, 7), 7],
    ['reads every day when the latest has no name', null, day('2026-11-01', 'B', 7), 7],
  ])('%s', (_what, latestName, record, expected) => {
    expect(sameIndustry(day('2026-11-09', latestName), read)(record)).toBe(expected)
  })
})
