import { describe, expect, it } from 'vitest'
import type { DayRecord, PageSnapshot } from '../../src/core/snapshot.ts'
import { checkDayRecord, checkSnapshot, problemDetail } from '../../src/core/validate.ts'
import { day, snapshot } from '../support/records.ts'

// The modern fixture's reading, without network pillars (a peer group the page may not show).
const good: PageSnapshot = snapshot({ networkPillars: null })
const record: DayRecord = day('2026-11-22', { networkPillars: null })

describe('checkSnapshot', () => {
  it('accepts a consistent snapshot and returns a copy with exactly its fields', () => {
    const result = checkSnapshot({ ...good, html: '<main>…</main>' })
    expect(result).toEqual({ ok: true, value: good })
    expect(result.ok && result.value).not.toBe(good)
    expect(result.ok && 'html' in result.value).toBe(false)
  })

  it.each([
    [
      'the total is a fraction',
      { overall: 47.5 },
      { code: 'out-of-range', field: 'overall', value: '47.5', integer: true },
    ],
    [
      'the total is above 100',
      { overall: 101 },
      { code: 'out-of-range', field: 'overall', value: '101', max: 100 },
    ],
    [
      'a pillar is above 25',
      { pillars: { ...good.pillars, brand: 25.01 } },
      { code: 'out-of-range', field: 'brand', value: '25.01', min: 0, max: 25 },
    ],
    [
      'a pillar is negative',
      { pillars: { ...good.pillars, people: -0.1 } },
      { code: 'out-of-range', field: 'people', value: '-0.1' },
    ],
    [
      'a pillar is missing',
      { pillars: { brand: 1, people: 1, insights: 1 } },
      { code: 'out-of-range', field: 'relationships', value: 'undefined' },
    ],
    [
      'a pillar is not a number',
      { pillars: { ...good.pillars, insights: '7.8' } },
      { code: 'out-of-range', field: 'insights', value: '7.8' },
    ],
    [
      'the pillars exceed the total by more than 1',
      { overall: 45 },
      { code: 'sum-mismatch', sum: 46.734, overall: 45, tolerance: 1 },
    ],
    [
      'the pillars fall short of the total by more than 1',
      { overall: 49 },
      { code: 'sum-mismatch', sum: 46.734, overall: 49, tolerance: 1 },
    ],
    ['a rank is 0', { industryRank: 0 }, { code: 'out-of-range', field: 'industryRank', value: '0', min: 1 }],
    [
      'a rank is a fraction',
      { networkRank: 12.5 },
      { code: 'out-of-range', field: 'networkRank', value: '12.5', integer: true },
    ],
    [
      'an average is above 100',
      { industryAverage: 100.5 },
      { code: 'out-of-range', field: 'industryAverage', value: '100.5', max: 100 },
    ],
    [
      'a field is missing instead of null',
      { networkAverage: undefined },
      { code: 'out-of-range', field: 'networkAverage', value: 'undefined' },
    ],
    [
      'the exact total does not round to the total',
      { overallExact: 48.2 },
      { code: 'exact-total-mismatch', exact: 48.2, overall: 47 },
    ],
    [
      'a peer pillar is out of range',
      { industryPillars: { ...good.pillars, brand: 30 } },
      { code: 'out-of-range', field: 'industryPillars.brand', value: '30' },
    ],
    ['the industry name is blank', { industryName: '  ' }, { code: 'industry-name-not-text' }],
    ['the source is unknown', { source: 'guess' }, { code: 'unknown-source', value: 'guess' }],
  ])('refuses a snapshot where %s, naming it', (_what, change, problem) => {
    const result = checkSnapshot({ ...good, ...change })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error).toMatchObject(problem)
  })

  it.each([
    ['the rounded sum is exactly the total', 47],
    ['the total is one more than the rounded sum (ceil)', 48],
    ['the total is one less than the rounded sum', 46],
  ])('accepts when %s', (_what, overall) => {
    expect(checkSnapshot({ ...good, overall }).ok).toBe(true)
  })

  it('accepts pillars of exactly 0 and 25', () => {
    const pillars = { brand: 25, people: 0, insights: 0, relationships: 25 }
    expect(checkSnapshot({ ...good, overall: 50, pillars }).ok).toBe(true)
  })

  it.each([null, undefined, 47, 'snapshot', []])('refuses %j as not a snapshot', (value) => {
    expect(checkSnapshot(value)).toEqual({
      ok: false,
      error: { code: 'not-an-object' },
    })
  })
})

describe('checkDayRecord', () => {
  it('accepts a day and keeps its key, capture time and URL kind', () => {
    expect(checkDayRecord(record)).toEqual({ ok: true, value: record })
  })

  it.each([
    ['an impossible date', { day: '2026-02-30' }, { code: 'bad-day', value: '2026-02-30' }],
    ['a date in another format', { day: '22/11/2026' }, { code: 'bad-day', value: '22/11/2026' }],
    [
      'a capture time that is not a time',
      { capturedAt: 'yesterday' },
      { code: 'bad-captured-at', value: 'yesterday' },
    ],
    ['an unknown URL kind', { urlKind: 'bookmark' }, { code: 'unknown-url-kind', value: 'bookmark' }],
    ['an inconsistent snapshot', { overall: 40 }, { code: 'sum-mismatch', overall: 40 }],
  ])('refuses %s', (_what, change, problem) => {
    const result = checkDayRecord({ ...record, ...change })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error).toMatchObject(problem)
  })
})

describe('checkDayRecord: the capture time', () => {
  const NOW = Date.parse('2026-11-23T10:00:00Z')
  const at = (day: string, capturedAt: string) => checkDayRecord({ ...record, day, capturedAt }, { now: NOW })

  it.each([
    ['the export’s own form', '2026-11-22', '2026-11-22T08:15:00.000Z'],
    ['an offset', '2026-11-22', '2026-11-22T09:15:00+01:00'],
    ['no zone (read as UTC)', '2026-11-22', '2026-11-22 08:15'],
    ['the local day’s start in UTC+14 (36 h before noon UTC)', '2026-11-22', '2026-11-21T00:00:00Z'],
    ['the local day’s end in UTC−12 (36 h after noon UTC)', '2026-11-20', '2026-11-22T00:00:00Z'],
    ['exactly now', '2026-11-23', '2026-11-23T10:00:00.000Z'],
  ])('accepts %s', (_what, day, capturedAt) => {
    expect(at(day, capturedAt).ok).toBe(true)
  })

  it.each([
    [
      'a day that does not exist (no roll-over to March 3)',
      '2026-03-03',
      '2026-02-31T08:00:00Z',
      'bad-captured-at',
    ],
    ['hour 24', '2026-11-22', '2026-11-22T24:00:00Z', 'bad-captured-at'],
    ['minute 60', '2026-11-22', '2026-11-22T08:60:00Z', 'bad-captured-at'],
    ['a leap second', '2026-11-22', '2026-11-22T08:15:60Z', 'bad-captured-at'],
    ['a zone beyond +14:00', '2026-11-22', '2026-11-22T08:15:00+15:00', 'bad-captured-at'],
    ['a date only', '2026-11-22', '2026-11-22', 'bad-captured-at'],
    ['a word', '2026-11-22', 'yesterday', 'bad-captured-at'],
    ['the far future', '9999-01-01', '9999-01-01T00:00:00Z', 'captured-at-future'],
    ['one millisecond after now', '2026-11-23', '2026-11-23T10:00:00.001Z', 'captured-at-future'],
    [
      'a time 36 h and 1 s before the day’s noon UTC',
      '2026-11-22',
      '2026-11-20T23:59:59Z',
      'captured-at-off-day',
    ],
    ['a time on another month', '2026-11-22', '2026-10-22T08:15:00Z', 'captured-at-off-day'],
  ])('refuses %s', (_what, day, capturedAt, code) => {
    const result = at(day, capturedAt)
    expect(!result.ok && result.error.code).toBe(code)
  })

  it('leaves the future check out when no clock is given (a file checked on its own)', () => {
    expect(checkDayRecord({ ...record, day: '2030-01-01', capturedAt: '2030-01-01T08:00:00Z' }).ok).toBe(true)
  })
})

describe('problemDetail', () => {
  it.each([
    [{ code: 'not-an-object' } as const, 'not-an-object'],
    [
      { code: 'sum-mismatch', sum: 56.734, overall: 47, tolerance: 1 } as const,
      'sum-mismatch: sum 56.734, overall 47, tolerance 1',
    ],
    [
      { code: 'out-of-range', field: 'people', value: '26', min: 0, max: 25, integer: false } as const,
      'out-of-range: field people, value 26, min 0, max 25, integer false',
    ],
  ])('writes %j as compact detail naming every datum', (problem, detail) => {
    expect(problemDetail(problem)).toBe(detail)
  })
})
