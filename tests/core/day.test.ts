import { describe, expect, it } from 'vitest'
import { daysAfter, latestOnOrBefore } from '../../src/core/day.ts'

const days = (...keys: string[]) => keys.map((day) => ({ day }))

describe('latestOnOrBefore', () => {
  it.each([
    ['nothing stored', [], '2026-12-01', null],
    ['today stored', ['2026-11-30', '2026-12-01'], '2026-12-01', '2026-12-01'],
    ['only earlier days', ['2026-11-20', '2026-11-29'], '2026-12-01', '2026-11-29'],
    ['a day after today beside today', ['2026-12-01', '2026-12-03'], '2026-12-01', '2026-12-01'],
    ['a day after today beside an earlier day', ['2026-11-30', '2026-12-02'], '2026-12-01', '2026-11-30'],
    ['only days after today', ['2026-12-02', '2027-12-01'], '2026-12-01', null],
    ['a year ahead (a clock set wrong)', ['2026-11-29', '2027-12-01'], '2026-12-01', '2026-11-29'],
    ['any order', ['2026-12-03', '2026-11-30', '2026-12-01', '2026-11-01'], '2026-12-01', '2026-12-01'],
    ['across a year end', ['2026-12-31', '2027-01-01'], '2026-12-31', '2026-12-31'],
  ])('%s', (_what, stored, today, expected) => {
    expect(latestOnOrBefore(days(...stored), today)?.day ?? null).toBe(expected)
  })
})

describe('daysAfter', () => {
  it.each([
    ['nothing stored', [], '2026-12-01', []],
    ['none after today', ['2026-11-30', '2026-12-01'], '2026-12-01', []],
    ['tomorrow (a file written east of here)', ['2026-12-01', '2026-12-02'], '2026-12-01', ['2026-12-02']],
    [
      'several, in any order, once each',
      ['2027-01-05', '2026-12-03', '2026-12-03'],
      '2026-12-01',
      ['2026-12-03', '2027-01-05'],
    ],
  ])('%s', (_what, stored, today, expected) => {
    expect(daysAfter(days(...stored), today)).toEqual(expected)
  })
})
