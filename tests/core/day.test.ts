import { describe, expect, it } from 'vitest'
import {
  byDay,
  dayNumber,
  dayOfNumber,
  dayParts,
  daysAfter,
  latestBefore,
  latestOnOrBefore,
  utcNoon,
} from '../../src/core/day.ts'

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

describe('dayParts and utcNoon', () => {
  it.each([
    ['2026-11-22', [2026, 11, 22], '2026-11-22T12:00:00.000Z'],
    ['2028-02-29', [2028, 2, 29], '2028-02-29T12:00:00.000Z'],
    ['0999-01-01', [999, 1, 1], '0999-01-01T12:00:00.000Z'],
  ])('reads %s as its parts and its noon UTC', (day, parts, noon) => {
    expect(dayParts(day)).toEqual(parts)
    expect(new Date(utcNoon(day)).toISOString()).toBe(noon)
  })
})

describe('byDay', () => {
  it.each([
    [
      ['2026-11-22', '2026-01-05', '2025-12-31'],
      ['2025-12-31', '2026-01-05', '2026-11-22'],
    ],
    [
      ['2026-11-22', '2026-11-22'],
      ['2026-11-22', '2026-11-22'],
    ],
    [[], []],
  ])('sorts %j ascending by day', (days, expected) => {
    expect(
      days
        .map((day) => ({ day }))
        .sort(byDay)
        .map((r) => r.day),
    ).toEqual(expected)
  })
})

describe('latestBefore', () => {
  const records = ['2026-11-03', '2026-11-20', '2026-11-01', '2026-11-22'].map((day) => ({ day }))
  it.each([
    ['2026-11-22', '2026-11-20'],
    ['2026-11-21', '2026-11-20'],
    ['2026-11-20', '2026-11-03'],
    ['2026-11-01', null],
    ['2027-01-01', '2026-11-22'],
  ])('before %s is %s, in any order', (day, expected) => {
    expect(latestBefore(records, day)?.day ?? null).toBe(expected)
    expect(latestBefore([...records].reverse(), day)?.day ?? null).toBe(expected)
  })
})

describe('dayNumber', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-02-29', 11_016],
    ['2000-03-01', 11_017],
    ['2026-11-22', 20_779],
    ['2100-03-01', 47_541],
    ['0001-01-01', -719_162],
  ])('%s is day %d after 1970-01-01', (day, n) => {
    expect(dayNumber(day)).toBe(n)
  })

  it('agrees with Date.UTC on every day from 1900 to 2100, both ways, leap days and centuries included', () => {
    for (let n = -25_567; n <= 47_847; n++) {
      const day = new Date(n * 86_400_000).toISOString().slice(0, 10)
      if (dayNumber(day) !== n) throw new Error(`${day}: ${dayNumber(day)}, not ${n}`)
      if (dayOfNumber(n) !== day) throw new Error(`${n}: ${dayOfNumber(n)}, not ${day}`)
    }
  })

  it('rolls an out-of-range month over as Date.UTC does, by the slow path', () => {
    expect(dayNumber('2026-13-01')).toBe(dayNumber('2027-01-01'))
  })
})
