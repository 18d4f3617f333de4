import { describe, expect, it } from 'vitest'
import { formatDay, formatDayLong, formatHour, formatMonth, formatTime } from '../../src/core/format-date.ts'

describe('formatDay', () => {
  it.each([
    ['2026-11-14', 'en-GB', '2026-11-22', '14 Nov'],
    ['2026-11-14', 'en-US', '2026-11-22', 'Nov 14'],
    ['2026-01-01', 'en-GB', '2026-11-22', '1 Jan'],
    ['2025-12-31', 'en-GB', '2026-01-02', '31 Dec 2025'],
    ['2026-03-29', 'de', '2026-04-01', '29. März'],
  ])('formats %s in %s (today %s) as %s', (day, locale, today, expected) => {
    expect(formatDay(day, locale, today)).toBe(expected)
  })

  it('never moves a day, whatever the time zone', () => {
    // Formatting at UTC noon in UTC: the day key is a calendar day, not an instant.
    expect(formatDay('2026-03-29', 'en-GB')).toBe('29 Mar')
    expect(formatDay('2026-10-25', 'en-GB')).toBe('25 Oct')
  })
})

describe('formatDayLong', () => {
  it.each([
    ['2026-11-22', 'en-GB', 'Sun, 22 Nov 2026'],
    ['2026-11-22', 'en-US', 'Sun, Nov 22, 2026'],
  ])('formats %s in %s as %s', (day, locale, expected) => {
    expect(formatDayLong(day, locale)).toBe(expected)
  })
})

describe('formatMonth', () => {
  it.each([
    ['2026-11', 'en-GB', 'November 2026'],
    ['2026-01', 'de', 'Januar 2026'],
    ['2026-03', 'pt-BR', 'março de 2026'],
  ])('formats %s in %s as %s', (month, locale, expected) => {
    expect(formatMonth(month, locale)).toBe(expected)
  })
})

describe('formatHour', () => {
  it.each([
    [9, 'en-US', /^9\sAM$/],
    [21, 'en-US', /^9\sPM$/],
    [9, 'de', /^09\sUhr$/],
    [0, 'en-GB', /^00$/],
  ])('formats %d in %s as %s', (hour, locale, expected) => {
    expect(formatHour(hour, locale)).toMatch(expected)
  })
})

describe('formatTime', () => {
  it.each([
    ['2026-11-22T08:05:00.000Z', 'en-GB', 'UTC', '08:05'],
    ['2026-11-22T08:05:00.000Z', 'en-GB', 'Australia/Sydney', '19:05'],
    ['2026-11-22T20:05:00.000Z', 'en-US', 'UTC', /^8:05\sPM$/],
  ])('formats %s in %s (%s) as %s', (iso, locale, zone, expected) => {
    expect(formatTime(iso, locale, zone)).toMatch(expected)
  })
})

describe('formatDay without a year (the inline badge\'s "since 14 Nov")', () => {
  it.each([
    ['2026-11-14', 'en-GB', '14 Nov'],
    ['2026-11-14', 'en-US', 'Nov 14'],
    ['2026-01-01', 'en-GB', '1 Jan'],
    ['2026-12-31', 'en-GB', '31 Dec'],
  ])('writes %s in %s as %s, whatever the time zone', (day, locale, expected) => {
    const original = process.env.TZ
    try {
      for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC']) {
        process.env.TZ = tz
        expect(formatDay(day, locale)).toBe(expected)
      }
    } finally {
      if (original === undefined) delete process.env.TZ
      else process.env.TZ = original
    }
  })
})
