import { describe, expect, it } from 'vitest'
import { nextLocalHour, nextLocalMidnight, sameLocalDay } from '../../src/core/local-time.ts'

describe('nextLocalMidnight', () => {
  it.each([
    ['mid-afternoon', new Date(2026, 10, 22, 15, 30), new Date(2026, 10, 23, 0, 0, 1)],
    ['one second before midnight', new Date(2026, 10, 22, 23, 59, 59), new Date(2026, 10, 23, 0, 0, 1)],
    ['just after midnight', new Date(2026, 10, 23, 0, 0, 0), new Date(2026, 10, 24, 0, 0, 1)],
    ['the last day of a year', new Date(2026, 11, 31, 8), new Date(2027, 0, 1, 0, 0, 1)],
    ['the end of February in a leap year', new Date(2028, 1, 28, 8), new Date(2028, 1, 29, 0, 0, 1)],
  ])('is just after the next local midnight (%s)', (_what, now, expected) => {
    expect(nextLocalMidnight(now.getTime())).toBe(expected.getTime())
    expect(nextLocalMidnight(now.getTime())).toBeGreaterThan(now.getTime())
  })
})

describe('nextLocalHour', () => {
  it.each([
    ['later today', new Date(2026, 10, 22, 15, 30), 18, new Date(2026, 10, 22, 18)],
    ['tomorrow, the hour has passed', new Date(2026, 10, 22, 19), 18, new Date(2026, 10, 23, 18)],
    ['tomorrow, exactly on the hour', new Date(2026, 10, 22, 18), 18, new Date(2026, 10, 23, 18)],
    ['midnight', new Date(2026, 10, 22, 23, 59, 59), 0, new Date(2026, 10, 23, 0)],
    ['across the year', new Date(2026, 11, 31, 20), 7, new Date(2027, 0, 1, 7)],
  ])('is the next %s', (_what, now, hour, expected) => {
    expect(nextLocalHour(now.getTime(), hour)).toBe(expected.getTime())
  })
})

describe('sameLocalDay', () => {
  it.each([
    ['the same morning and evening', new Date(2026, 10, 22, 0, 0, 1), new Date(2026, 10, 22, 23, 59), true],
    ['either side of midnight', new Date(2026, 10, 22, 23, 59, 59), new Date(2026, 10, 23, 0, 0, 1), false],
    ['the same date a month apart', new Date(2026, 9, 22, 12), new Date(2026, 10, 22, 12), false],
    ['the same date a year apart', new Date(2025, 10, 22, 12), new Date(2026, 10, 22, 12), false],
  ])('%s: %s', (_what, a, b, expected) => {
    expect(sameLocalDay(a.getTime(), b.getTime())).toBe(expected)
  })
})
