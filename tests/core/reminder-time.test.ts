import { afterAll, describe, expect, it } from 'vitest'
import { isCurrentSchedule, isTimely, nextReminderTime } from '../../src/core/reminder-time.ts'

// The math runs on the local clock, so each case names its time zone; Node re-reads TZ when it is assigned.
const originalTz = process.env.TZ
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ
  else process.env.TZ = originalTz
})

function inZone<T>(tz: string, run: () => T): T {
  process.env.TZ = tz
  return run()
}

const at = (iso: string): number => {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) throw new Error(`bad ISO time in test table: ${iso}`)
  return ms
}

describe('nextReminderTime', () => {
  it.each([
    [
      'fires later today when the hour is still ahead',
      'America/New_York',
      '2026-11-22T10:00-05:00',
      18,
      '2026-11-22T18:00-05:00',
    ],
    [
      'waits until tomorrow when it is exactly the hour (strictly after now)',
      'America/New_York',
      '2026-11-22T18:00-05:00',
      18,
      '2026-11-23T18:00-05:00',
    ],
    [
      'waits until tomorrow once the hour has passed',
      'America/New_York',
      '2026-11-22T19:30-05:00',
      18,
      '2026-11-23T18:00-05:00',
    ],
    [
      'keeps the local hour across spring-forward (23 hours later)',
      'America/New_York',
      '2026-03-07T18:30-05:00',
      18,
      '2026-03-08T18:00-04:00',
    ],
    [
      'fires right after the gap when daylight saving skips the hour',
      'America/New_York',
      '2026-03-08T00:30-05:00',
      2,
      '2026-03-08T03:00-04:00',
    ],
    [
      'takes the first of a repeated hour at fall-back',
      'America/New_York',
      '2026-11-01T00:30-04:00',
      1,
      '2026-11-01T01:00-04:00',
    ],
    [
      'does not fire again in the repeated hour at fall-back',
      'America/New_York',
      '2026-11-01T01:30-05:00',
      1,
      '2026-11-02T01:00-05:00',
    ],
    [
      'keeps the local hour across fall-back (25 hours later)',
      'America/New_York',
      '2026-10-31T18:30-04:00',
      18,
      '2026-11-01T18:00-05:00',
    ],
    [
      'keeps the local hour across the European spring change',
      'Europe/Berlin',
      '2026-03-28T20:00+01:00',
      18,
      '2026-03-29T18:00+02:00',
    ],
    [
      'keeps the local hour across the southern autumn change',
      'Australia/Sydney',
      '2026-04-04T19:00+11:00',
      18,
      '2026-04-05T18:00+10:00',
    ],
    [
      'handles a half-hour daylight-saving gap',
      'Australia/Lord_Howe',
      '2026-10-03T23:00+10:30',
      2,
      '2026-10-04T02:30+11:00',
    ],
    [
      'crosses into a new year in a half-hour zone',
      'Asia/Kolkata',
      '2026-12-31T23:59+05:30',
      0,
      '2027-01-01T00:00+05:30',
    ],
    ['lands on a leap day', 'UTC', '2028-02-28T23:00Z', 23, '2028-02-29T23:00Z'],
    [
      'skips a calendar day the zone never had (Samoa, 2011)',
      'Pacific/Apia',
      '2011-12-29T19:00-10:00',
      18,
      '2011-12-31T18:00+14:00',
    ],
  ])('%s', (_name, tz, now, hour, expected) => {
    expect(new Date(inZone(tz, () => nextReminderTime(at(now), hour))).toISOString()).toBe(
      new Date(at(expected)).toISOString(),
    )
  })

  it.each([[-1], [24], [6.5], [Number.NaN]])('refuses the hour %s', (hour) => {
    expect(() => nextReminderTime(at('2026-11-22T10:00Z'), hour)).toThrow(RangeError)
  })
})

describe('isCurrentSchedule', () => {
  it.each([
    [
      'keeps the alarm already set for the next occurrence',
      '2026-11-22T18:00-05:00',
      '2026-11-22T09:00-05:00',
      18,
      true,
    ],
    [
      'keeps an overdue alarm the browser is about to deliver',
      '2026-11-22T18:00-05:00',
      '2026-11-22T18:00:30-05:00',
      18,
      true,
    ],
    ['replaces an alarm set for another hour', '2026-11-22T17:00-05:00', '2026-11-22T09:00-05:00', 18, false],
    ['replaces an alarm set at a half hour', '2026-11-22T18:30-05:00', '2026-11-22T09:00-05:00', 18, false],
    ['replaces an alarm set a day too late', '2026-11-23T18:00-05:00', '2026-11-22T09:00-05:00', 18, false],
    [
      'keeps an alarm moved past a daylight-saving gap',
      '2026-03-08T03:00-04:00',
      '2026-03-08T00:30-05:00',
      2,
      true,
    ],
  ])('%s', (_name, scheduled, now, hour, expected) => {
    expect(inZone('America/New_York', () => isCurrentSchedule(at(scheduled), at(now), hour))).toBe(expected)
  })
})

describe('isTimely', () => {
  it.each([
    ['shows a reminder delivered on time', '2026-11-22T18:00-05:00', '2026-11-22T18:00:02-05:00', true],
    [
      'shows a reminder delivered late the same evening',
      '2026-11-22T18:00-05:00',
      '2026-11-22T23:10-05:00',
      true,
    ],
    [
      'drops a reminder delivered the next morning after sleep',
      '2026-11-22T18:00-05:00',
      '2026-11-23T07:30-05:00',
      false,
    ],
    [
      'drops a reminder when the clock is well before its time',
      '2026-11-22T18:00-05:00',
      '2026-11-22T12:00-05:00',
      false,
    ],
  ])('%s', (_name, scheduled, now, expected) => {
    expect(inZone('America/New_York', () => isTimely(at(scheduled), at(now)))).toBe(expected)
  })
})
